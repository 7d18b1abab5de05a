#include "assessment/json.h"

#include <boost/json.hpp>

#include "assessment/workflow.h"
#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "projects/model.h"
#include "targets/json.h"
#include "targets/settings.h"
#include "targets/workflow.h"

namespace jixiao::assessment {

namespace {

boost::json::value score_or_null(long long h) {
  if (h < 0) return nullptr;
  return boost::json::value(targets::points(h));
}

boost::json::array items_json(const std::vector<ItemScore>& items) {
  boost::json::array out;
  for (const auto& i : items) out.push_back({{"key", i.key}, {"score", targets::points(i.score)}});
  return out;
}

}  // namespace

boost::json::object assessment_json(const Assessment& a) {
  return {{"id", a.id},
          {"region_id", a.region_id},
          {"year", a.year},
          {"project_id", a.project_id},
          {"project_code", a.project_code},
          {"project_name", a.project_name},
          {"project_category", a.project_category},
          {"project_category_label", vocabulary("project_category").label(a.project_category)},
          {"project_amount_fen", a.project_amount_fen},
          {"unit_id", a.unit_id},
          {"unit_name", a.unit_name},
          {"department_id", a.department_id},
          {"department_name", a.department_name},
          {"kind", a.kind},
          {"kind_label", kind_label(a.kind)},
          {"level", a.level},
          {"level_label", level_label(a.level)},
          {"status", a.status},
          {"status_label", status_label(a.status)},
          {"amount_fen", a.amount_fen},
          {"amount_wan", format_wan(a.amount_fen)},
          {"self_score", score_or_null(a.self_score)},
          {"key_score", score_or_null(a.key_score)},
          {"final_score", score_or_null(a.final_score)},
          {"grade", a.grade},
          {"grade_label", a.grade.empty() ? "" : targets::grade_label(a.grade)},
          {"conclusion", a.conclusion},
          {"conclusion_label", conclusion_label(a.conclusion)},
          {"suggested_amount_fen",
           a.suggested_amount_fen >= 0 ? boost::json::value(a.suggested_amount_fen) : nullptr},
          {"suggested_target_changes", a.suggested_target_changes},
          {"suggestions_accepted", a.suggestions_accepted},
          {"suggestions_accepted_at", a.suggestions_accepted_at},
          {"version", a.version},
          {"submitted_at", a.submitted_at},
          {"concluded_at", a.concluded_at},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

boost::json::object sheet_json(const Sheet& sheet, const std::string& kind,
                               const std::string& source) {
  boost::json::array aspects;
  for (const auto& a : sheet.aspects) {
    boost::json::array items;
    for (const auto& i : a.items)
      items.push_back({{"key", a.key + "." + i.key},
                       {"label", i.label},
                       {"hint", i.hint},
                       {"max", targets::points(i.max)}});
    aspects.push_back({{"key", a.key},
                       {"label", a.label},
                       {"weight", targets::points(a.weight)},
                       {"items", std::move(items)}});
  }
  return {{"rule", "R-EA-1"}, {"kind", kind}, {"source", source}, {"aspects", std::move(aspects)}};
}

boost::json::object view_json(const AssessmentView& v) {
  auto o = assessment_json(v.assessment);
  o["self_report"] = v.assessment.self_report;
  o["opinion"] = v.assessment.opinion;
  o["sheet"] =
      sheet_json(v.settings.sheet(v.assessment.kind), v.assessment.kind, v.settings.sheet_source);
  o["bands"] = targets::bands_json(v.settings.bands);
  boost::json::object mapping;
  for (const auto& [grade, conclusion] : v.settings.combination.conclusions)
    mapping[grade] = conclusion;
  o["conclusions"] = {{"rule", "R-EA-2"},
                      {"by_grade", std::move(mapping)},
                      {"trim_at_least", v.settings.combination.trim_at_least}};
  o["self_items"] = items_json(v.self_items);
  boost::json::array scorers;
  for (const auto& c : v.scorers)
    scorers.push_back({{"scorer_id", c.scorer_id},
                       {"scorer_name", c.scorer_name},
                       {"scorer_role", c.scorer_role},
                       {"scorer_role_label", auth::role_label(*auth::parse_role(c.scorer_role))},
                       {"total", score_or_null(c.total)},
                       {"opinion", c.opinion},
                       {"submitted", !c.submitted_at.empty()},
                       {"submitted_at", c.submitted_at},
                       {"items", items_json(c.items)}});
  o["scorers"] = std::move(scorers);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.push_back(boost::json::value(a));
  o["actions"] = std::move(actions);
  o["target_id"] = v.target_id;
  o["target_status"] = v.target_status;
  o["target_status_label"] = v.target_status.empty() ? "" : targets::status_label(v.target_status);
  return o;
}

boost::json::object need_json(const NeedView& v) {
  boost::json::array reasons;
  for (const auto& r : v.answer.reasons) reasons.push_back(boost::json::value(r));
  boost::json::object o{{"project_id", v.project_id},
                        {"rule", "R-EA-3"},
                        {"needed", v.answer.needed},
                        {"reasons", std::move(reasons)},
                        {"major", v.major.has_value()},
                        {"assessment_id", v.assessment_id ? boost::json::value(v.assessment_id)
                                                          : boost::json::value(nullptr)},
                        {"assessment_status", v.assessment_status},
                        {"assessment_status_label", status_label(v.assessment_status)},
                        {"conclusion", v.conclusion},
                        {"conclusion_label", conclusion_label(v.conclusion)}};
  if (v.major)
    o["major_mark"] = {{"marked_by_name", v.major->marked_by_name},
                       {"reason", v.major->reason},
                       {"marked_at", v.major->marked_at}};
  return o;
}

boost::json::object statistics_json(const Statistics& st) {
  long long count = 0, concluded = 0, supported = 0;
  Fen amount = 0, kept_out = 0;
  std::map<std::string, std::pair<long long, Fen>> by_level, by_conclusion, by_grade, by_status;
  for (const auto& r : st.rows) {
    count += r.assessments;
    amount += r.amount_fen;
    kept_out += r.kept_out_fen;
    auto add = [&](auto& m, const std::string& k) {
      m[k].first += r.assessments;
      m[k].second += r.amount_fen;
    };
    add(by_level, r.level);
    add(by_status, r.status);
    if (r.status == "concluded") {
      concluded += r.assessments;
      if (r.conclusion != "not_supported") supported += r.assessments;
      add(by_conclusion, r.conclusion);
      add(by_grade, r.grade);
    }
  }
  auto group = [](const auto& m, auto label) {
    boost::json::array out;
    for (const auto& [k, v] : m)
      out.push_back({{"key", k},
                     {"label", label(k)},
                     {"count", v.first},
                     {"amount_fen", v.second},
                     {"amount_wan", format_wan(v.second)}});
    return out;
  };
  return {
      {"year", st.year},
      {"count", count},
      {"amount_fen", amount},
      {"amount_wan", format_wan(amount)},
      {"concluded", concluded},
      {"supported", supported},
      // R-MON-2: a share of nothing is "—".
      {"supported_rate", format_rate(supported, concluded)},
      {"kept_out_fen", kept_out},
      {"kept_out_wan", format_wan(kept_out)},
      {"by_level", group(by_level, [](const std::string& k) { return level_label(k); })},
      {"by_status", group(by_status, [](const std::string& k) { return status_label(k); })},
      {"by_conclusion",
       group(by_conclusion, [](const std::string& k) { return conclusion_label(k); })},
      {"by_grade", group(by_grade, [](const std::string& k) { return targets::grade_label(k); })}};
}

std::vector<ItemInput> read_items(const boost::json::value* items) {
  if (!items || !items->is_array()) throw invalid("items", "请按评分表逐项填写得分");
  const auto& a = items->as_array();
  if (a.size() > 200) throw invalid("items", "评分项过多");
  std::vector<ItemInput> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    if (!a[i].is_object()) throw invalid(at, "每一项应为 {key, score}");
    JsonReader in(a[i].as_object(), at);
    ItemInput item;
    item.key = in.required_string("key", 60);
    if (const auto* v = in.value("score")) {
      // R-MON-3: exact, two decimals at most.
      item.score = targets::read_points(*v, at + ".score");
    }
    in.finish();
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace jixiao::assessment
