#include "rules/json.h"

#include <boost/json.hpp>

#include "base/error.h"

namespace jixiao::rules {

namespace {

// The shipped parameters: every effective rule is a shipped one, overridden or not.
const boost::json::object& defaults_of(const std::string& rule_id) {
  const auto* r = find_national_rule(rule_id);
  if (!r) throw not_found("没有这条规则");
  return r->params;
}

}  // namespace

boost::json::object rule_json(const EffectiveRule& r) {
  boost::json::object o;
  o["id"] = r.rule.id;
  o["title"] = r.rule.title;
  o["source"] = r.rule.source;
  o["params"] = r.rule.params;
  o["defaults"] = defaults_of(r.rule.id);
  o["region_id"] = r.region_id ? boost::json::value(r.region_id) : nullptr;
  o["region_name"] = r.region_id ? boost::json::value(r.region_name) : nullptr;
  o["updated_at"] = r.region_id ? boost::json::value(r.updated_at) : nullptr;
  return o;
}

}  // namespace jixiao::rules
