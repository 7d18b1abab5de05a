// Conflicts of interest (R-KE-3) of an agency or an expert with a key evaluation's subject,
// checked on every commission and assignment. Pure: the caller gathers the facts.
//
// A candidate conflicts when it
//  - prepared the subject's ex-ante assessment report (prepared_ex_ante) or its performance
//    targets (prepared_targets): its agency id, expert id or one of its accounts is among the
//    authors;
//  - is related to the evaluated party (related_party): a relation to avoid names the party's
//    unit or department by id, or by name when named only; or an expert's employer is the party;
//  - evaluated the same party recently (evaluated_recently): with lookback N, a subject of year Y
//    conflicts with the candidate's key evaluations of the party in years Y−N … Y−1 inclusive
//    (N = 2: Y−1 and Y−2, not Y−3); the same or a later year is not "previous"; N ≤ 0 looks
//    back at nothing;
//  - is an expert employed by the commissioned agency (own_agency), so it would check its own
//    employer's work.
// Each conflict carries a Chinese reason naming what and when (the party as its unit, else its
// department), and the rule id. Names compare trimmed, full-width letters folded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "key_evaluation/registry_model.h"

namespace jixiao::key_evaluation {

enum class ConflictCode {
  prepared_ex_ante,
  prepared_targets,
  related_party,
  evaluated_recently,
  own_agency,
};

// Either an agency (agency_id ≠ 0) or an expert (expert_id ≠ 0).
struct ConflictCandidate {
  long long agency_id = 0;
  long long expert_id = 0;
  std::vector<long long> user_ids;   // the accounts acting for it
  std::string employer;              // an expert's employer as written in the pool
  long long employer_agency_id = 0;  // an expert's employing agency when known, else 0
  std::vector<Avoidance> avoid;      // its declared relations (an expert's 回避 list)
};

// The subject of the key evaluation and the party it evaluates.
struct ConflictSubject {
  std::string kind;  // the subject's kind as the caller names it; the reasons name the subject
  long long year = 0;
  std::string name;  // the subject's name, e.g. a project's
  long long unit_id = 0, department_id = 0, region_id = 0;
  std::string unit_name, department_name;
};

struct Authors {
  std::vector<long long> agency_ids, user_ids, expert_ids;
};

// A key evaluation of the same party (its unit or department) that the candidate did.
struct PastEvaluation {
  long long year = 0;
};

struct ConflictFacts {
  Authors ex_ante;  // who prepared the subject's ex-ante assessment report
  Authors targets;  // who prepared its performance targets
  std::vector<PastEvaluation> past;
  long long commissioned_agency_id = 0;  // for an expert assigned to a commissioned evaluation
  std::string commissioned_agency_name;
};

struct Conflict {
  ConflictCode code = ConflictCode::related_party;
  std::string reason;  // Chinese, names what and when
  std::string rule = "R-KE-3";
};

// In the order of ConflictCode; empty when the candidate may take the job.
std::vector<Conflict> find_conflicts(const ConflictCandidate& candidate,
                                     const ConflictSubject& subject, const ConflictFacts& facts,
                                     long long lookback_years);

std::string_view conflict_code(ConflictCode c);  // "prepared_ex_ante" | … | "own_agency"

}  // namespace jixiao::key_evaluation
