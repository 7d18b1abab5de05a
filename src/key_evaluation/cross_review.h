// 互审互评 cross review (R-KE-5): a round assigns each agency's reports to reviewer agencies, never
// the report's own agency and never a reciprocal pair (A reviews one of B's reports and B one of
// A's) in the same round, with the load spread evenly and the result reproducible from a seed.
// Pure: no I/O.
//
// When a round is possible. Let N be the agencies in the round and R those with reports. Every
// agency in R needs a reviewer other than itself, and "reviews" may never run both ways between
// two agencies. Impossible exactly when every agency has reports and there are one or two:
//   · |N| = 1: its reports could only go to itself;
//   · |N| = |R| = 2: A's reports go to B and B's to A, the reciprocal pair forbidden.
// Possible otherwise: agencies without reports may review anyone (no one reviews them, so no pair
// is reciprocal); with |R| ≥ 3, place R on a circle in the seed's order and let each review the
// next ⌊(|R| − 1) ÷ 2⌋ ahead of it: every one has a reviewer, and a step d forward is never also a
// step back (d < |R| ÷ 2). With |R| even, the first half also reviews the one opposite it (one
// way only). With |R| ≤ 2 and |N| > |R|, the agencies without reports review every author.
//
// The load: each report goes to the least loaded of its allowed reviewers (ties by the seed),
// then single moves are made while one lowers the spread: the result is balanced in the sense that
// no report can move to another allowed reviewer whose load is at least two below its own.
#pragma once

#include <cstdint>
#include <vector>

namespace jixiao::key_evaluation {

struct AgencyReports {
  long long agency_id = 0;
  std::vector<long long> report_ids;  // may be empty: the agency only reviews
};

struct CrossAssignment {
  long long report_id = 0;
  long long author_agency_id = 0;
  long long reviewer_agency_id = 0;
};

struct AgencyLoad {
  long long agency_id = 0;
  long long reviews = 0;  // reports assigned to it
};

// Whom the round lets review an agency's reports: the orientation the assignments keep to.
struct ReviewerChoice {
  long long author_agency_id = 0;
  std::vector<long long> reviewer_agency_ids;  // by id
};

struct CrossReviewRound {
  std::uint64_t seed = 0;
  std::vector<CrossAssignment> assignments;  // by report id
  std::vector<AgencyLoad> loads;             // by agency id, every agency of the round
  std::vector<ReviewerChoice> choices;       // by author agency id, every agency with reports
};

// Independent of the order of agencies and reports: the same agencies, reports and seed give the
// same round. Throws invalid("agencies") when the round is impossible (see above) or an agency
// appears twice, invalid("report_ids") when a report appears twice.
CrossReviewRound assign_cross_review(const std::vector<AgencyReports>& agencies,
                                     std::uint64_t seed);

}  // namespace jixiao::key_evaluation
