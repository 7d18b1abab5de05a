// The demo's annual work report of the current year: the prefecture's office has drafted its
// words around the live figures (placeholders), not yet frozen. Through the service, as the
// office would.
#pragma once

#include "db/database.h"

namespace jixiao::cli {

void insert_demo_annual_report(db::Database& db, long long year);

}  // namespace jixiao::cli
