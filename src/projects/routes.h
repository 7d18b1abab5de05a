#pragma once

#include "auth/routes.h"
#include "http/page_cache.h"
#include "http/router.h"
#include "projects/service.h"

namespace jixiao::projects {

// The list's pages are kept in pages (by the caller's scope and query) while the data is unchanged.
void add_project_routes(http::Router& router, ProjectService& projects, const auth::Guard& guard,
                        http::PageCache& pages);

}  // namespace jixiao::projects
