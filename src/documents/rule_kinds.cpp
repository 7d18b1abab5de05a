#include "documents/rule_kinds.h"

#include "base/error.h"
#include "documents/kinds.h"
#include "documents/numbering.h"

namespace jixiao::documents {

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-DOC-1", [](const boost::json::object& params) {
    for (const auto& k : kKinds) {
      const std::string key(k.number_param);
      if (!numbers_apart(params.at(key).as_string()))
        throw invalid("params." + key,
                      std::string(k.label) + "的文号须含 {年度} 和 {序号}，才能区分每份公文");
    }
  });
}

}  // namespace jixiao::documents
