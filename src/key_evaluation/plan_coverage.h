// How much of a region tree's money a region's plan of key evaluations covers in a year: the
// plan's subjects and their money by kind and by fund type, beside the project money the budget
// holds (approved or beyond) in the region tree by fund type, with the share as an exact rate
// (R-MON-2: "—" when there is no money to cover).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "base/money.h"

namespace jixiao::key_evaluation {

struct CoverageCell {
  std::string key;  // a kind or a fund type
  long long count = 0;
  Fen budget_fen = 0;
};

struct FundCoverage {
  std::string fund_type;
  long long count = 0;
  Fen budget_fen = 0;    // the plan's money of the fund type
  Fen projects_fen = 0;  // the region tree's project money of the fund type
  std::string share;     // budget_fen ÷ projects_fen, "—" when projects_fen is 0
};

struct PlanCoverage {
  long long count = 0;
  Fen budget_fen = 0;
  Fen projects_fen = 0;
  std::string share;
  std::vector<CoverageCell> by_kind;       // every kind of the vocabulary, in its order
  std::vector<FundCoverage> by_fund_type;  // every fund type of the vocabulary, in its order
};

// The plan of the region (its own subjects, whichever region they lie in) against the project
// money of the region tree at region_path.
PlanCoverage plan_coverage(soci::session& s, long long region_id, const std::string& region_path,
                           long long year);

}  // namespace jixiao::key_evaluation
