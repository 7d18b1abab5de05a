#include "appraisal/todos.h"

#include "appraisal/repo.h"

namespace jixiao::appraisal {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    if (me.role != auth::Role::performance_office) return;
    for (const auto& a : repo::list(s, me.region_id, year)) {
      if (a.status != "computed") continue;
      const bool departments = a.subject == "department";
      out.push_back({departments ? "appraisal_departments" : "appraisal_regions",
                     std::to_string(year) + " 年度" + (departments ? "部门" : "下级") +
                         "考核已计算，待印发考核结果通报",
                     1, departments ? "/appraisal/departments" : "/appraisal/regions"});
    }
  });
}

}  // namespace jixiao::appraisal
