// application/problem+json (RFC 9457) with the stable code, the field at fault and a Chinese
// detail.
#pragma once

#include <string>

#include "base/error.h"
#include "http/message.h"

namespace jixiao::http {

Response problem(int status, const std::string& code, const std::string& detail,
                 const std::string& field = {});
Response problem(const AppError& e);

}  // namespace jixiao::http
