#include "budget_review/rule_kinds.h"

#include <boost/json.hpp>
#include <set>
#include <string>

#include "base/error.h"

namespace jixiao::budget_review {

void register_rule_kinds(rules::RuleKinds& kinds) {
  // Runs after the shape check: the keys are there, the reasons are objects of two texts.
  kinds.add("R-BR-1", [](const boost::json::object& params) {
    std::set<std::string> codes, labels;
    std::size_t i = 0;
    for (const auto& item : params.at("reasons").as_array()) {
      const auto& o = item.as_object();
      const std::string field = "params.reasons[" + std::to_string(i++) + "]";
      const std::string code(o.at("code").as_string());
      for (char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
          throw invalid(field + ".code", "原因编码只能包含小写字母、数字和下划线");
      if (!codes.insert(code).second) throw invalid(field + ".code", "原因编码重复");
      if (!labels.insert(std::string(o.at("label").as_string())).second)
        throw invalid(field + ".label", "原因名称重复");
    }
  });
}

}  // namespace jixiao::budget_review
