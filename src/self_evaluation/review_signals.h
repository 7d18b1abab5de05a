// What the review's signals (signals.h) look at, read from the database for many evaluations at
// once: each evaluation's scores, money and indicators, the evidence files attached to it, and
// the likelihoods its unit reported at the last monitoring checkpoint it submitted a report to.
#pragma once

#include <soci/soci.h>

#include <map>
#include <vector>

#include "self_evaluation/signals.h"

namespace jixiao::self_evaluation::review_repo {

struct SignalData {
  Evaluation evaluation;  // id, target, scores, money and indicators
  long long evidence_files = 0;
  std::map<long long, std::string> last_likelihood;  // position → impossible | possible | …
};

// By evaluation id; ids that do not exist are left out. Reads in chunks of a few hundred.
std::map<long long, SignalData> signal_data(soci::session& s, const std::vector<long long>& ids);

// The signals of one evaluation read that way.
std::vector<Signal> signals_for(const SignalData& d, const SignalParams& params);

}  // namespace jixiao::self_evaluation::review_repo
