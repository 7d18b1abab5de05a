// JSON of the registries' records, as the API answers them.
#pragma once

#include <boost/json/object.hpp>

#include "key_evaluation/registry_model.h"
#include "key_evaluation/registry_service.h"

namespace jixiao::key_evaluation {

boost::json::object agency_year_json(const AgencyYear& y);
// With its years and accounts when detail is set (a single read).
boost::json::object agency_json(const Shown<Agency>& a, bool detail);
boost::json::object expert_json(const Shown<Expert>& e);

}  // namespace jixiao::key_evaluation
