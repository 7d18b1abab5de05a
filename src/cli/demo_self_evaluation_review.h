// The demo's review of the year before (自评复核抽查): the demo region's office plans the year's
// sample with a recorded seed, taking as key projects those of the accounts' units whose self
// scores stand well above jixiao's, fixes it and assigns reviewers (the demo's expert and the
// office's own staff, past the conflict check); part of the sample is reviewed, inflated self
// scores become findings with their 整改通知书, and those findings stand in every state of the
// ledger: one open, one answered by its unit, one closed by the office, one reopened. All of it
// goes through the services as the people would, so that logging in as each shows their part.
#pragma once

#include <cstddef>

#include "db/database.h"

namespace jixiao::cli {

// Runs after the demo's self-evaluation of `year` is in place, in transactions of its own.
// Returns how many samples were completed.
std::size_t insert_demo_self_evaluation_review(db::Database& db, long long year);

}  // namespace jixiao::cli
