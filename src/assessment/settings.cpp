#include "assessment/settings.h"

#include <boost/json.hpp>

namespace jixiao::assessment {

Sheet sheet_of(const boost::json::array& aspects) {
  Sheet sheet;
  for (const auto& a : aspects) {
    const auto& o = a.as_object();
    Aspect aspect{std::string(o.at("key").as_string()),
                  std::string(o.at("label").as_string()),
                  rules::hundredths(o.at("weight")),
                  {}};
    for (const auto& i : o.at("items").as_array()) {
      const auto& item = i.as_object();
      aspect.items.push_back(
          {std::string(item.at("key").as_string()), std::string(item.at("label").as_string()),
           std::string(item.at("hint").as_string()), rules::hundredths(item.at("max"))});
    }
    sheet.aspects.push_back(std::move(aspect));
  }
  return sheet;
}

AssessmentSettings assessment_settings(const rules::RuleSet& rules) {
  AssessmentSettings s;
  const auto& ea1 = rules.get("R-EA-1");
  s.project_sheet = sheet_of(ea1.rule.params.at("project").as_array());
  s.policy_sheet = sheet_of(ea1.rule.params.at("policy").as_array());
  s.sheet_source = ea1.region_id ? ea1.region_name + "设定" : ea1.rule.source;

  const auto& ea2 = rules.params("R-EA-2");
  for (const auto& [grade, conclusion] : ea2.at("conclusions").as_object())
    s.combination.conclusions[std::string(grade)] = std::string(conclusion.as_string());
  s.combination.trim_at_least = rules::hundredths(ea2.at("trim_at_least")) / 100;

  const auto& ea3 = rules.params("R-EA-3");
  // 万元 with two decimals at most → fen.
  s.need.threshold_fen = rules::hundredths(ea3.at("threshold_wan")) * (kFenPerWan / 100);
  for (const auto& c : ea3.at("categories").as_array())
    s.need.categories.emplace_back(c.as_string());

  const auto& gr1 = rules.params("R-GR-1");
  s.bands.excellent = rules::hundredths(gr1.at("excellent"));
  s.bands.good = rules::hundredths(gr1.at("good"));
  s.bands.fair = rules::hundredths(gr1.at("fair"));
  return s;
}

const AssessmentSettings& national_assessment_settings() {
  static const AssessmentSettings s = assessment_settings(rules::national_rule_set());
  return s;
}

}  // namespace jixiao::assessment
