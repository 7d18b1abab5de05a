// Rule sets per region and year: what applies, where it came from, and a region's changes.
#pragma once

#include <string>
#include <string_view>

#include "auth/model.h"
#include "db/database.h"
#include "rules/kinds.h"
#include "rules/model.h"

namespace jixiao::rules {

// The rule set of a region for a year, inside the caller's session: each rule's parameters come
// from the nearest region on the path to the root that set them, else the national default.
RuleSet effective_rules(soci::session& s, long long region_id, long long year);

// Whether the budget gate asks for one condition ("target_review", "ex_ante", "budget_review")
// in a region and year (R-BG-1 [jixiao]: a region setting per year).
bool budget_gate_requires(soci::session& s, long long region_id, long long year,
                          std::string_view condition);

class RuleService {
 public:
  explicit RuleService(db::Database& db) : db_(db) {}

  // The checks of each rule's parameters; stages register theirs while the app is wired.
  RuleKinds& kinds() { return kinds_; }

  // The rules that apply to the caller's region.
  RuleSet list(const auth::Principal& me, long long year);
  // Sets the caller's region's parameters of a rule (performance office or administrator of
  // the region; audited). Returns the rule as it now applies.
  EffectiveRule update(const auth::Principal& me, long long year, const std::string& rule_id,
                       const boost::json::object& params);
  // Drops the region's parameters so that the inherited ones apply again.
  EffectiveRule reset(const auth::Principal& me, long long year, const std::string& rule_id);

 private:
  db::Database& db_;
  RuleKinds kinds_;
};

}  // namespace jixiao::rules
