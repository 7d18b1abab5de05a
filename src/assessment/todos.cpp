#include "assessment/todos.h"

#include "assessment/repo.h"
#include "assessment/workflow.h"

namespace jixiao::assessment {

// Assessments waiting for the caller, by the queues of the workflow table.
void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    const std::string y = std::to_string(year);
    auto count = [&](repo::Filter f, const repo::Reader& reader) {
      f.year = year;
      return repo::count(s, f, reader);
    };
    if (is_author_role(me.role) && me.role != Role::performance_office) {
      repo::Filter f;
      f.status = "returned";
      if (long long n = count(f, {auth::write_scope(me), 0}))
        out.push_back({"returned_assessments", y + " 年度被退回的事前绩效评估待修改", n,
                       "/assessments?status=returned"});
    }
    if (me.role == Role::performance_office || me.role == Role::business_section) {
      repo::Filter f;
      f.queue = queue_of("finance");
      if (long long n = count(f, {auth::write_scope(me), 0}))
        out.push_back({"finance_assessments", y + " 年度部门事前绩效评估待财政审核", n,
                       "/assessments?queue=finance"});
    }
    if (me.role == Role::performance_office) {
      repo::Filter f;
      f.queue = queue_of("office");
      if (long long n = count(f, {auth::write_scope(me), 0}))
        out.push_back({"office_assessments", y + " 年度重点评估待指定评分人或出具结论", n,
                       "/assessments?queue=office"});
    }
    if (is_scorer_role(me.role)) {
      repo::Filter f;
      f.unscored_only = true;
      f.status = "scoring";
      if (long long n = count(f, {auth::DataScope{}, me.user_id}))
        out.push_back(
            {"scoring_assessments", y + " 年度待您评分的事前绩效评估", n, "/assessments/scoring"});
    }
  });
}

}  // namespace jixiao::assessment
