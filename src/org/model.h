// The organisation: regions, finance bureaus and their sections, departments and units, years.
#pragma once

#include <string>

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
};

}  // namespace jixiao::org
