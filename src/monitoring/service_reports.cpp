// MonitoringService's reports (R-MO-1): the form of one target at one checkpoint, saved by its
// unit, submitted, checked by the section in charge and accepted or returned by the office.
#include <boost/json.hpp>
#include <set>

#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/vocabulary.h"
#include "monitoring/evaluate.h"
#include "monitoring/report_warnings.h"
#include "monitoring/service.h"
#include "monitoring/workflow.h"
#include "rules/service.h"
#include "targets/repo.h"
#include "targets/value.h"

namespace jixiao::monitoring {

namespace {

const char* const kStale = "监控报告已被他人修改，请刷新后重试";

boost::json::object content_json(const Report& r, const std::vector<IndicatorReport>& items) {
  boost::json::array list;
  for (const auto& i : items)
    list.push_back({{"position", i.position},
                    {"value_so_far", i.value_so_far},
                    {"projected_value", i.projected_value},
                    {"likelihood", i.likelihood},
                    {"reason", i.reason},
                    {"correction", i.correction}});
  return {{"status", r.status},
          {"budget_fen", r.budget_fen},
          {"executed_fen", r.executed_fen},
          {"spending_reason", r.spending_reason},
          {"spending_correction", r.spending_correction},
          {"indicators", std::move(list)}};
}

// A value typed for an indicator is of the indicator's own kind: a number where the target is a
// number, a date where it is a date (qualitative ones take words).
void check_value(const targets::Indicator& ind, const std::string& typed,
                 const std::string& field) {
  if (typed.empty()) return;
  const auto target = targets::parse_value(ind.value);
  const auto value = targets::parse_value(typed);
  if (target.kind == targets::ParsedValue::Kind::number &&
      value.kind != targets::ParsedValue::Kind::number)
    throw invalid(field, "指标“" + ind.name + "”的值应为数字（单位：" + ind.unit + "）");
  if (target.kind == targets::ParsedValue::Kind::date &&
      value.kind != targets::ParsedValue::Kind::date)
    throw invalid(field, "指标“" + ind.name + "”的值应为日期，如 2026-10-31");
}

// The sent answers against the target's indicators: each position once and in range, each
// value of its indicator's kind, likelihood and reason from their lists.
std::vector<IndicatorReport> checked_answers(const std::vector<targets::Indicator>& indicators,
                                             const std::vector<IndicatorReport>& sent) {
  std::set<long long> seen;
  std::vector<IndicatorReport> out;
  for (std::size_t i = 0; i < sent.size(); ++i) {
    const std::string prefix = "indicators[" + std::to_string(i) + "]";
    const auto& a = sent[i];
    if (a.position < 0 || a.position >= static_cast<long long>(indicators.size()))
      throw invalid(prefix + ".position", "目标中没有这一项指标");
    if (!seen.insert(a.position).second)
      throw invalid(prefix + ".position", "同一项指标填写了两次");
    const auto& ind = indicators[a.position];
    check_value(ind, a.value_so_far, prefix + ".value_so_far");
    check_value(ind, a.projected_value, prefix + ".projected_value");
    if (!a.likelihood.empty() && !vocabulary("monitoring_likelihood").contains(a.likelihood))
      throw invalid(prefix + ".likelihood", "完成可能性只能是确定能、有可能或完全不可能");
    if (!a.reason.empty() && !vocabulary("deviation_reason").contains(a.reason))
      throw invalid(prefix + ".reason",
                    "偏离原因只能是经费保障、制度保障、人员保障、硬件条件保障或其他");
    out.push_back(a);
  }
  std::ranges::sort(out, {}, &IndicatorReport::position);
  return out;
}

// Before a submission: every indicator judged, and a judged deviation explained (R-MO-1).
void check_complete(const std::vector<targets::Indicator>& indicators,
                    const std::vector<IndicatorReport>& answers) {
  std::vector<const IndicatorReport*> by_position(indicators.size(), nullptr);
  for (const auto& a : answers) by_position[a.position] = &a;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const std::string prefix = "indicators[" + std::to_string(i) + "]";
    const auto* a = by_position[i];
    const std::string name = "指标“" + indicators[i].name + "”";
    if (!a || a->value_so_far.empty())
      throw invalid(prefix + ".value_so_far", name + "请填写截至目前的完成值");
    if (a->likelihood.empty()) throw invalid(prefix + ".likelihood", name + "请判断全年能否完成");
    if (a->likelihood != "certain" && a->reason.empty())
      throw invalid(prefix + ".reason", name + "可能完不成，请选择偏离原因");
    if (a->likelihood != "certain" && a->correction.empty())
      throw invalid(prefix + ".correction", name + "可能完不成，请填写纠偏措施");
  }
}

}  // namespace

