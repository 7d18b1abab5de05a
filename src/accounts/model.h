// User accounts as administrators see them (the credentials stay in auth/).
#pragma once

#include <optional>
#include <string>

namespace jixiao::accounts {

struct User {
  long long id = 0;
  std::string username;
  std::string display_name;
  std::string role;
  long long region_id = 0;
  long long unit_id = 0;     // department and unit roles
  long long section_id = 0;  // business section role
  bool must_change_password = true;
  bool active = true;
  long long failed_logins = 0;
  long long locked_until = 0;  // unix seconds; a lock after failed logins
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Read with the user for display.
  std::string region_name;
  std::string unit_name;
  std::string section_name;
  // "person", or "service" for a service account (接口账号): no password, API tokens only.
  std::string kind = "person";
};

struct UserFilter {
  std::optional<long long> region_id;
  std::optional<long long> unit_id;
  std::optional<std::string> role;
  std::optional<std::string> text;  // in username or display name
  std::optional<bool> active;
  std::optional<long long> locked_at;  // unix time: only users disabled or locked then
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
  long long after_id = 0;
  std::string kind = "person";  // service accounts have their own list
};

// Fields an administrator sets; absent fields keep their value on update.
struct UserInput {
  std::optional<std::string> username;
  std::optional<std::string> display_name;
  std::optional<std::string> role;
  std::optional<long long> region_id;
  std::optional<long long> unit_id;
  std::optional<long long> section_id;
};

}  // namespace jixiao::accounts
