// JSON shapes of the organisation, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "org/model.h"
#include "org/service.h"

namespace jixiao::org {

boost::json::object region_json(const Region& r);
boost::json::object bureau_json(const Bureau& b);
boost::json::object section_json(const Section& s);
boost::json::object unit_json(const Unit& u);
boost::json::object fiscal_year_json(const FiscalYear& y);
// A region with its bureau and sections.
boost::json::object detail_json(const RegionDetail& d);

}  // namespace jixiao::org
