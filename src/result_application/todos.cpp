#include "result_application/todos.h"

#include <string>

#include "result_application/repo.h"

namespace jixiao::result_application {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    if (me.role != Role::performance_office && me.role != Role::business_section) return;
    const std::string y = std::to_string(year);
    repo::Filter f;
    f.year = year;
    f.status = "proposed";
    if (long long n = repo::count(s, f, auth::write_scope(me)))
      out.push_back({"proposed_budget_actions", y + " 年度评价结果的预算调整建议待确认", n,
                     "/result-application/actions?status=proposed"});
    repo::Filter b;
    b.year = year;
    b.breach = true;
    if (long long n = repo::count(s, b, auth::write_scope(me)))
      out.push_back({"budget_action_breaches", y + " 年度超出调整建议的下年预算", n,
                     "/result-application/breaches"});
  });
}

}  // namespace jixiao::result_application
