#include "assessment/settings.h"

#include <boost/json.hpp>

#include "base/vocabulary.h"

namespace jixiao::assessment {

Sheet sheet_of(const boost::json::array& rows) {
  // One row an item; consecutive rows of the same aspect make the aspect, its weight the sum of
  // its items' maxima (so the rules page edits one flat table).
  Sheet sheet;
  for (const auto& r : rows) {
    const auto& o = r.as_object();
    const std::string aspect(o.at("aspect").as_string());
    if (sheet.aspects.empty() || sheet.aspects.back().key != aspect)
      sheet.aspects.push_back({aspect, std::string(o.at("aspect_label").as_string()), 0, {}});
    auto& a = sheet.aspects.back();
    a.items.push_back({std::string(o.at("key").as_string()), std::string(o.at("label").as_string()),
                       std::string(o.at("hint").as_string()), rules::hundredths(o.at("max"))});
    a.weight += a.items.back().max;
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
  // Written as people read them (予以支持, 新增项目); the code or the label is accepted.
  static const Vocabulary& conclusions = vocabulary("assessment_conclusion");
  for (const char* grade : {"excellent", "good", "fair", "poor"})
    s.combination.conclusions[grade] =
        conclusions.value_of(ea2.at(std::string(grade) + "_conclusion").as_string())
            .value_or("not_supported");
  s.combination.trim_at_least = rules::hundredths(ea2.at("trim_at_least")) / 100;

  const auto& ea3 = rules.params("R-EA-3");
  // 万元 with two decimals at most → fen.
  s.need.threshold_fen = rules::hundredths(ea3.at("threshold_wan")) * (kFenPerWan / 100);
  static const Vocabulary& categories = vocabulary("project_category");
  for (const auto& c : ea3.at("categories").as_array())
    if (auto code = categories.value_of(c.as_string())) s.need.categories.push_back(*code);

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
