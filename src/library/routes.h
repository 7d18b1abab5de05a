#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "library/service.h"

namespace jixiao::library {

void add_library_routes(http::Router& router, LibraryService& library, const auth::Guard& guard);

}  // namespace jixiao::library
