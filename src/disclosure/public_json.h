// The open data of the public portal as JSON and as CSV (docs/OPEN_DATA.md documents both): the
// same rows either way, the CSV with a UTF-8 BOM and Chinese headers for spreadsheets.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "base/csv.h"
#include "disclosure/public_service.h"

namespace jixiao::disclosure {

boost::json::array regions_json(const std::vector<public_repo::Region>& rows);
std::string regions_csv(const std::vector<public_repo::Region>& rows);

boost::json::array departments_json(const std::vector<public_repo::Department>& rows);
std::string departments_csv(const std::vector<public_repo::Department>& rows);

boost::json::array subjects_json(const std::vector<public_repo::Subject>& rows);
std::string subjects_csv(const std::vector<public_repo::Subject>& rows);

boost::json::object project_json(const ProjectPage& p);
// One line per indicator of each item (an item without indicators: one line of its own).
std::string project_csv(const ProjectPage& p);

}  // namespace jixiao::disclosure
