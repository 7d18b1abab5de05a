// JSON shapes of projects, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "projects/model.h"

namespace jixiao::projects {

boost::json::object project_json(const Project& p);

}  // namespace jixiao::projects
