// Candidates for a region's plan of key evaluations of a year: projects of the region tree the
// budget holds (approved or beyond), each with the reasons it stands out, its figures beside
// (codes of the vocabulary key_evaluation_suggestion):
//  - large_unevaluated: the largest projects with no key evaluation of the same project (its
//    unit and name, as a continuing project keeps them from year to year) in the kUnevaluatedYears
//    years before; the look-back is fixed at three years, a round term of a budget cycle, since
//    R-KE-3's look-back is about agencies and means something else;
//  - red_warning: a red warning at one of the year's monitoring checkpoints (R-MO-4);
//  - inflated_self_score: the self-evaluation review found the self score inflated (R-RV-2);
//  - poor_grade: a continuing project whose previous year's self-evaluation or key evaluation
//    was graded poor (R-GR-1).
// Subjects already in a plan of the year are left out. Each reason reads at most kPerReason
// projects by walking an index in descending money, so a province's million projects are not
// read; the candidates are merged per project, biggest money first.
#pragma once

#include <soci/soci.h>

#include <string>
#include <utility>
#include <vector>

#include "base/money.h"

namespace jixiao::key_evaluation {

inline constexpr long long kUnevaluatedYears = 3;
inline constexpr int kPerReason = 20;

struct SuggestionReason {
  std::string code;
  std::string detail;  // Chinese, with the figures that triggered it
  // The figures by name: amounts in fen, scores in hundredths, years.
  std::vector<std::pair<std::string, long long>> figures;
};

struct Suggestion {
  long long project_id = 0;
  std::string code, name;
  long long region_id = 0, department_id = 0, unit_id = 0;
  std::string region_name, department_name, unit_name;
  std::string fund_type, category;
  Fen amount_fen = 0;
  std::vector<SuggestionReason> reasons;
};

// The candidates for the plan of the region at region_path (region_id) and year.
std::vector<Suggestion> plan_suggestions(soci::session& s, long long region_id,
                                         const std::string& region_path, long long year);

}  // namespace jixiao::key_evaluation
