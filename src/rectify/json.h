// The JSON of the findings ledger: list rows, views, statistics.
#pragma once

#include <boost/json/object.hpp>

#include "rectify/service.h"

namespace jixiao::rectify {

boost::json::object finding_json(const Finding& f, const std::string& today);
boost::json::object view_json(const FindingView& v);
boost::json::object statistics_json(const Statistics& st);

}  // namespace jixiao::rectify