ReportPage MonitoringService::list(const auth::Principal& me, repo::Filter filter) {
  if (me.role == auth::Role::admin || me.role == auth::Role::expert ||
      me.role == auth::Role::agency)
    throw forbidden("您的角色不办理绩效运行监控");
  return db_.read([&](soci::session& s) {
    // A review queue is of the caller's own level; a list reads its whole scope.
    const auto scope = filter.queue ? auth::write_scope(me) : auth::read_scope(me);
    ReportPage page;
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0) page.total = repo::count(s, filter, scope);
    return page;
  });
}

ReportView MonitoringService::view(soci::session& s, const auth::Principal& me, Report r) {
  ReportView v;
  v.checkpoint = *repo::find_checkpoint(s, r.checkpoint_id);
  as_seen_by(s, me, v.checkpoint);
  v.target_indicators = targets::repo::indicators(s, r.target_id);
  v.answers = repo::indicators(s, r.id);
  if (v.answers.empty()) {
    if (const long long previous = repo::previous_report(s, r.target_id, v.checkpoint.as_of)) {
      v.answers = repo::indicators(s, previous);
      v.prefilled = !v.answers.empty();
    }
  }
  // One answer per indicator of the target as it stands, by position.
  std::vector<IndicatorReport> answers(v.target_indicators.size());
  for (std::size_t i = 0; i < answers.size(); ++i) answers[i].position = static_cast<long long>(i);
  for (const auto& a : v.answers)
    if (a.position >= 0 && a.position < static_cast<long long>(answers.size()))
      answers[a.position] = a;
  v.answers = std::move(answers);
  if (r.project_id) v.series = repo::series(s, r.project_id);
  repo::OutcomeFilter of_report;
  of_report.report_id = r.id;
  of_report.limit = 100;
  v.outcomes = repo::outcomes(s, of_report, auth::read_scope(me));
  if (v.outcomes.size() > 100) v.outcomes.resize(100);
  v.actions = report_workflow().allowed_actions(r.status, report_actors(s, me, r));
  const bool missing = is_missing(r.status, r.due, now_iso().substr(0, 10));
  v.can_decide = me.role == auth::Role::performance_office && me.region_id == r.region_id &&
                 (r.status == "accepted" || missing);
  v.report = std::move(r);
  return v;
}

ReportView MonitoringService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto r = repo::find(s, id, auth::read_scope(me));
    if (!r) throw not_found("监控报告不存在或无权访问");
    return view(s, me, std::move(*r));
  });
}

