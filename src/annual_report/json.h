// The annual report's figures as JSON (money in fen and as 万元 text) and the rows as CSV.
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "annual_report/model.h"
#include "annual_report/service.h"

namespace jixiao::annual_report {

boost::json::object amount_json(const Amount& a, bool money);
boost::json::object figure_json(const Figure& f);
boost::json::object figure_set_json(const FigureSet& set);
boost::json::object funnel_json(const FunnelView& v);
boost::json::object rows_json(const RowsPage& page);
// Every row with Chinese headers, money in 万元, a UTF-8 BOM; a last line with the total.
std::string rows_csv(const RowsPage& page, bool money);

}  // namespace jixiao::annual_report
