#include "targets/settings.h"

#include <boost/json.hpp>

#include "targets/json.h"

namespace jixiao::targets {

namespace {

int whole(const boost::json::value& v) { return static_cast<int>(rules::hundredths(v) / 100); }

}  // namespace

TargetSettings target_settings(const rules::RuleSet& rules) {
  TargetSettings s;
  const auto& framework = rules.params("R-IND-1").at("framework").as_string();
  s.framework = library::find_framework(std::string_view(framework));
  if (!s.framework) s.framework = &library::latest_framework();

  const auto& ind4 = rules.params("R-IND-4");
  s.lint.min_indicators = whole(ind4.at("min_indicators"));
  for (const auto& p : ind4.at("vague_phrases").as_array())
    s.lint.vague_phrases.emplace_back(p.as_string());
  for (const auto& p : ind4.at("input_phrases").as_array())
    s.lint.input_phrases.emplace_back(p.as_string());
  // Values are scaled by 10^4 (targets/value.h): 80 → 800000.
  s.lint.satisfaction_floor =
      rules::hundredths(rules.params("R-IND-5").at("satisfaction_floor")) * 100;
  const auto& lint1 = rules.params("R-LINT-1");
  s.lint.max_per_subcategory = whole(lint1.at("max_per_subcategory"));
  s.lint.max_goal_chars = whole(lint1.at("max_goal_chars"));

  const auto& tr2 = rules.get("R-TR-2");
  s.sheet.items.clear();
  for (const auto& item : tr2.rule.params.at("sheet").as_array()) {
    const auto& o = item.as_object();
    s.sheet.items.push_back(
        {std::string(o.at("key").as_string()), std::string(o.at("label").as_string()),
         std::string(o.at("hint").as_string()), rules::hundredths(o.at("max"))});
  }
  s.sheet.pass_mark = rules::hundredths(tr2.rule.params.at("pass_mark"));
  s.sheet_source = tr2.region_id ? tr2.region_name + "设定" : tr2.rule.source;

  const auto& gr1 = rules.params("R-GR-1");
  s.bands.excellent = rules::hundredths(gr1.at("excellent"));
  s.bands.good = rules::hundredths(gr1.at("good"));
  s.bands.fair = rules::hundredths(gr1.at("fair"));
  return s;
}

boost::json::object bands_json(const GradeBands& bands) {
  return {{"rule", "R-GR-1"},
          {"excellent", points(bands.excellent)},
          {"good", points(bands.good)},
          {"fair", points(bands.fair)}};
}

const TargetSettings& national_target_settings() {
  static const TargetSettings s = target_settings(rules::national_rule_set());
  return s;
}

}  // namespace jixiao::targets