ReportView MonitoringService::save(const auth::Principal& me, long long id, long long version,
                                   const ReportInput& in) {
  // The report, its answers, the project's spending series and the audit trail: nothing kept
  // (the project list, sessions) reads them, so kept pages stay kept.
  return db_.write(db::Area::monitoring_reports, [&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("监控报告不存在或无权访问");
    Report r = *found;
    const auto& step = report_workflow().take(r.status, "edit", "", report_actors(s, me, r));
    if (r.version != version) throw conflict("version_conflict", kStale, "version");
    const auto indicators = targets::repo::indicators(s, r.target_id);
    const auto answers = checked_answers(indicators, in.indicators);
    const auto before_answers = repo::indicators(s, id);
    const std::string before = boost::json::serialize(content_json(r, before_answers));
    if (in.executed_fen) {
      if (*in.executed_fen < 0) throw invalid("executed_fen", "累计支出不能为负数");
      if (*in.executed_fen > r.budget_fen)
        throw invalid("executed_fen", "累计支出超过当前预算 " + format_wan(r.budget_fen) + " 万元");
      if (r.project_id && r.as_of > now_iso().substr(0, 10))
        throw invalid("executed_fen", "数据截至日期 " + r.as_of + " 尚未到来，不能填写累计支出");
      r.executed_fen = *in.executed_fen;
      // A project's figure joins its series, where the next checkpoint and the pace read it.
      if (r.project_id)
        repo::put_execution(
            s, {r.project_id, r.as_of, r.executed_fen, "manual", me.user_id, "", now_iso()});
    }
    r.spending_reason = in.spending_reason;
    r.spending_correction = in.spending_correction;
    r.updated_at = now_iso();
    const std::string after = boost::json::serialize(content_json(r, answers));
    if (after == before) return view(s, me, std::move(*found));  // nothing changed
    if (!repo::update(s, r, version)) throw conflict("version_conflict", kStale, "version");
    repo::replace_indicators(s, id, answers);
    report_workflow().record(s, db_.dialect(), me, step, id, r.region_id, before, after);
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

ReportView MonitoringService::step(const auth::Principal& me, long long id, long long version,
                                   const StepInput& in) {
  if (in.action == "edit") throw invalid("action", "保存报告请用保存，不是办理步骤");
  // The report and the audit trail only, as in save().
  return db_.write(db::Area::monitoring_reports, [&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("监控报告不存在或无权访问");
    Report r = *found;
    const auto& step =
        report_workflow().take(r.status, in.action, in.decision, report_actors(s, me, r));
    if (r.version != version) throw conflict("version_conflict", kStale, "version");
    const std::string before = boost::json::serialize(content_json(r, repo::indicators(s, id)));
    const std::string at = now_iso();
    if (in.action == "submit") {
      const auto indicators = targets::repo::indicators(s, r.target_id);
      check_complete(indicators, repo::indicators(s, id));
      // The money as it stands at submission: the current budget and the series (R-MO-3).
      if (r.project_id) {
        r.executed_fen = repo::executed_as_of(s, r.project_id, r.as_of);
        r.budget_fen = repo::project_amount(s, r.project_id);
      }
      r.submitted_at = at;
      // R-MO-4 under the region's rules for the year: the colour the answers lead to.
      const auto settings = warning_settings(rules::effective_rules(s, r.region_id, r.year));
      apply_evaluation(
          r, evaluate(settings, progress_of(r, indicators, repo::indicators(s, id), false)), at);
    }
    if (in.decision == "return" && in.opinion.empty())
      throw invalid("opinion", "退回时请写明需要修改的内容");
    if (!in.decision.empty()) r.opinion = in.opinion;
    if (in.decision == "accept") r.decided_at = at;
    r.status = step.to;
    r.updated_at = at;
    if (!repo::update(s, r, version)) throw conflict("version_conflict", kStale, "version");
    auto after = content_json(r, repo::indicators(s, id));
    if (!in.opinion.empty()) after["opinion"] = in.opinion;
    report_workflow().record(s, db_.dialect(), me, step, id, r.region_id, before,
                             boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

std::vector<audit::Record> MonitoringService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("监控报告不存在或无权访问");
    return audit::history(s, "monitoring_report", id, 500);
  });
}

}  // namespace jixiao::monitoring

namespace jixiao::monitoring {

boost::json::object MonitoringService::evaluate_progress(const auth::Principal& me,
                                                         const boost::json::value& body) {
  const ProjectProgress progress = read_progress(body);
  return db_.read([&](soci::session& s) {
    const auto settings = warning_settings(rules::effective_rules(s, me.region_id, progress.year));
    return evaluation_json(evaluate(settings, progress));
  });
}

}  // namespace jixiao::monitoring
