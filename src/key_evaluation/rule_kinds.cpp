#include "key_evaluation/rule_kinds.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "key_evaluation/fee.h"
#include "key_evaluation/quality.h"
#include "key_evaluation/results_settings.h"
#include "key_evaluation/score.h"
#include "key_evaluation/settings.h"

namespace jixiao::key_evaluation {

namespace {

// Each runs after the shape check: the keys are there, numbers are 0 or more with two decimals
// at most.

void check_weights(const boost::json::object& p) { read_weights(p); }

void check_department_sheet(const boost::json::object& p) { read_sheet_parts(p); }

void check_lookback(const boost::json::object& p) { read_lookback_years(p); }

void check_fee(const boost::json::object& p) {
  read_fee_bands(p);
  read_quality_items(p);
}

void check_results_days(const boost::json::object& p) { read_results_days(p); }

}  // namespace

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-KE-1", check_weights);
  kinds.add("R-KE-2", check_department_sheet);
  kinds.add("R-KE-3", check_lookback);
  kinds.add("R-KE-4", check_fee);
  kinds.add("R-RA-1", check_results_days);
}

}  // namespace jixiao::key_evaluation
