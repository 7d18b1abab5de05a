#include "result_application/rule_kinds.h"

#include "result_application/rules.h"

namespace jixiao::result_application {

void register_rule_kinds(rules::RuleKinds& kinds) {
  // Runs after the shape check: every key an action, the cut a percentage (R-RA-2).
  kinds.add("R-RA-2", [](const boost::json::object& params) { read_bands(params); });
}

}  // namespace jixiao::result_application
