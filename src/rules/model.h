// Rules are data: each rule (an R-… id from RULES.md) has parameters shipped as national defaults
// in data/rules/ and overridden by a region for a fiscal year. Lower regions inherit the nearest
// override above them.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::rules {

struct Rule {
  std::string id;      // "R-TR-2"
  std::string title;   // Chinese, for the UI
  std::string source;  // the citation mark: [national], [practice], [local: …], [jixiao]
  boost::json::object params;
};

// The shipped defaults, in file order.
const std::vector<Rule>& national_rules();
const Rule* find_national_rule(std::string_view id);

// A rule as it applies to one region and year, and where its parameters came from.
struct EffectiveRule {
  Rule rule;
  long long region_id = 0;  // the region whose override applies; 0 for the national default
  std::string region_name;
  std::string updated_at;
};

class RuleSet {
 public:
  RuleSet() = default;
  explicit RuleSet(std::vector<EffectiveRule> rules) : rules_(std::move(rules)) {}
  const std::vector<EffectiveRule>& rules() const { return rules_; }
  // Throws std::out_of_range for a rule that is not shipped.
  const EffectiveRule& get(std::string_view id) const;
  const boost::json::object& params(std::string_view id) const { return get(id).rule.params; }

 private:
  std::vector<EffectiveRule> rules_;
};

// The shipped defaults as a rule set, as they apply where no region set anything.
const RuleSet& national_rule_set();

// Checks a region's parameters against the shipped default of the rule: the same keys with
// values of the same kind, numbers in range. Throws invalid("params.<key>") in Chinese. What a
// rule needs beyond its shape is its kind's check (rules/kinds.h).
void validate_params(const Rule& national, const boost::json::object& params);

// A number parameter in hundredths (60 → 6000, 59.5 → 5950), exactly.
long long hundredths(const boost::json::value& v);

}  // namespace jixiao::rules
