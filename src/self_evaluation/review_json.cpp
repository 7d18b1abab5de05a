#include "self_evaluation/review_json.h"

#include "base/error.h"
#include "base/money.h"
#include "base/seed.h"
#include "evidence/json.h"
#include "self_evaluation/json.h"
#include "self_evaluation/review_workflow.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

constexpr Reason kReasons[] = {Reason::threshold, Reason::key_project, Reason::key_department,
                               Reason::random};

boost::json::value id_or_null(long long id) {
  return id ? boost::json::value(id) : boost::json::value(nullptr);
}

boost::json::value text_or_null(const std::string& s) {
  return s.empty() ? boost::json::value(nullptr) : boost::json::value(s);
}

boost::json::value score_or_null(const std::optional<long long>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::value score_text_or_null(const std::optional<long long>& v) {
  return v ? boost::json::value(score_text(*v)) : boost::json::value(nullptr);
}

boost::json::array ids_json(const std::vector<long long>& ids) {
  boost::json::array a;
  for (long long id : ids) a.push_back(id);
  return a;
}

boost::json::object tally_json(const Tally& t) {
  return {{"count", t.count},
          {"projects", t.projects},
          {"departments", t.departments},
          {"money_fen", t.money_fen},
          {"money_wan", format_wan(t.money_fen)}};
}

boost::json::value rate_json(const std::optional<Rate>& r) {
  return r ? boost::json::value(coverage_text(r)) : boost::json::value(nullptr);
}

boost::json::object named_json(const review_repo::Named& n) {
  return {{"id", n.id},
          {"code", n.code},
          {"name", n.name},
          {"unit_name", n.unit_name},
          {"department_name", n.department_name}};
}

boost::json::object signal_params_json(const SignalParams& g) {
  return {{"high_score", g.high_score},
          {"high_score_text", score_text(g.high_score)},
          {"low_execution_percent", g.low_execution_percent},
          {"all_at_target_min", g.all_at_target_min},
          {"self_above_computed_weight", g.self_above_computed_weight},
          {"high_score_low_execution_weight", g.high_score_low_execution_weight},
          {"all_at_target_weight", g.all_at_target_weight},
          {"no_evidence_weight", g.no_evidence_weight},
          {"impossible_then_met_weight", g.impossible_then_met_weight}};
}

// The stored JSON text as a value (a summary or signals kept with the row).
boost::json::value parsed(const std::string& text, boost::json::value fallback) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  return ec ? fallback : v;
}

}  // namespace

std::string_view reason_label_of(std::string_view code) {
  for (const Reason r : kReasons)
    if (reason_code(r) == code) return reason_label(r);
  return "";
}

bool is_reason(std::string_view code) { return !reason_label_of(code).empty(); }

boost::json::object params_json(const ReviewPlan& p) {
  const auto& s = p.params;
  return {{"amount_threshold_fen", s.amount_threshold_fen},
          {"amount_threshold_wan", format_wan(s.amount_threshold_fen)},
          {"key_projects", p.key_projects},
          {"key_project_ids", ids_json(s.key_project_ids)},
          {"key_department_ids", ids_json(s.key_department_ids)},
          {"sample_percent", s.sample_percent},
          {"weighted", s.weighted},
          {"seed", static_cast<long long>(s.seed)}};
}

boost::json::object plan_row_json(const ReviewPlan& p) {
  boost::json::object o{{"id", p.id},
                        {"region_id", p.region_id},
                        {"region_name", p.region_name},
                        {"year", p.year},
                        {"status", p.status},
                        {"status_label", plan_workflow().state_label(p.status)},
                        {"params", params_json(p)},
                        {"signal_params", signal_params_json(p.signals)},
                        {"inflated_points", p.inflated_points},
                        {"inflated_points_text", score_text(p.inflated_points)},
                        {"answer_days", p.answer_days},
                        {"rules", {{"sampling", "R-RV-1"}, {"inflation", "R-RV-2"}}},
                        {"created_by_name", p.created_by_name},
                        {"created_at", p.created_at},
                        {"fixed_by_name", p.fixed_by_name},
                        {"fixed_at", text_or_null(p.fixed_at)},
                        {"updated_at", p.updated_at},
                        {"version", p.version}};
  // What the fixed draw covered; null while a draft (its preview says it).
  if (p.fixed_at.empty()) {
    o["coverage"] = nullptr;
  } else {
    o["coverage"] = {{"candidates", p.candidates},
                     {"candidate_fen", p.candidate_fen},
                     {"candidate_wan", format_wan(p.candidate_fen)},
                     {"sampled", p.sampled},
                     {"sampled_fen", p.sampled_fen},
                     {"sampled_wan", format_wan(p.sampled_fen)},
                     {"summary", parsed(p.summary, boost::json::object{})}};
  }
  return o;
}

