#include "monitoring/json.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "base/vocabulary.h"
#include "library/framework.h"
#include "monitoring/warnings.h"
#include "monitoring/workflow.h"
#include "targets/json.h"

namespace jixiao::monitoring {

namespace {

boost::json::value rate_or_null(long long numerator, long long denominator) {
  if (denominator == 0) return nullptr;  // R-MON-2: "—", never 0% or 100%
  return boost::json::value(format_rate(numerator, denominator));
}

}  // namespace

boost::json::object execution_json(const Execution& e) {
  return {{"project_id", e.project_id},
          {"as_of", e.as_of},
          {"executed_fen", e.executed_fen},
          {"executed_wan", format_wan(e.executed_fen)},
          {"source", e.source},
          {"source_label", vocabulary("execution_source").label(e.source)},
          {"entered_by_name", e.entered_by_name},
          {"entered_at", e.entered_at}};
}

boost::json::array series_json(const std::vector<Execution>& series) {
  boost::json::array out;
  for (const auto& e : series) out.push_back(execution_json(e));
  return out;
}

namespace {

// The warning run: when, and (to those who see all the checkpoint's reports) how many it
// evaluated and changed.
boost::json::object run_json(const Checkpoint& c, bool running) {
  boost::json::object o{
      {"running", running}, {"started_at", c.run_started_at}, {"finished_at", c.run_finished_at}};
  if (!c.partial) {
    o["evaluated"] = c.run_evaluated;
    o["changed"] = c.run_changed;
  }
  return o;
}

}  // namespace

boost::json::object checkpoint_json(const Checkpoint& c, bool running) {
  return {{"id", c.id},
          {"region_id", c.region_id},
          {"region_name", c.region_name},
          {"year", c.year},
          {"name", c.name},
          {"as_of", c.as_of},
          {"due", c.due},
          {"status", c.status},
          {"status_label", checkpoint_status_label(c.status)},
          {"reports", c.reports},
          {"partial", c.partial},
          {"opened_at", c.opened_at},
          {"run", run_json(c, running)},
          {"version", c.version}};
}

boost::json::object report_json(const Report& r) {
  boost::json::object o{{"id", r.id},
                        {"checkpoint_id", r.checkpoint_id},
                        {"checkpoint_name", r.checkpoint_name},
                        {"as_of", r.as_of},
                        {"due", r.due},
                        {"target_id", r.target_id},
                        {"target_kind", r.target_kind},
                        {"year", r.year},
                        {"code", r.code},
                        {"name", r.name},
                        {"unit_id", r.unit_id},
                        {"unit_name", r.unit_name},
                        {"department_id", r.department_id},
                        {"department_name", r.department_name},
                        {"region_id", r.region_id},
                        {"status", r.status},
                        {"status_label", report_status_label(r.status)},
                        {"budget_fen", r.budget_fen},
                        {"budget_wan", format_wan(r.budget_fen)},
                        {"executed_fen", r.executed_fen},
                        {"executed_wan", format_wan(r.executed_fen)},
                        {"execution_rate", rate_or_null(r.executed_fen, r.budget_fen)},
                        {"colour", r.colour},
                        {"colour_label", vocabulary("warning_colour").label(r.colour)},
                        {"evaluated_at", r.evaluated_at},
                        {"version", r.version},
                        {"submitted_at", r.submitted_at},
                        {"decided_at", r.decided_at},
                        {"updated_at", r.updated_at}};
  o["project_id"] = r.project_id ? boost::json::value(r.project_id) : nullptr;
  return o;
}

boost::json::object view_json(const ReportView& v) {
  auto o = report_json(v.report);
  o["spending_reason"] = v.report.spending_reason;
  o["spending_correction"] = v.report.spending_correction;
  o["opinion"] = v.report.opinion;
  boost::json::value fired;
  try {
    fired = boost::json::parse(v.report.fired);
  } catch (const std::exception&) {
    fired = boost::json::array();
  }
  o["fired"] = std::move(fired);
  o["checkpoint"] = checkpoint_json(v.checkpoint);
  // R-MO-3: the share of the year gone at the checkpoint date, beside the execution rate.
  if (const auto as_of = parse_iso_date(v.report.as_of))
    o["time_progress"] = rate_text(time_progress_bp(*as_of));
  const auto* f = library::find_framework(v.report.framework_version);
  const auto& framework = f ? *f : library::latest_framework();
  boost::json::array indicators;
  for (std::size_t i = 0; i < v.target_indicators.size(); ++i) {
    const auto& a = v.answers[i];
    indicators.push_back(
        {{"position", a.position},
         {"indicator", targets::indicator_json(v.target_indicators[i], framework)},
         {"value_so_far", a.value_so_far},
         {"projected_value", a.projected_value},
         {"likelihood", a.likelihood},
         {"likelihood_label", vocabulary("monitoring_likelihood").label(a.likelihood)},
         {"reason", a.reason},
         {"reason_label", vocabulary("deviation_reason").label(a.reason)},
         {"correction", a.correction}});
  }
  o["indicators"] = std::move(indicators);
  o["prefilled"] = v.prefilled;
  o["series"] = series_json(v.series);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.push_back(boost::json::value(a));
  o["actions"] = std::move(actions);
  boost::json::array outcomes;
  for (const auto& x : v.outcomes) outcomes.push_back(outcome_json(x));
  o["outcomes"] = std::move(outcomes);
  o["can_decide"] = v.can_decide;
  return o;
}

boost::json::object outcome_json(const Outcome& o) {
  boost::json::object out{{"id", o.id},
                          {"report_id", o.report_id},
                          {"checkpoint_id", o.checkpoint_id},
                          {"checkpoint_name", o.checkpoint_name},
                          {"code", o.code},
                          {"name", o.name},
                          {"unit_id", o.unit_id},
                          {"unit_name", o.unit_name},
                          {"department_id", o.department_id},
                          {"region_id", o.region_id},
                          {"year", o.year},
                          {"kind", o.kind},
                          {"kind_label", outcome_label(o.kind)},
                          {"before_fen", o.before_fen},
                          {"after_fen", o.after_fen},
                          {"recovered_fen", o.recovered_fen},
                          {"recovered_wan", format_wan(o.recovered_fen)},
                          {"reason", o.reason},
                          {"decided_by_name", o.decided_by_name},
                          {"decided_at", o.decided_at}};
  out["project_id"] = o.project_id ? boost::json::value(o.project_id) : nullptr;
  return out;
}

boost::json::object early_warning_json(const EarlyWarning& w) {
  boost::json::value fired;
  try {
    fired = boost::json::parse(w.fired);
  } catch (const std::exception&) {
    fired = boost::json::array();
  }
  return {{"checkpoint_id", w.checkpoint_id},
          {"project_id", w.project_id},
          {"code", w.code},
          {"name", w.name},
          {"unit_id", w.unit_id},
          {"unit_name", w.unit_name},
          {"department_id", w.department_id},
          {"region_id", w.region_id},
          {"budget_fen", w.budget_fen},
          {"budget_wan", format_wan(w.budget_fen)},
          {"executed_fen", w.executed_fen},
          {"executed_wan", format_wan(w.executed_fen)},
          {"projected_fen", w.projected_fen},
          {"projected_wan", format_wan(w.projected_fen)},
          {"projected_rate", rate_or_null(w.projected_fen, w.budget_fen)},
          {"colour", w.colour},
          {"colour_label", vocabulary("warning_colour").label(w.colour)},
          {"projected", true},
          {"fired", std::move(fired)},
          {"computed_on", w.computed_on}};
}

namespace {

boost::json::object counts_json(const ColourCounts& c) {
  return {{"none", c.none}, {"blue", c.blue}, {"red", c.red}};
}

boost::json::object preview_row_json(const PreviewRow& r) {
  return {{"department_id", r.department_id},
          {"department_name", r.department_name},
          {"reports", r.reports},
          {"changed", r.changed},
          {"changed_budget_fen", r.changed_budget_fen},
          {"changed_budget_wan", format_wan(r.changed_budget_fen)},
          {"now", counts_json(r.now)},
          {"proposed", counts_json(r.proposed)}};
}

}  // namespace

boost::json::object preview_json(const RulePreview& p) {
  boost::json::array rows;
  for (const auto& r : p.by_department) rows.push_back(preview_row_json(r));
  return {{"checkpoint", checkpoint_json(p.checkpoint)},
          {"total", preview_row_json(p.total)},
          {"by_department", std::move(rows)}};
}

boost::json::object outcome_total_json(const repo::OutcomeTotal& t) {
  return {{"region_id", t.region_id},         {"region_name", t.region_name},
          {"department_id", t.department_id}, {"department_name", t.department_name},
          {"outcomes", t.outcomes},           {"recoveries", t.recoveries},
          {"recovered_fen", t.recovered_fen}, {"recovered_wan", format_wan(t.recovered_fen)},
          {"adjusted_fen", t.adjusted_fen}};
}

namespace {

boost::json::object figures_json(const Figures& f) {
  const long long warned = f.blue + f.red;
  const Fen warned_fen = f.blue_fen + f.red_fen;
  return {{"reports", f.reports},
          {"submitted", f.submitted},
          {"submission_rate", rate_or_null(f.submitted, f.reports)},
          {"budget_fen", f.budget_fen},
          {"budget_wan", format_wan(f.budget_fen)},
          {"executed_fen", f.executed_fen},
          {"executed_wan", format_wan(f.executed_fen)},
          // R-MO-3: executed ÷ current budget.
          {"execution_rate", rate_or_null(f.executed_fen, f.budget_fen)},
          {"blue", f.blue},
          {"red", f.red},
          {"warned", warned},
          {"warning_rate", rate_or_null(warned, f.reports)},
          {"blue_fen", f.blue_fen},
          {"red_fen", f.red_fen},
          {"warned_fen", warned_fen},
          {"warned_wan", format_wan(warned_fen)}};
}

boost::json::array named_json(const std::vector<NamedFigures>& rows, const char* key) {
  boost::json::array out;
  for (const auto& r : rows) {
    auto o = figures_json(r.figures);
    if (std::string_view(key) == "department_id")
      o["department_id"] = std::stoll(r.key);
    else
      o[key] = r.key;
    o[std::string(key) == "department_id" ? "department_name" : "label"] = r.label;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

boost::json::object statistics_json(const Statistics& st) {
  boost::json::object o{{"year", st.year}, {"as_of", st.today}};
  o["checkpoint"] = st.checkpoint ? boost::json::value(checkpoint_json(*st.checkpoint))
                                  : boost::json::value(nullptr);
  // R-MON-2: the projects and money monitored against the year's projects the budget holds.
  o["coverage"] = {{"projects", st.projects},
                   {"monitored_projects", st.monitored_projects},
                   {"project_rate", rate_or_null(st.monitored_projects, st.projects)},
                   {"amount_fen", st.projects_fen},
                   {"amount_wan", format_wan(st.projects_fen)},
                   {"monitored_fen", st.monitored_fen},
                   {"monitored_wan", format_wan(st.monitored_fen)},
                   {"amount_rate", rate_or_null(st.monitored_fen, st.projects_fen)}};
  o["total"] = figures_json(st.total);
  o["by_status"] = named_json(st.by_status, "status");
  o["by_colour"] = named_json(st.by_colour, "colour");
  o["by_department"] = named_json(st.by_department, "department_id");
  o["by_region_level"] = named_json(st.by_region_level, "level");
  const auto& n = st.notices;
  o["notices"] = {{"findings", n.findings},
                  {"due", n.due},
                  {"answered_on_time", n.on_time},
                  {"overdue", n.overdue},
                  {"on_time_rate", rate_or_null(n.on_time, n.due)}};
  boost::json::array recovered;
  for (const auto& r : st.recovered_by_department)
    recovered.push_back({{"department_id", r.department_id},
                         {"department_name", r.department_name},
                         {"recoveries", r.recoveries},
                         {"recovered_fen", r.recovered_fen},
                         {"recovered_wan", format_wan(r.recovered_fen)}});
  o["recovered"] = {{"recoveries", st.recoveries},
                    {"recovered_fen", st.recovered_fen},
                    {"recovered_wan", format_wan(st.recovered_fen)},
                    {"by_department", std::move(recovered)}};
  return o;
}

std::vector<IndicatorReport> read_answers(const boost::json::value* items) {
  std::vector<IndicatorReport> out;
  if (!items) return out;
  if (!items->is_array()) throw invalid("indicators", "指标完成情况应为列表");
  if (items->as_array().size() > 200) throw invalid("indicators", "指标最多 200 项");
  std::size_t i = 0;
  for (const auto& v : items->as_array()) {
    const std::string prefix = "indicators[" + std::to_string(i++) + "]";
    if (!v.is_object()) throw invalid(prefix, "每一项应为对象");
    JsonReader in(v.as_object(), prefix);
    IndicatorReport a;
    a.position = in.required_int("position", 0, 199);
    a.value_so_far = in.optional_string("value_so_far", 200).value_or("");
    a.projected_value = in.optional_string("projected_value", 200).value_or("");
    a.likelihood = in.optional_string("likelihood", 20).value_or("");
    a.reason = in.optional_string("reason", 20).value_or("");
    a.correction = in.optional_string("correction", 2000).value_or("");
    in.finish();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace jixiao::monitoring
