#include "annual_report/rule_kinds.h"

#include <boost/json.hpp>

#include "annual_report/sources.h"
#include "base/error.h"

namespace jixiao::annual_report {

void register_rule_kinds(rules::RuleKinds& kinds) {
  // R-RPT-1: every section's offset a whole number of years between −2 and 2 ("-1", "+1").
  kinds.add("R-RPT-1", [](const boost::json::object& p) {
    for (const auto& k : known_sections()) {
      const auto* v = p.if_contains(k.section);
      if (!v || !v->is_string() || !parse_offset(v->as_string()))
        throw invalid("params." + k.section, k.label + "的年度偏移应为 -2 到 +2 的整数");
    }
  });
}

}  // namespace jixiao::annual_report
