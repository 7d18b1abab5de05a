// Writes of the organisation for loads (`jixiao demo`, `bench-data`): rows carry the time given,
// so that every generated database is identical.
#pragma once

#include <soci/soci.h>

#include <string>

#include "org/model.h"

namespace jixiao::org::repo {

// Does the database hold any region?
bool has_regions(soci::session& s);
long long insert_bureau(soci::session& s, const Bureau& b, const std::string& at);
long long insert_section(soci::session& s, const Section& sec, const std::string& at);
// A department (heading its own tree) in the charge of a business section.
long long insert_department(soci::session& s, long long region_id, long long section_id,
                            const std::string& code, const std::string& name,
                            const std::string& at);
// A unit directly under a department.
long long insert_department_unit(soci::session& s, long long region_id, long long department_id,
                                 const std::string& code, const std::string& name,
                                 const std::string& at);

}  // namespace jixiao::org::repo
