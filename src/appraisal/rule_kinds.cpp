#include "appraisal/rule_kinds.h"

#include <boost/json.hpp>

#include "appraisal/settings.h"
#include "base/error.h"

namespace jixiao::appraisal {

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-AP-1", [](const boost::json::object& p) {
    checked_sheet(p.at("sheet").as_array(), "params.sheet");
    const auto& rule = p.at("not_applicable").as_string();
    if (rule != "rescale" && rule != "zero")
      throw invalid("params.not_applicable",
                    "应为 rescale（不适用的项不参与，其余折算为 100 分）或 zero（记 0 分）");
  });
}

}  // namespace jixiao::appraisal