boost::json::object plan_json(const PlanView& v) {
  auto o = plan_row_json(v.plan);
  boost::json::array projects, departments, actions;
  for (const auto& n : v.key_projects) projects.push_back(named_json(n));
  for (const auto& n : v.key_departments)
    departments.push_back({{"id", n.id}, {"code", n.code}, {"name", n.name}});
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["key_projects"] = std::move(projects);
  o["key_departments"] = std::move(departments);
  o["actions"] = std::move(actions);
  return o;
}

boost::json::object summary_json(const SampleSummary& s) {
  boost::json::array by_reason;
  const Tally* tallies[] = {&s.threshold, &s.key_project, &s.key_department, &s.random};
  for (std::size_t k = 0; k < 4; ++k) {
    auto t = tally_json(*tallies[k]);
    t["reason"] = reason_code(kReasons[k]);
    t["reason_label"] = reason_label(kReasons[k]);
    by_reason.push_back(std::move(t));
  }
  return {{"by_reason", std::move(by_reason)},
          {"chosen", tally_json(s.chosen)},
          {"all", tally_json(s.all)},
          {"rest", tally_json(s.rest)},
          {"random_asked", s.random_asked},
          {"count_coverage", rate_json(s.count_coverage)},
          {"money_coverage", rate_json(s.money_coverage)}};
}

boost::json::object preview_json(const PlanPreview& p) {
  boost::json::array chosen;
  for (const auto& d : p.chosen) {
    const auto& c = d.chosen;
    chosen.push_back({{"evaluation_id", c.evaluation_id},
                      {"project_id", id_or_null(c.project_id)},
                      {"kind", c.project_id ? "project" : "department"},
                      {"code", d.names.code},
                      {"name", d.names.name},
                      {"unit_name", d.names.unit_name},
                      {"department_name", d.names.department_name},
                      {"budget_fen", c.budget_fen},
                      {"budget_wan", format_wan(c.budget_fen)},
                      {"reason", reason_code(c.reason)},
                      {"reason_label", reason_label(c.reason)},
                      {"weight", d.weight},
                      {"signals", signals_json(d.signals)}});
  }
  boost::json::object o{{"plan", plan_row_json(p.plan)},
                        {"summary", summary_json(p.summary)},
                        {"chosen", std::move(chosen)}};
  o["same_as_fixed"] = p.same_as_fixed ? boost::json::value(*p.same_as_fixed) : nullptr;
  return o;
}

boost::json::array signals_json(const std::vector<Signal>& signals) {
  boost::json::array a;
  for (const auto& g : signals)
    a.push_back({{"code", g.code},
                 {"label", g.label},
                 {"detail", g.detail},
                 {"weight", g.weight},
                 {"positions", ids_json(g.positions)}});
  return a;
}

boost::json::object sample_json(const ReviewSample& x) {
  return {{"id", x.id},
          {"plan_id", x.plan_id},
          {"evaluation_id", x.evaluation_id},
          {"kind", x.project_id ? "project" : "department"},
          {"project_id", id_or_null(x.project_id)},
          {"code", x.code},
          {"name", x.name},
          {"unit_id", x.unit_id},
          {"unit_name", x.unit_name},
          {"department_id", x.department_id},
          {"department_name", x.department_name},
          {"region_id", x.region_id},
          {"region_name", x.region_name},
          {"year", x.year},
          {"budget_fen", x.budget_fen},
          {"budget_wan", format_wan(x.budget_fen)},
          {"reason", x.reason},
          {"reason_label", reason_label_of(x.reason)},
          {"weight", x.weight},
          {"signals", parsed(x.signals, boost::json::array{})},
          {"reviewer_id", id_or_null(x.reviewer_id)},
          {"reviewer_name", x.reviewer_name},
          {"assigned_at", text_or_null(x.assigned_at)},
          {"status", x.status},
          {"status_label", sample_workflow().state_label(x.status)},
          {"evaluation_status", x.evaluation_status},
          {"evaluation_status_label", status_label(x.evaluation_status)},
          {"self_total", score_or_null(x.self_total)},
          {"self_total_text", score_text_or_null(x.self_total)},
          {"computed_total", x.computed_total},
          {"computed_total_text", score_text(x.computed_total)},
          {"review_total", score_or_null(x.review_total)},
          {"review_total_text", score_text_or_null(x.review_total)},
          {"inflated", x.inflated},
          {"inflation_detail", x.inflation_detail},
          {"finding_id", id_or_null(x.finding_id)},
          {"document_id", id_or_null(x.document_id)},
          {"document_number", x.document_number},
          {"completed_at", text_or_null(x.completed_at)},
          {"updated_at", x.updated_at},
          {"version", x.version}};
}

