// The OpenAPI 3.1 document of the API, written from the routes as registered (their patterns and
// RouteOptions) and a registry of named JSON Schemas, so that it cannot drift from the code.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "http/router.h"

namespace jixiao::http {

// The named JSON Schemas (2020-12) that bodies and answers refer to by name
// (RouteOptions::request and ::answer), as the document's components.schemas.
const boost::json::object& openapi_schemas();

// The document of these routes. Throws std::invalid_argument naming the route when one has no
// summary or names a schema the registry lacks.
boost::json::object openapi_document(const std::vector<RouteInfo>& routes,
                                     const boost::json::object& schemas,
                                     const std::string& version);

}  // namespace jixiao::http
