// MonitoringService's outcomes (R-MO-5 [local: 001, 004]): what the office decides on a
// monitored project, each a recorded and audited decision; recovered money is totalled.
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "base/money.h"
#include "base/text.h"
#include "monitoring/service.h"

namespace jixiao::monitoring {

namespace {

const char* const kStale = "监控报告已被他人修改，请刷新后重试";

boost::json::object outcome_audit(const Outcome& o) {
  return {{"kind", o.kind},           {"before_fen", o.before_fen},
          {"after_fen", o.after_fen}, {"recovered_fen", o.recovered_fen},
          {"reason", o.reason},       {"checkpoint_id", o.checkpoint_id}};
}

}  // namespace

ReportView MonitoringService::decide_outcome(const auth::Principal& me, long long report_id,
                                             const OutcomeInput& in) {
  if (!is_outcome_kind(in.kind))
    throw invalid("kind", "处理方式只能是继续实施、调整预算、调整绩效目标或收回资金");
  if (trim(in.reason).empty()) throw invalid("reason", "请写明处理理由");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, report_id, auth::read_scope(me));
    if (!found) throw not_found("监控报告不存在或无权访问");
    Report r = *found;
    if (me.role != auth::Role::performance_office || me.region_id != r.region_id)
      throw forbidden("监控结果由报告所在地区的绩效科处理");
    if (r.version != in.version) throw conflict("version_conflict", kStale, "version");
    const bool missing = is_missing(r.status, r.due, now_iso().substr(0, 10));
    if (r.status != "accepted" && !missing)
      throw precondition("bad_status", "监控报告确认后（或逾期未报时）才能作出处理决定");
    if (in.kind != "continue" && !r.project_id)
      throw invalid("kind", "部门整体绩效目标没有项目预算，只能继续实施");

    Outcome o;
    o.report_id = r.id;
    o.checkpoint_id = r.checkpoint_id;
    o.project_id = r.project_id;
    o.region_id = r.region_id;
    o.department_id = r.department_id;
    o.unit_id = r.unit_id;
    o.year = r.year;
    o.kind = in.kind;
    o.reason = std::string(trim(in.reason));
    o.decided_by = me.user_id;
    o.decided_at = now_iso();
    const Fen budget = r.project_id ? repo::project_amount(s, r.project_id) : r.budget_fen;
    const Fen spent =
        r.project_id ? repo::executed_as_of(s, r.project_id, "9999-12-31") : r.executed_fen;
    o.before_fen = o.after_fen = budget;
    if (in.kind == "adjust_budget") {
      if (!in.amount_fen) throw invalid("amount_fen", "请填写调整后的预算金额");
      if (*in.amount_fen < spent)
        throw invalid("amount_fen", "调整后的预算不能少于已支出的 " + format_wan(spent) + " 万元");
      if (*in.amount_fen == budget) throw invalid("amount_fen", "调整后的预算与现在相同");
      o.after_fen = *in.amount_fen;
      projects_.set_amount(s, me, r.project_id, o.after_fen, "监控调整预算：" + o.reason);
    } else if (in.kind == "recover") {
      if (!in.amount_fen || *in.amount_fen <= 0) throw invalid("amount_fen", "请填写收回的金额");
      if (*in.amount_fen > budget - spent)
        throw invalid("amount_fen",
                      "最多只能收回尚未支出的 " + format_wan(budget - spent) + " 万元");
      o.recovered_fen = *in.amount_fen;
      o.after_fen = budget - o.recovered_fen;
      projects_.set_amount(s, me, r.project_id, o.after_fen, "监控收回资金：" + o.reason);
    } else if (in.kind == "adjust_target") {
      if (!targets_.adjust_project_target(s, me, r.project_id, "监控调整绩效目标：" + o.reason))
        throw precondition("bad_status", "项目的绩效目标不在可调整的状态，或不在您的办理范围内");
    }
    o.id = repo::insert_outcome(s, o);
    // The report shows the budget the decision left.
    r.budget_fen = o.after_fen;
    r.updated_at = o.decided_at;
    if (!repo::update(s, r, in.version)) throw conflict("version_conflict", kStale, "version");
    auto e = audit::entry(me, "decide_outcome", "monitoring_report", r.id, r.region_id);
    e.after_json = boost::json::serialize(outcome_audit(o));
    audit::append(s, db_.dialect(), e);
    return view(s, me, *repo::find(s, r.id, auth::read_scope(me)));
  });
}

std::vector<Outcome> MonitoringService::outcomes(const auth::Principal& me,
                                                 repo::OutcomeFilter filter) {
  return db_.read(
      [&](soci::session& s) { return repo::outcomes(s, filter, auth::read_scope(me)); });
}

std::vector<repo::OutcomeTotal> MonitoringService::outcome_totals(const auth::Principal& me,
                                                                  long long year) {
  return db_.read(
      [&](soci::session& s) { return repo::outcome_totals(s, year, auth::read_scope(me)); });
}

}  // namespace jixiao::monitoring
