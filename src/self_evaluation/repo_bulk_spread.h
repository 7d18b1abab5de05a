// Benchmark data (`jixiao bench-data`) for a province's year of self-evaluations: the evaluations
// of an opened round spread over the workflow's states and the grades by their ids, and a fixed
// review plan's sample, reviews and findings made in a few statements each, reproducible from the
// ids. They skip the kept totals: the caller recounts the year (repo::rebuild_totals).
#pragma once

#include <soci/soci.h>

#include <string>

#include "base/money.h"

namespace jixiao::self_evaluation::repo {

// The round's evaluations by id: a fifth still with their units (one in twenty returned), the
// rest sent in (a fifth of those with the department, a tenth with the office, the others
// accepted); those answered graded with a computed total in the grade's band and the unit's own
// total a little above it. `at`: when they were sent in and decided.
void spread_states_bulk(soci::session& s, long long round_id, const std::string& at);

struct SampleSpread {
  long long sampled = 0;
  long long reviewed = 0;
  long long inflated = 0;
};
// The plan's sample from the round (every project at or above `threshold_fen`, R-RV-1, and one
// in `every` of the rest), reviewed where the unit has sent it in but one in five, one in
// `inflated_every` of the reviewed inflated (R-RV-2) and handed to the ledger as the review's
// completion hands them (no notice), the findings open, answered and closed in turn and due 30
// days after `at`.
SampleSpread sample_bulk(soci::session& s, long long plan_id, long long round_id, Fen threshold_fen,
                         long long every, long long inflated_every, const std::string& at);

}  // namespace jixiao::self_evaluation::repo
