#include "rectify/todos.h"

#include "rectify/repo.h"
#include "rectify/workflow.h"

namespace jixiao::rectify {

// Open findings for those who answer them; answered ones for the office that closes them.
void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    const std::string y = std::to_string(year);
    if (me.role == auth::Role::unit || me.role == auth::Role::department) {
      repo::Filter f;
      f.year = year;
      f.status = "open";
      if (long long n = repo::count(s, f, auth::write_scope(me)))
        out.push_back(
            {"open_findings", y + " 年度待反馈整改情况的问题", n, "/findings?status=open"});
    }
    if (me.role == auth::Role::performance_office) {
      repo::Filter f;
      f.year = year;
      f.status = "answered";
      // The office closes the findings of its own region.
      const auth::DataScope own{auth::DataScope::Kind::region, me.region_id, me.region_path};
      if (long long n = repo::count(s, f, own))
        out.push_back({"answered_findings", y + " 年度已反馈待核实销号的问题", n,
                       "/findings?status=answered"});
    }
  });
}

}  // namespace jixiao::rectify
