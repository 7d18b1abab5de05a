#include "key_evaluation/score.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "base/error.h"
#include "base/json.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kHundred = 10000;          // 100 points in hundredths
constexpr long long kOutputBenefitMin = 6000;  // R-KE-1: output + benefit ≥ 60 %

std::string points_key(Part p) { return std::string(part_code(p)) + "_points"; }

std::string part_at(std::size_t i, const char* key) {
  return "params.parts[" + std::to_string(i) + "]." + key;
}

bool is_code(std::string_view c) {
  return !c.empty() && c.size() <= 40 && std::ranges::all_of(c, [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}

}  // namespace

std::string_view part_code(Part p) {
  switch (p) {
    case Part::decision:
      return "decision";
    case Part::process:
      return "process";
    case Part::output:
      return "output";
    case Part::benefit:
      return "benefit";
  }
  return "";
}

std::string_view part_label(Part p) {
  switch (p) {
    case Part::decision:
      return "决策";
    case Part::process:
      return "过程";
    case Part::output:
      return "产出";
    case Part::benefit:
      return "效益";
  }
  return "";
}

Weights read_weights(const boost::json::object& params) {
  Weights w;
  long long sum = 0;
  for (const Part p : kParts) {
    const std::string key = points_key(p);
    const long long h = rules::hundredths(params.at(key));
    if (h > kHundred)
      throw invalid("params." + key, std::string(part_label(p)) + "的分值应在 0 到 100 分之间");
    w.points[static_cast<std::size_t>(p)] = h;
    sum += h;
  }
  if (sum != kHundred)
    throw invalid("params", "决策、过程、产出和效益的分值合计必须为 100 分，现为 " +
                                targets::points(sum) + " 分");
  const long long output_benefit = w.of(Part::output) + w.of(Part::benefit);
  if (output_benefit < kOutputBenefitMin)
    throw invalid("params.output_points", "产出和效益的分值合计不得低于 60 分，现为 " +
                                              targets::points(output_benefit) + " 分");
  return w;
}

std::vector<SheetPart> read_sheet_parts(const boost::json::object& params) {
  const auto& given = params.at("parts").as_array();
  if (given.empty()) throw invalid("params.parts", "评分表至少应有一项");
  std::vector<SheetPart> out;
  std::set<std::string> codes;
  long long sum = 0;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto& o = given[i].as_object();
    SheetPart part{std::string(o.at("code").as_string()), std::string(o.at("label").as_string()),
                   rules::hundredths(o.at("points"))};
    if (!is_code(part.code))
      throw invalid(part_at(i, "code"),
                    "评分内容编码只能由小写字母、数字和下划线组成，最多 40 个字符");
    if (!codes.insert(part.code).second)
      throw invalid(part_at(i, "code"), "评分内容编码“" + part.code + "”重复");
    if (part.label.empty()) throw invalid(part_at(i, "label"), "评分内容名称不能为空");
    if (part.weight <= 0 || part.weight > kHundred)
      throw invalid(part_at(i, "points"), "“" + part.label + "”的分值应大于 0、不超过 100 分");
    sum += part.weight;
    out.push_back(std::move(part));
  }
  if (sum != kHundred)
    throw invalid("params.parts",
                  "评分表各项分值合计必须为 100 分，现为 " + targets::points(sum) + " 分");
  return out;
}

ScoreSettings score_settings(const rules::RuleSet& rules) {
  ScoreSettings s;
  s.weights = read_weights(rules.params("R-KE-1"));
  s.department_parts = read_sheet_parts(rules.params("R-KE-2"));
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: the grades every stage shares.
  const auto& gr1 = rules.params("R-GR-1");
  s.grades.excellent = rules::hundredths(gr1.at("excellent"));
  s.grades.good = rules::hundredths(gr1.at("good"));
  s.grades.fair = rules::hundredths(gr1.at("fair"));
  return s;
}

const ScoreSettings& national_score_settings() {
  static const ScoreSettings s = score_settings(rules::national_rule_set());
  return s;
}

