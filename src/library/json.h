// JSON shapes of the indicator library and target cases, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "library/framework.h"
#include "library/model.h"

namespace jixiao::library {

boost::json::object indicator_json(const LibraryIndicator& i);
boost::json::object case_json(const TargetCase& c, bool with_indicators);
boost::json::object framework_json(const Framework& f);

}  // namespace jixiao::library
