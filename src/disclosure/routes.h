// The office's routes of disclosure (/api/v1/disclosures…) and the public's (/api/public/v1/…).
#pragma once

#include "auth/routes.h"
#include "disclosure/public_service.h"
#include "disclosure/service.h"
#include "http/page_cache.h"
#include "http/router.h"

namespace jixiao::disclosure {

void add_disclosure_routes(http::Router& router, DisclosureService& service,
                           const auth::Guard& guard);
// No login: subject "own" (public data only), rate-limited per client address.
void add_public_routes(http::Router& router, PublicService& service, http::PageCache& pages);

}  // namespace jixiao::disclosure
