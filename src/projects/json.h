// JSON shapes of projects, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include <vector>

#include "projects/gate.h"
#include "projects/model.h"

namespace jixiao::projects {

boost::json::object project_json(const Project& p);
// {"ready": all met, "conditions": [{key, rule, label, met, detail, link}]}.
boost::json::object gate_json(const std::vector<GateCondition>& conditions);

}  // namespace jixiao::projects
