// JSON shapes of the home page's statistics and the to-do list.
#pragma once

#include <boost/json/object.hpp>

#include "reports/model.h"
#include "workflow/search.h"

namespace jixiao::reports {

boost::json::object statistics_json(const ProjectStatistics& st);
boost::json::object todo_json(const Todo& t);
boost::json::object found_json(const workflow::Found& f);

}  // namespace jixiao::reports
