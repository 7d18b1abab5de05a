// The JSON of result application: actions, views, links, the what-if and the summary. Money in
// fen with its 万元 text; rates per R-MON-2 ("—" for a zero denominator).
#pragma once

#include <boost/json/object.hpp>

#include "result_application/service.h"

namespace jixiao::result_application {

boost::json::object action_json(const BudgetAction& a);
boost::json::object view_json(const ActionView& v);
boost::json::object link_json(const repo::Link& l);
boost::json::object suggestion_json(const repo::Suggestion& s);
boost::json::object bands_json(const Bands& b);
boost::json::object what_if_json(const WhatIf& w);
boost::json::object summary_json(const Summary& s);

}  // namespace jixiao::result_application
