#include "targets/todos.h"

#include "targets/repo.h"
#include "targets/workflow.h"

namespace jixiao::targets {

// Targets waiting for the caller, by the queues of the workflow (R-TR-1).
void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    const std::string y = std::to_string(year);
    auto count = [&](repo::TargetFilter f, const repo::Reader& reader) {
      f.year = year;
      return repo::count(s, f, reader);
    };
    if (is_author_role(me.role)) {
      repo::TargetFilter f;
      f.status = "returned";
      if (long long n = count(f, {auth::write_scope(me), 0}))
        out.push_back(
            {"returned_targets", y + " 年度被退回的绩效目标待修改", n, "/targets?status=returned"});
    }
    if (me.role == Role::department) {
      repo::TargetFilter f;
      f.queue = department_queue();
      if (long long n = count(f, {auth::read_scope(me), 0}))
        out.push_back(
            {"department_targets", y + " 年度下属单位的绩效目标待部门审核", n, "/targets/review"});
    }
    if (me.role == Role::business_section) {
      repo::TargetFilter f;
      f.queue = section_queue();
      if (long long n = count(f, {auth::read_scope(me), 0}))
        out.push_back({"section_targets", y + " 年度绩效目标待业务科室初审", n, "/targets/review"});
    }
    if (me.role == Role::performance_office) {
      repo::TargetFilter f;
      f.queue = office_queue();
      if (long long n = count(f, {auth::write_scope(me), 0}))
        out.push_back({"office_targets", y + " 年度绩效目标待绩效科审核", n, "/targets/review"});
    }
    if (is_assignable_role(me.role)) {
      repo::TargetFilter f;
      f.assigned_only = true;
      if (long long n = count(f, {{}, me.user_id}))
        out.push_back(
            {"assigned_targets", y + " 年度分配给您评审的绩效目标", n, "/targets/review"});
    }
  });
}

}  // namespace jixiao::targets
