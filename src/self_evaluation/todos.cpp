#include "self_evaluation/todos.h"

#include <string>

#include "self_evaluation/repo.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

// One fiscal year's to-dos, each linking to its list of that year.
void add_year(soci::session& s, const auth::Principal& me, long long year,
              std::vector<workflow::Todo>& out) {
  using auth::Role;
  const std::string y = std::to_string(year);
  auto count = [&](repo::Filter f) {
    f.year = year;
    return repo::count(s, f, auth::write_scope(me));
  };
  // Filling is the units' and departments' work (the office may write one too).
  if (me.role == Role::unit || me.role == Role::department) {
    repo::Filter pending;
    pending.status = "pending";
    if (long long n = count(pending))
      out.push_back({"pending_self_evaluations", y + " 年度绩效自评待填报", n,
                     "/self-evaluations?status=pending&year=" + y});
    repo::Filter returned;
    returned.status = "returned";
    if (long long n = count(returned))
      out.push_back({"returned_self_evaluations", y + " 年度被退回的绩效自评待修改", n,
                     "/self-evaluations?status=returned&year=" + y});
  }
  // A queue is of the caller's own level, as the list reads it.
  if (me.role == Role::department) {
    repo::Filter f;
    f.queue = named_queue("department");
    if (long long n = count(f))
      out.push_back({"department_self_evaluations", y + " 年度下属单位的绩效自评待部门汇总", n,
                     "/self-evaluations/department?year=" + y});
  }
  if (me.role == Role::performance_office) {
    repo::Filter f;
    f.queue = named_queue("office");
    if (long long n = count(f))
      out.push_back({"office_self_evaluations", y + " 年度绩效自评待绩效科确认", n,
                     "/self-evaluations/office?year=" + y});
  }
}

}  // namespace

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    // Fiscal year Y is self-evaluated in spring of Y+1: a working year shows the year before's
    // round too, the working year's own first.
    add_year(s, me, year, out);
    add_year(s, me, year - 1, out);
  });
}

}  // namespace jixiao::self_evaluation
