// JSON of disclosure items for the office, and of the rates (R-MON-2: "—" is null).
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "disclosure/service.h"

namespace jixiao::disclosure {

boost::json::object item_json(const Disclosure& d, const std::string& today);
boost::json::object view_json(const View& v);
boost::json::object bulk_json(const std::vector<BulkResult>& results);
boost::json::object rates_json(const Rates& r);

}  // namespace jixiao::disclosure
