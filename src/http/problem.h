// application/problem+json (RFC 9457) with the stable code, the field at fault and a Chinese
// detail.
#pragma once

#include <string>

#include <vector>

#include "base/csv_header.h"
#include "base/error.h"
#include "http/message.h"

namespace jixiao::http {

// The problem's title for its status, in Chinese ("请求有误" for 400).
const char* problem_title(int status);

Response problem(int status, const std::string& code, const std::string& detail,
                 const std::string& field = {});
Response problem(const AppError& e);

// The answer to an import: 200 {"imported": n}, or 400 import_invalid listing every problem
// {row, column, message} when nothing was written.
Response import_result(long long imported, const std::vector<ImportError>& errors);

}  // namespace jixiao::http
