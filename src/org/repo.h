// SQL for the organisation tables.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "auth/model.h"
#include "org/model.h"

namespace jixiao::org::repo {

std::optional<Unit> find_unit(soci::session& s, long long id);
std::optional<Unit> find_unit_by_code(soci::session& s, long long region_id,
                                      const std::string& code);
std::optional<Region> find_region(soci::session& s, long long id);
// Does the scope include this unit?
bool unit_in_scope(soci::session& s, long long unit_id, const auth::DataScope& scope);
// Is the fiscal year open for this region?
bool fiscal_year_open(soci::session& s, long long region_id, long long year);

}  // namespace jixiao::org::repo