ScoreSheetDef score_sheet_for(std::string_view kind, const ScoreSettings& settings) {
  ScoreSheetDef def;
  if (kind == "department") {
    def.parts = settings.department_parts;
    def.rule = "R-KE-2";
    return def;
  }
  // A policy's sheet weighs the same parts as R-KE-1 under the names policy evaluations use.
  static constexpr std::array<std::string_view, 4> kPolicy{"政策决策", "政策执行", "政策产出",
                                                           "政策效益"};
  for (const Part p : kParts) {
    const auto k = static_cast<std::size_t>(p);
    def.parts.push_back({std::string(part_code(p)),
                         std::string(kind == "policy" ? kPolicy[k] : part_label(p)),
                         settings.weights.of(p)});
  }
  return def;
}

ExpertSheet check_score_sheet(const boost::json::value& scores, const ScoreSheetDef& def,
                              const std::string& at) {
  const std::string base = at + ".scores";
  if (!scores.is_object())
    throw invalid(base, "评分应为各评分内容的得分，如 {\"" + def.parts.front().code + "\": 18}");
  const auto& given = scores.as_object();
  for (const auto& [code, value] : given)
    if (std::ranges::none_of(def.parts, [&](const SheetPart& p) { return p.code == code; }))
      throw invalid(base + "." + std::string(code), "该评价的评分表没有这一项（" + def.rule + "）");
  ExpertSheet sheet;
  for (const auto& part : def.parts) {
    const std::string field = base + "." + part.code;
    const auto* v = given.if_contains(part.code);
    if (!v || v->is_null()) throw invalid(field, "缺少“" + part.label + "”的得分");
    const auto h = v->is_number() ? scaled_number(*v, 2) : std::nullopt;
    if (!h || *h < 0 || *h > part.weight)
      throw invalid(field, "“" + part.label + "”的得分应为 0 到 " + targets::points(part.weight) +
                               " 分之间、最多两位小数的数字（" + def.rule + "）");
    sheet.scores.push_back(*h);
  }
  return sheet;
}

ExpertSheet stored_sheet(const std::string& scores_json, const ScoreSheetDef& def) {
  const auto v = boost::json::parse(scores_json);
  ExpertSheet sheet;
  for (const auto& part : def.parts) {
    const auto* h = v.is_object() ? v.as_object().if_contains(part.code) : nullptr;
    sheet.scores.push_back(h && h->is_int64() ? h->as_int64() : 0);
  }
  return sheet;
}

std::string stored_json(const ExpertSheet& sheet, const ScoreSheetDef& def) {
  boost::json::object o;
  for (std::size_t k = 0; k < def.parts.size() && k < sheet.scores.size(); ++k)
    o[def.parts[k].code] = sheet.scores[k];
  return boost::json::serialize(o);
}

EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets, const ScoreSheetDef& def,
                                 const targets::GradeBands& grades) {
  if (sheets.empty()) throw invalid("sheets", "至少需要一位专家的评分");
  EvaluationScore r;
  r.rule = def.rule;
  std::string working;
  for (std::size_t k = 0; k < def.parts.size(); ++k) {
    const auto& part = def.parts[k];
    long long sum = 0;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      const long long s = k < sheets[i].scores.size() ? sheets[i].scores[k] : -1;
      if (s < 0 || s > part.weight)
        throw invalid("sheets[" + std::to_string(i) + "]." + part.code,
                      part.label + "得分应在 0 到 " + targets::points(part.weight) +
                          " 分之间，现为 " +
                          (s < 0 && k >= sheets[i].scores.size() ? std::string("空")
                                                                 : targets::points(s) + " 分"));
      sum += s;
    }
    // The experts' mean, half up to the hundredth (R-MON-3); scores are never negative.
    const auto n = static_cast<long long>(sheets.size());
    const long long mean = (2 * sum + n) / (2 * n);
    r.parts.push_back({part.code, part.label, part.weight, mean});
    r.total += mean;
    working += std::string(working.empty() ? "" : "，") + part.label + " " + targets::points(mean) +
               "/" + targets::points(part.weight);
  }
  r.grade = targets::grade_of(r.total, grades);
  const std::string experts =
      sheets.size() == 1 ? "专家评分" : std::to_string(sheets.size()) + " 位专家评分的平均";
  r.detail = experts + "：" + working + "，合计 " + targets::points(r.total) + " 分，等级“" +
             std::string(targets::grade_label(r.grade)) + "”（" + def.rule + "、R-GR-1）";
  return r;
}

EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets,
                                 const ScoreSettings& settings) {
  return score_evaluation(sheets, score_sheet_for("project", settings), settings.grades);
}

}  // namespace jixiao::key_evaluation
