// Accounts: roles, the authenticated caller, and the data scope it may read and write.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::auth {

enum class Role {
  admin,               // system administrator of a region tree
  performance_office,  // 绩效科: runs the whole process for its region
  business_section,    // 业务股室: the departments it is in charge of (归口)
  department,          // 一级预算单位
  unit,                // 二级/基层预算单位
  agency,              // 第三方机构: only what is assigned to it
  expert,              // 专家: only what is assigned to them
  viewer,              // 监督: read-only over its region tree
};

std::string_view role_name(Role r);
std::optional<Role> parse_role(std::string_view s);
// 中文 name for the UI and messages.
std::string_view role_label(Role r);

// Who is calling: read from the session on every request.
struct Principal {
  long long user_id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::viewer;
  long long region_id = 0;
  std::string region_path;  // "/1/4/" of the user's region
  std::string region_name;
  long long unit_id = 0;  // department and unit roles
  std::string unit_path;
  std::string unit_name;
  long long department_id = 0;
  long long section_id = 0;  // business section role
  bool must_change_password = false;
  std::string csrf_token;
  // A service account's request through an API token: the token (0 for a session).
  long long token_id = 0;
};

// What part of the data a caller may touch. The repositories turn it into a WHERE clause.
struct DataScope {
  enum class Kind {
    none,         // nothing (agencies and experts see only explicit assignments)
    region_tree,  // a region and every region below it
    region,       // one region's own level
    section,      // the departments a business section is in charge of, with their units
    department,   // one department and its units
    unit,         // one unit
  };
  Kind kind = Kind::none;
  long long id = 0;  // region, section, department or unit id
  std::string path;  // region path for region_tree
};

// R: read scope per role (issue 3): unit → own unit; department → its tree; section → its
// departments; performance office, admin and viewer → region and lower regions.
DataScope read_scope(const Principal& p);
// Write scope: like the read scope, except that a performance office writes only its own level
// (lower regions are read-only to it) and a viewer writes nothing.
DataScope write_scope(const Principal& p);

// A read-only role (the viewer, 监督): every route that changes anything answers it 403, but
// those of its own session and password.
bool is_read_only(Role r);

// May this role manage the organisation (units, sections) and accounts of its region?
bool can_manage_organisation(Role r);

}  // namespace jixiao::auth