boost::json::object sample_view_json(const SampleView& v) {
  auto o = sample_json(v.sample);
  // The evaluation as its form shows it (indicators with the unit's values, its own, jixiao's
  // and the review's scores, the qualitative bands); the actions are the review's.
  auto evaluation = view_json(v.evaluation);
  evaluation.erase("actions");
  o["evaluation"] = std::move(evaluation);
  o["signals_drawn"] = o["signals"];
  o["signals"] = signals_json(v.signals);
  boost::json::array files;
  for (const auto& f : v.evidence) files.push_back(evidence::evidence_json(f));
  o["evidence"] = std::move(files);
  o["evaluation_submitted"] = v.evaluation_submitted;
  o["inflated_points"] = v.inflated_points;
  o["inflated_points_text"] = score_text(v.inflated_points);
  o["inflation_rule"] = "R-RV-2";
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

boost::json::object reviewer_json(const ReviewerChoice& r) {
  const auto role = auth::parse_role(r.role);
  return {{"id", r.id},
          {"display_name", r.display_name},
          {"role", r.role},
          {"role_label", role ? auth::role_label(*role) : std::string_view(r.role)}};
}

namespace {

std::optional<std::vector<long long>> read_ids(JsonReader& r, const char* key) {
  const auto* v = r.value(key);
  if (!v) return std::nullopt;
  if (!v->is_array()) throw invalid(key, "应为列表");
  if (v->as_array().size() > 1000) throw invalid(key, "最多 1000 项");
  std::vector<long long> out;
  std::size_t n = 0;
  for (const auto& x : v->as_array()) {
    const std::string field = std::string(key) + "[" + std::to_string(n++) + "]";
    if (!x.is_int64() || x.as_int64() < 1) throw invalid(field, "应为正整数");
    out.push_back(x.as_int64());
  }
  return out;
}

}  // namespace

PlanInput read_plan_input(JsonReader& r) {
  PlanInput in;
  in.amount_threshold_fen =
      r.optional_int("amount_threshold_fen", 0, 100'000'000'000'000LL);  // 1 万亿元
  in.key_projects = r.optional_bool("key_projects");
  in.key_project_ids = read_ids(r, "key_project_ids");
  in.key_department_ids = read_ids(r, "key_department_ids");
  in.sample_percent = r.optional_int("sample_percent", 0, 100);
  in.weighted = r.optional_bool("weighted");
  in.seed = r.optional_int("seed", 0, kMaxSeed);
  return in;
}

std::vector<ReviewScoreInput> read_review_scores(const boost::json::value* items) {
  std::vector<ReviewScoreInput> out;
  if (!items) return out;
  if (!items->is_array()) throw invalid("indicators", "复核评分应为列表");
  if (items->as_array().size() > 200) throw invalid("indicators", "指标最多 200 项");
  std::size_t n = 0;
  for (const auto& v : items->as_array()) {
    const std::string prefix = "indicators[" + std::to_string(n++) + "]";
    if (!v.is_object()) throw invalid(prefix, "每一项应为对象");
    JsonReader in(v.as_object(), prefix);
    ReviewScoreInput s;
    s.position = in.required_int("position", 0, 199);
    // The range is the indicator's points, which the service knows: it names the field.
    s.review_score = in.optional_int("review_score", -1'000'000, 1'000'000);
    s.review_note = in.optional_string("review_note", 2000).value_or("");
    in.finish();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace jixiao::self_evaluation
