// HTTP binding for evidence files: upload (multipart), list, metadata, download, delete.
#pragma once

#include <string>
#include <string_view>

#include "auth/routes.h"
#include "evidence/service.h"
#include "http/router.h"

namespace jixiao::evidence {

void add_evidence_routes(http::Router& router, EvidenceService& evidence, const auth::Guard& guard);

}  // namespace jixiao::evidence
