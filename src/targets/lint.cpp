// The entry of the lint: runs every check of targets/lint/ (one a file) and orders the findings.
#include "targets/lint.h"

#include <algorithm>

#include "base/error.h"
#include "targets/lint/check.h"

namespace jixiao::targets {

std::vector<Finding> lint(const TargetDraft& target, const LintContext& context) {
  if (!context.framework) {
    throw AppError(ErrorKind::internal, "lint_without_framework", "检查绩效目标时缺少指标框架版本");
  }
  const checks::Subject subject(target, context);
  checks::Findings out;
  for (const checks::Check* check : checks::all_checks()) {
    out.start(*check);
    check->run(subject, out);
  }
  auto findings = out.take();
  // Errors first; within a severity the whole target before indicators in index order.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity == Severity::error;
    if (a.indicator.has_value() != b.indicator.has_value()) return !a.indicator.has_value();
    return a.indicator.value_or(-1) < b.indicator.value_or(-1);
  });
  return findings;
}

bool blocks_submission(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace jixiao::targets
