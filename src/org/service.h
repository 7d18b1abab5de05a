// Organisation use cases: who may see and manage which region, section, unit and year.
// Managers are the admin (its region tree) and the performance office (its own region); everyone
// reads their own region, and the region-tree roles read the regions below theirs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "org/model.h"

namespace jixiao::org {

struct RegionDetail {
  Region region;
  std::optional<Bureau> bureau;
  std::vector<Section> sections;
};

struct RegionInput {
  std::optional<long long> parent_id;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> bureau_name;  // on create; default "<name>财政局"
};

struct SectionInput {
  std::optional<long long> region_id;  // default: the caller's
  std::optional<std::string> name;
  std::optional<std::string> kind;  // default: business
};

struct UnitInput {
  std::optional<long long> region_id;  // departments; default: the caller's
  std::optional<long long> parent_id;  // units: the department or unit above
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<long long> section_id;  // departments: the business section in charge; 0 clears
};

struct UnitPage {
  std::vector<Unit> items;
  std::optional<std::string> next_cursor;
  long long total = 0;
};

class OrgService {
 public:
  explicit OrgService(db::Database& db) : db_(db) {}

  std::vector<Region> regions(const auth::Principal& me);
  RegionDetail region(const auth::Principal& me, long long id);
  RegionDetail create_region(const auth::Principal& me, const RegionInput& in);
  Region update_region(const auth::Principal& me, long long id, long long version,
                       const RegionInput& in);
  Bureau update_bureau(const auth::Principal& me, long long id, long long version,
                       const std::string& name);
  Section create_section(const auth::Principal& me, const SectionInput& in);
  Section update_section(const auth::Principal& me, long long id, long long version,
                         const std::string& name);
  void delete_section(const auth::Principal& me, long long id);

  UnitPage units(const auth::Principal& me, const UnitFilter& filter);
  Unit unit(const auth::Principal& me, long long id);
  Unit create_unit(const auth::Principal& me, const UnitInput& in);
  Unit update_unit(const auth::Principal& me, long long id, long long version, const UnitInput& in);
  void delete_unit(const auth::Principal& me, long long id);

  std::vector<FiscalYear> fiscal_years(const auth::Principal& me,
                                       std::optional<long long> region_id);
  FiscalYear create_fiscal_year(const auth::Principal& me, std::optional<long long> region_id,
                                long long year);
  FiscalYear update_fiscal_year(const auth::Principal& me, long long id, long long version,
                                const std::string& status);

  // The command line's first step on an empty database: a root region with its bureau and
  // performance office. Returns the existing region when the code is already there.
  Region ensure_root_region(const std::string& code, const std::string& name,
                            const std::string& level);

 private:
  db::Database& db_;
};

}  // namespace jixiao::org
