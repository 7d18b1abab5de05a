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

}  // namespace jixiao::org::repo
