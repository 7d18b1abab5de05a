// What the public sees of an item: built from its source when it is published and kept as it
// was (R-DI-1). The target table, the ex-ante conclusion, the self-evaluation table with its
// scores and grade, a key evaluation's summary; never a person's name or number
// (find_personal_data over every text of it).
#pragma once

#include <soci/soci.h>

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "disclosure/model.h"
#include "disclosure/rules.h"

namespace jixiao::disclosure {

// The snapshot of the item as its source stands now; published_at is the time it is published.
boost::json::object build_snapshot(soci::session& s, const Disclosure& d,
                                   const std::string& published_at);

// Every personal datum in the texts of a snapshot (each string checked on its own).
std::vector<PersonalData> snapshot_personal_data(const boost::json::value& snapshot,
                                                 const std::vector<std::string>& names);

}  // namespace jixiao::disclosure
