// Rule kinds: what a rule's parameters must satisfy beyond the shape of its shipped defaults
// (a sheet adds up to 100, bands fall). Each stage registers the rules it reads while the app is
// wired, so rules/ knows no stage and a new stage adds its rules without touching this folder.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "rules/model.h"

namespace jixiao::rules {

// Throws invalid("params…") in Chinese when the parameters make no sense for the rule.
using ParamsValidator = std::function<void(const boost::json::object& params)>;

class RuleKinds {
 public:
  // Throws std::logic_error when the rule already has a validator: two stages claiming one rule
  // is a wiring mistake, not something to settle by order.
  void add(std::string rule_id, ParamsValidator validator);
  bool has(std::string_view rule_id) const { return validators_.contains(rule_id); }

  // The shape check against the shipped defaults (every rule), then the rule's own validator
  // when one is registered.
  void validate(const Rule& national, const boost::json::object& params) const;

 private:
  std::map<std::string, ParamsValidator, std::less<>> validators_;
};

}  // namespace jixiao::rules
