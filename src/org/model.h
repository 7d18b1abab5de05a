// The organisation: regions, finance bureaus and their sections, departments and units, years.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::org {

struct Region {
  long long id = 0;
  long long parent_id = 0;  // 0 for a root
  std::string code;         // national division code, 6 digits
  std::string name;
  std::string level;  // province, prefecture, county
  std::string path;   // "/1/4/": ids from the root down to this region
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

// 财政局: one per region.
struct Bureau {
  long long id = 0;
  long long region_id = 0;
  std::string name;
  long long version = 1;
};

// 绩效科 or a 业务股室 of a bureau.
struct Section {
  long long id = 0;
  long long bureau_id = 0;
  long long region_id = 0;
  std::string name;
  std::string kind;  // performance_office, business
  long long version = 1;
  long long department_count = 0;  // departments it is in charge of (归口)
};

struct Unit {
  long long id = 0;
  long long region_id = 0;
  long long parent_id = 0;      // 0 for a department
  long long department_id = 0;  // itself for a department
  long long section_id = 0;     // business section in charge (departments)
  std::string code;             // unique per region
  std::string name;
  std::string kind;  // department, unit
  std::string path;  // "/12/130/"
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Read with the unit for display.
  std::string region_name;
  std::string department_name;
  std::string section_name;
  long long child_count = 0;
};

struct FiscalYear {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string status;  // open, closed
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

// A page of units: filters, then keyset after (code, id).
struct UnitFilter {
  std::optional<long long> region_id;
  std::optional<long long> department_id;  // the department and its units
  std::optional<long long> parent_id;
  std::optional<long long> section_id;
  std::optional<std::string> kind;
  std::optional<std::string> name_contains;  // name or code
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
  std::string after_code;
  long long after_id = 0;
};

inline bool is_region_level(const std::string& s) {
  return s == "province" || s == "prefecture" || s == "county";
}
// The level directly below, or "" for a county.
inline std::string child_level(const std::string& level) {
  return level == "province" ? "prefecture" : level == "prefecture" ? "county" : "";
}

// "/1/4/9/" → {1, 4, 9}: a region's path as the ids from the root down to it.
inline std::vector<long long> path_ids(std::string_view path) {
  std::vector<long long> ids;
  long long v = 0;
  bool any = false;
  for (char c : path) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      any = true;
    } else if (any) {
      ids.push_back(v);
      v = 0;
      any = false;
    }
  }
  if (any) ids.push_back(v);
  return ids;
}

}  // namespace jixiao::org
