// The demo's key evaluations of the year before, at every step (财政重点评价): the prefecture's
// office plans them, commissions three agencies and assigns experts past the conflict checks; the
// agencies hand in plans and reports as Word files, experts score them on the quality sheet
// (R-KE-4), one report goes back for rework and its fee is capped, final reports are scored
// (R-KE-1) and accepted, one evaluation's results go out with their letter and findings (one
// answered), and a cross-review round is drawn over the reports handed in (R-KE-5). demo_agency,
// demo_expert and the office each find work waiting. All of it through the services, as the
// people would, each step its own transaction.
#pragma once

#include <cstddef>

#include "db/database.h"

namespace jixiao::cli {

// Runs after the demo's registries are in place; returns how many evaluations it made.
std::size_t insert_demo_key_evaluations(db::Database& db, long long year);

}  // namespace jixiao::cli
