// Automatic quality checks of a target (lint): the problems finance bureaus report in their
// departments' targets, found before a person reviews them. Pure functions, no I/O; one check a
// file in targets/lint/, with every finding code and its rule in targets/lint/codes.h.
#pragma once

#include <string>
#include <vector>

#include "library/framework.h"
#include "targets/model.h"

namespace jixiao::targets {

// The parameters a region may change per year (rule set entries R-IND-4, R-IND-5, R-LINT-1).
// No defaults here: they are the rule set's (data/rules/national.json, read by target_settings),
// so a value is written once.
struct LintParams {
  int min_indicators = 0;                  // R-IND-4 [local, several]
  int max_per_subcategory = 0;             // R-LINT-1 [jixiao]: more is fragmented
  int max_goal_chars = 0;                  // R-LINT-1 [jixiao]: longer goals are not read
  long long satisfaction_floor = 0;        // R-IND-5 [jixiao]: scaled by 10^4
  std::vector<std::string> vague_phrases;  // R-IND-4 [local, several]
  // R-IND-4 [local, several]: names that describe an input (money, people) rather than
  // performance; allowed for cost indicators.
  std::vector<std::string> input_phrases;
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

struct TargetSettings;  // targets/settings.h

// The context of a stored target, built one way for the editor (TargetService) and the office's
// batch run (targets/batch): the target's framework version (R-IND-1), or the rule set's for a
// version no longer shipped; the rule set's parameters; its project's name; the other targets of
// its unit. In targets/lint/context.cpp.
LintContext make_lint_context(const Target& t, const TargetSettings& settings,
                              std::vector<SiblingTarget> siblings);

// Every finding, errors first, then in indicator order.
std::vector<Finding> lint(const TargetDraft& target, const LintContext& context);

// True when a finding of severity error is among them.
bool blocks_submission(const std::vector<Finding>& findings);

}  // namespace jixiao::targets
