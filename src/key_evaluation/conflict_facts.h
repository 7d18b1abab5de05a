// What R-KE-3 asks about an agency or an expert for a key evaluation, gathered from the
// database for find_conflicts (conflicts.h): who prepared the subject project's ex-ante
// assessment and its targets, the candidate's key evaluations of the same party, its relations
// to avoid, its employer and its accounts.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "key_evaluation/conflicts.h"
#include "key_evaluation/evaluation_model.h"

namespace jixiao::key_evaluation {

// An agency with its accounts (agency_users); nullopt when there is no such agency.
std::optional<ConflictCandidate> agency_candidate(soci::session& s, long long agency_id);
// An expert with its account, employer (and the agency it works for when its account acts for
// one) and its relations to avoid; nullopt when there is no such expert.
std::optional<ConflictCandidate> expert_candidate(soci::session& s, long long expert_id);

ConflictSubject conflict_subject(const KeyEvaluation& e);

// The facts about the evaluation's subject and the candidate's past key evaluations of the same
// party (its unit or department, or the lower region for a fiscal operation), this one left out.
ConflictFacts conflict_facts(soci::session& s, const KeyEvaluation& e,
                             const ConflictCandidate& candidate);

// The conflicts of a candidate with the evaluation under the lookback of its region's R-KE-3.
std::vector<Conflict> conflicts_of(soci::session& s, const KeyEvaluation& e,
                                   const ConflictCandidate& candidate, long long lookback_years);

}  // namespace jixiao::key_evaluation
