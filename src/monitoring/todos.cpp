#include "monitoring/todos.h"

#include <string>

#include "monitoring/early_warning.h"
#include "monitoring/repo.h"
#include "monitoring/workflow.h"

namespace jixiao::monitoring {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    const std::string y = std::to_string(year);
    auto count = [&](repo::Filter f, const auth::DataScope& scope) {
      f.year = year;
      return repo::count(s, f, scope);
    };
    // Reports exist only once their checkpoint is open, so a pending one waits for its author.
    // The office may write one too, but filling them is the units' and departments' work.
    if (me.role == Role::unit || me.role == Role::department) {
      repo::Filter pending;
      pending.status = "pending";
      if (long long n = count(pending, auth::write_scope(me)))
        out.push_back({"pending_monitoring_reports", y + " 年度绩效运行监控报告待填报", n,
                       "/monitoring/reports?status=pending"});
      repo::Filter returned;
      returned.status = "returned";
      if (long long n = count(returned, auth::write_scope(me)))
        out.push_back({"returned_monitoring_reports", y + " 年度被退回的绩效运行监控报告待修改", n,
                       "/monitoring/reports?status=returned"});
    }
    // Early warning (R-MO-2): a unit learns a month ahead which of its projects will be warned
    // at the next checkpoint unless it spends, while it can still act.
    if (me.role == Role::unit || me.role == Role::department) {
      // The nearest checkpoint only: one to-do of the kind.
      const auto planned = planned_early_warnings(s, year, auth::write_scope(me));
      if (!planned.empty()) {
        const auto& w = planned.front();
        out.push_back({"early_warnings",
                       "“" + w.checkpoint_name + "”提前预警：按当前支出进度将被预警的项目", w.count,
                       "/monitoring/checkpoints/" + std::to_string(w.checkpoint_id)});
      }
    }
    // A review queue is of the caller's own level, as the list reads it.
    if (me.role == Role::business_section) {
      repo::Filter f;
      f.queue = named_queue("section");
      if (long long n = count(f, auth::write_scope(me)))
        out.push_back({"section_monitoring_reports", y + " 年度绩效运行监控报告待科室审核", n,
                       "/monitoring/reports?queue=section"});
    }
    if (me.role == Role::performance_office) {
      repo::Filter f;
      f.queue = named_queue("office");
      if (long long n = count(f, auth::write_scope(me)))
        out.push_back({"office_monitoring_reports", y + " 年度绩效运行监控报告待绩效科确认", n,
                       "/monitoring/reports?queue=office"});
    }
  });
}

}  // namespace jixiao::monitoring
