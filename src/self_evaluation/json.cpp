#include "self_evaluation/json.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "base/vocabulary.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

boost::json::value score_or_null(const std::optional<long long>& v) {
  if (!v) return nullptr;
  return boost::json::value(*v);
}

boost::json::value text_or_null(const std::optional<long long>& v) {
  if (!v) return nullptr;
  return boost::json::value(score_text(*v));
}

}  // namespace

boost::json::object round_json(const Round& r, bool scoring_now) {
  const auto& j = r.scoring;
  return {{"id", r.id},
          {"region_id", r.region_id},
          {"region_name", r.region_name},
          {"year", r.year},
          {"due", r.due},
          {"evaluations", r.evaluations},
          {"opened_at", r.opened_at},
          {"version", r.version},
          {"scoring",
           {{"running", scoring_now},
            {"done", j.done},
            {"total", j.total},
            {"changed", j.changed},
            {"unanswered", j.unanswered},
            {"refused", j.refused},
            {"started_at", j.started_at},
            {"finished_at", j.finished_at},
            {"by", j.by},
            {"by_name", j.by_name}}}};
}

boost::json::object evaluation_json(const Evaluation& e) {
  boost::json::object o{{"id", e.id},
                        {"round_id", e.round_id},
                        {"target_id", e.target_id},
                        {"year", e.year},
                        {"kind", e.kind},
                        {"kind_label", vocabulary("target_kind").label(e.kind)},
                        {"code", e.code},
                        {"name", e.name},
                        {"unit_id", e.unit_id},
                        {"unit_name", e.unit_name},
                        {"department_id", e.department_id},
                        {"department_name", e.department_name},
                        {"region_id", e.region_id},
                        {"status", e.status},
                        {"status_label", status_label(e.status)},
                        {"due", e.due},
                        {"initial_fen", e.initial_fen},
                        {"initial_wan", format_wan(e.initial_fen)},
                        {"budget_fen", e.budget_fen},
                        {"budget_wan", format_wan(e.budget_fen)},
                        {"executed_fen", e.executed_fen},
                        {"executed_wan", format_wan(e.executed_fen)},
                        // R-MON-2: null for a zero budget, never 0% or 100%.
                        {"execution_rate", e.budget_fen ? boost::json::value(format_rate(
                                                              e.executed_fen, e.budget_fen))
                                                        : boost::json::value(nullptr)},
                        {"computed_total", e.computed_total},
                        {"computed_total_text", score_text(e.computed_total)},
                        {"self_total", score_or_null(e.self_total)},
                        {"self_total_text", text_or_null(e.self_total)},
                        {"review_total", score_or_null(e.review_total)},
                        {"review_total_text", text_or_null(e.review_total)},
                        {"grade", e.grade},
                        {"grade_label", vocabulary("grade").label(e.grade)},
                        {"version", e.version},
                        {"submitted_at", e.submitted_at},
                        {"decided_at", e.decided_at},
                        {"updated_at", e.updated_at}};
  o["project_id"] = e.project_id ? boost::json::value(e.project_id) : nullptr;
  return o;
}

boost::json::object view_json(const EvaluationView& v) {
  const auto& e = v.evaluation;
  auto o = evaluation_json(e);
  o["overall_goal"] = e.overall_goal;
  o["goal_achieved"] = e.goal_achieved;
  o["problems"] = e.problems;
  o["improvements"] = e.improvements;
  o["opinion"] = e.opinion;
  o["executed_editable"] = v.executed_editable;
  // R-SE-3 with its inputs.
  o["execution"] = {{"rule", "R-SE-3"},
                    {"weight", e.execution_weight},
                    {"weight_text", score_text(e.execution_weight)},
                    {"score", e.execution_score},
                    {"score_text", score_text(e.execution_score)},
                    {"budget_fen", e.budget_fen},
                    {"executed_fen", e.executed_fen},
                    {"detail", e.execution_detail}};
  boost::json::array indicators;
  for (const auto& i : e.indicators) {
    boost::json::object x{{"position", i.position},
                          {"indicator",
                           {{"category", i.category},
                            {"subcategory", i.subcategory},
                            {"name", i.name},
                            {"comparator", i.comparator},
                            {"comparator_label", vocabulary("comparator").label(i.comparator)},
                            {"value", i.value},
                            {"unit", i.unit},
                            {"direction", i.direction},
                            {"weight", i.weight}}},
                          {"actual_value", i.actual_value},
                          {"not_applicable", i.not_applicable},
                          {"deviation_reason", i.deviation_reason},
                          {"improvement", i.improvement},
                          {"self_score", score_or_null(i.self_score)},
                          {"self_score_reason", i.self_score_reason},
                          {"computed_weight", i.computed_weight},
                          {"computed_weight_text", score_text(i.computed_weight)},
                          {"computed_score", i.computed_score},
                          {"computed_score_text", score_text(i.computed_score)},
                          {"rule", i.rule},
                          {"detail", i.detail},
                          {"needs_reason", i.needs_reason},
                          {"review_score", score_or_null(i.review_score)},
                          {"review_note", i.review_note}};
    if (i.comparator == "qualitative")
      x["band_label"] = vocabulary("self_evaluation_band").label(i.actual_value);
    indicators.push_back(std::move(x));
  }
  o["indicators"] = std::move(indicators);
  // R-SE-5: the bands in percent of an indicator's points, as the region set them.
  const auto& st = v.settings;
  boost::json::array bands;
  const long long floors[] = {st.achieved_floor_percent, st.partly_floor_percent, 0};
  const long long ceilings[] = {100, st.achieved_floor_percent, st.partly_floor_percent};
  const auto& terms = vocabulary("self_evaluation_band").terms();
  for (std::size_t k = 0; k < terms.size() && k < 3; ++k)
    bands.push_back({{"value", terms[k].value},
                     {"label", terms[k].label},
                     {"floor_percent", floors[k]},
                     {"ceiling_percent", ceilings[k]}});
  o["bands"] = std::move(bands);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.push_back(boost::json::value(a));
  o["actions"] = std::move(actions);
  return o;
}

std::vector<IndicatorAnswer> read_answers(const boost::json::value* items) {
  std::vector<IndicatorAnswer> out;
  if (!items) return out;
  if (!items->is_array()) throw invalid("indicators", "指标完成情况应为列表");
  if (items->as_array().size() > 200) throw invalid("indicators", "指标最多 200 项");
  std::size_t n = 0;
  for (const auto& v : items->as_array()) {
    const std::string prefix = "indicators[" + std::to_string(n++) + "]";
    if (!v.is_object()) throw invalid(prefix, "每一项应为对象");
    JsonReader in(v.as_object(), prefix);
    IndicatorAnswer a;
    a.position = in.required_int("position", 0, 199);
    a.actual_value = in.optional_string("actual_value", 200).value_or("");
    a.not_applicable = in.optional_bool("not_applicable").value_or(false);
    a.deviation_reason = in.optional_string("deviation_reason", 2000).value_or("");
    a.improvement = in.optional_string("improvement", 2000).value_or("");
    a.self_score = in.optional_int("self_score", 0, 10000);
    a.self_score_reason = in.optional_string("self_score_reason", 2000).value_or("");
    in.finish();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace jixiao::self_evaluation
