// HTTP routes of official documents: one document, and a region's register of those issued.
#pragma once

#include "auth/routes.h"
#include "documents/service.h"
#include "http/router.h"

namespace jixiao::documents {

void add_document_routes(http::Router& router, DocumentService& documents,
                         const auth::Guard& guard);

}  // namespace jixiao::documents
