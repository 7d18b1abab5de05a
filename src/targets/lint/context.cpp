#include "targets/lint.h"
#include "targets/settings.h"

namespace jixiao::targets {

LintContext make_lint_context(const Target& t, const TargetSettings& settings,
                              std::vector<SiblingTarget> siblings) {
  LintContext c;
  c.framework = library::find_framework(t.framework_version);
  if (!c.framework) c.framework = settings.framework;
  c.params = settings.lint;
  c.project_name = t.project_name;
  c.siblings = std::move(siblings);
  return c;
}

}  // namespace jixiao::targets
