#pragma once

#include "auth/routes.h"
#include "http/page_cache.h"
#include "http/router.h"
#include "projects/service.h"

namespace jixiao::projects {

// Checks and imports a CSV of projects: 200 {"imported": N}, or a 400 problem with
// "errors": [{row, column, message}] and nothing written. Shared by the API and the CLI.
http::Response import_response(ProjectService& projects, const auth::Principal& me,
                               const std::string& csv_text);

// The list's pages are kept in pages (by the caller's scope and query) while the data is unchanged.
void add_project_routes(http::Router& router, ProjectService& projects, const auth::Guard& guard,
                        http::PageCache& pages);

}  // namespace jixiao::projects
