#include "disclosure/todos.h"

#include "base/clock.h"
#include "disclosure/repo.h"

namespace jixiao::disclosure {

// The office publishes the items of its own region: those past their due date first.
void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    if (me.role != auth::Role::performance_office) return;
    const std::string y = std::to_string(year);
    const auth::DataScope own{auth::DataScope::Kind::region, me.region_id, me.region_path};
    repo::Filter f;
    f.year = year;
    f.overdue_on = now_iso().substr(0, 10);
    if (long long n = repo::count(s, f, own))
      out.push_back({"overdue_disclosures", y + " 年度已过公开期限尚未公开的事项", n,
                     "/disclosures?year=" + y + "&overdue=1"});
  });
}

}  // namespace jixiao::disclosure
