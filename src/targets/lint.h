// Automatic quality checks of a target (lint): the problems finance bureaus report in their
// departments' targets, found before a person reviews them. Pure functions, no I/O; one check a
// file in targets/lint/, with every finding code and its rule in targets/lint/codes.h.
#pragma once

#include <string>
#include <vector>

#include "library/framework.h"
#include "targets/model.h"

namespace jixiao::targets {

// The parameters a region may change per year (rule set entries R-IND-4, R-IND-5, R-LINT).
struct LintParams {
  int min_indicators = 3;                 // R-IND-4 [local, several]
  int max_per_subcategory = 10;           // R-LINT-1 [jixiao]: more is fragmented
  int max_goal_chars = 500;               // R-LINT-1 [jixiao]: longer goals are not read
  long long satisfaction_floor = 800000;  // R-IND-5 [jixiao]: 80%, scaled by 10^4
  std::vector<std::string> vague_phrases = {
      "有效提升", "进一步提高", "显著改善", "进一步加强", "明显提升", "有所提高",   "逐步完善",
      "不断提高", "大幅提升",   "稳步提升", "持续改善",   "有效改善", "进一步提升", "明显改善"};
  // R-IND-4 [local, several]: names that describe an input (money, people) rather than
  // performance; allowed for cost indicators.
  std::vector<std::string> input_phrases = {"资金投入", "投入资金", "拨付资金", "到位资金",
                                            "人员投入", "经费投入", "预算资金"};
};

// Another target of the same unit, to catch copying (goal or indicators verbatim).
struct SiblingTarget {
  long long target_id = 0;
  std::string project_name;
  std::string overall_goal;
  std::vector<std::string> indicator_names;
};

struct LintContext {
  const library::Framework* framework = nullptr;  // the target's version; required
  LintParams params;
  std::string project_name;             // helps relate indicators to the goal
  std::vector<SiblingTarget> siblings;  // other targets of the same unit and year
};

// Every finding, errors first, then in indicator order.
std::vector<Finding> lint(const TargetDraft& target, const LintContext& context);

// True when a finding of severity error is among them.
bool blocks_submission(const std::vector<Finding>& findings);

}  // namespace jixiao::targets
