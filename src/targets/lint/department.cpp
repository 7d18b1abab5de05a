// R-LINT-5 [jixiao]: a department target runs from duties to tasks to projects.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::duties_missing, Code::task_missing};

void run(const Subject& s, Findings& out) {
  const TargetDraft& t = s.target;
  if (t.kind != "department") return;
  if (trim(t.duties).empty()) {
    out.add(Code::duties_missing, std::nullopt,
            "未填写部门职能概述。请概述部门的主要职能，作为设定年度任务和绩效指标的依据。");
  }
  if (t.tasks.empty()) {
    out.add(Code::task_missing, std::nullopt,
            "未填写年度主要任务。请列出本年度的主要任务及其资金，并与部门职能和项目对应。");
  }
}

}  // namespace

constinit const Check department_check{"department", kEmits, run};

}  // namespace jixiao::targets::checks
