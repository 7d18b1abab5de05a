// JSON shapes of rules, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "rules/model.h"

namespace jixiao::rules {

boost::json::object rule_json(const EffectiveRule& r);

}  // namespace jixiao::rules
