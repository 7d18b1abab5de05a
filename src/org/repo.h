// SQL for the organisation tables. Scope is decided by the service and passed in.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "auth/model.h"
#include "org/model.h"

namespace jixiao::org::repo {

// Units
std::optional<Unit> find_unit(soci::session& s, long long id);
std::optional<Unit> find_unit_by_code(soci::session& s, long long region_id,
                                      const std::string& code);
// Does the scope include this unit?
bool unit_in_scope(soci::session& s, long long unit_id, const auth::DataScope& scope);
// Up to filter.limit + 1 rows (the extra one says another page exists), ordered by code, id.
std::vector<Unit> list_units(soci::session& s, const UnitFilter& filter,
                             const auth::DataScope& scope);
long long count_units(soci::session& s, const UnitFilter& filter, const auth::DataScope& scope);
long long insert_unit(soci::session& s, const Unit& u);  // sets path from parent's path and id
bool update_unit(soci::session& s, const Unit& u, long long expected_version);
// What still refers to a unit (children, projects, users): a delete must wait for these.
long long unit_references(soci::session& s, long long id);
void delete_unit(soci::session& s, long long id);

// Regions, bureaus, sections
std::optional<Region> find_region(soci::session& s, long long id);
std::optional<Region> find_region_by_code(soci::session& s, const std::string& code);
bool region_code_taken(soci::session& s, const std::string& code, long long except_id);
// The regions at and below path, ordered by path.
std::vector<Region> list_regions(soci::session& s, const std::string& path_prefix);
long long insert_region(soci::session& s, const Region& r);  // sets path
bool update_region(soci::session& s, const Region& r, long long expected_version);
std::optional<Bureau> find_bureau(soci::session& s, long long id);
std::optional<Bureau> bureau_of_region(soci::session& s, long long region_id);
long long insert_bureau(soci::session& s, const Bureau& b);
bool update_bureau(soci::session& s, const Bureau& b, long long expected_version);
std::optional<Section> find_section(soci::session& s, long long id);
std::vector<Section> sections_of_region(soci::session& s, long long region_id);
bool section_name_taken(soci::session& s, long long bureau_id, const std::string& name,
                        long long except_id);
long long insert_section(soci::session& s, const Section& sec);
bool update_section(soci::session& s, const Section& sec, long long expected_version);
long long section_references(soci::session& s, long long id);  // departments and users
void delete_section(soci::session& s, long long id);

// Fiscal years
bool fiscal_year_open(soci::session& s, long long region_id, long long year);
std::optional<FiscalYear> find_fiscal_year(soci::session& s, long long id);
std::vector<FiscalYear> fiscal_years_of_region(soci::session& s, long long region_id);
long long insert_fiscal_year(soci::session& s, const FiscalYear& y);
bool update_fiscal_year(soci::session& s, const FiscalYear& y, long long expected_version);

}  // namespace jixiao::org::repo
