#include "rules/kinds.h"

#include <stdexcept>

namespace jixiao::rules {

void RuleKinds::add(std::string rule_id, ParamsValidator validator) {
  if (!validator) throw std::logic_error("no validator for rule " + rule_id);
  const auto [it, added] = validators_.emplace(std::move(rule_id), std::move(validator));
  if (!added) throw std::logic_error("rule " + it->first + " registered twice");
}

void RuleKinds::validate(const Rule& national, const boost::json::object& params) const {
  validate_params(national, params);
  if (const auto it = validators_.find(national.id); it != validators_.end()) it->second(params);
}

}  // namespace jixiao::rules
