// Target review scoring (R-TR-1, R-TR-2) and grades (R-GR-1). Pure; exact integer arithmetic in
// hundredths of a point (R-MON-3).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::targets {

// One line of the scoring sheet (R-TR-2). The sheet, the pass mark and the bands are a region's
// rule parameters (targets/settings.h); the shipped defaults live in data/rules/ only.
struct SheetItem {
  std::string key;    // completeness | relevance | appropriateness | feasibility
  std::string label;  // 完整性
  std::string hint;   // what the reviewer looks at
  long long max = 0;  // hundredths
};

struct ReviewSheet {
  std::vector<SheetItem> items;
  long long pass_mark = 0;  // hundredths: under it gets no money
};

// R-GR-1 lower bounds (inclusive), hundredths.
struct GradeBands {
  long long excellent = 0;
  long long good = 0;
  long long fair = 0;
};

// excellent | good | fair | poor (R-GR-1); the score is in hundredths.
std::string grade_of(long long score, const GradeBands& bands);
std::string_view grade_label(std::string_view grade);  // 优 良 中 差

struct ReviewResult {
  long long total = 0;  // hundredths, the sum of the parts
  std::string grade;
  bool passed = false;  // total ≥ pass mark
};

// Scores in sheet order, hundredths. Throws invalid("scores.<key>") when a score is missing,
// negative or above its maximum.
ReviewResult score_review(const ReviewSheet& sheet, const std::vector<long long>& scores,
                          const GradeBands& bands);

}  // namespace jixiao::targets
