// HTTP binding for evidence files: upload (multipart), list, metadata, download, delete.
#pragma once

#include <string>
#include <string_view>

#include "auth/routes.h"
#include "evidence/service.h"
#include "http/router.h"

namespace jixiao::evidence {

// `attachment; filename*=UTF-8''…` (RFC 6266 / RFC 8187) for any file name.
std::string attachment_disposition(std::string_view filename);

void add_evidence_routes(http::Router& router, EvidenceService& evidence, const auth::Guard& guard);

}  // namespace jixiao::evidence
