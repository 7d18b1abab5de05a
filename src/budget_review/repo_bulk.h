// Bulk writes of budget reviews for the demo and `jixiao bench-data`: reviews made from a year's
// projects in one statement, entries written row by row without the totals; the caller then
// recounts them (repo::rebuild_totals).
#pragma once

#include <soci/soci.h>

#include <string>

#include "base/money.h"

namespace jixiao::budget_review::repo {

// A pending review for each of the year's projects past their declaration (declared, approved,
// executing, completed) that has none. Returns how many.
long long insert_pending_bulk(soci::session& s, long long year, const std::string& at);

// Finance's entry on one review, leaving budget_review_totals to the caller.
void write_entry_bulk(soci::session& s, long long id, Fen approved_fen,
                      const std::string& cut_reason, const std::string& comment,
                      long long reviewer_id, const std::string& at);

// Enters every pending review of the year at once, for benchmarks: all but one in `pending_every`
// (by id) are done, cut by a fraction of their submitted amount spread over 0 to twice
// `cut_percent`, capped at the whole.
void review_bulk(soci::session& s, long long year, long long pending_every, long long cut_percent,
                 const std::string& at);

}  // namespace jixiao::budget_review::repo
