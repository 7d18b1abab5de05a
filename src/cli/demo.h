// The demo region (`jixiao demo`): a fictional prefecture, 云岭州, with three counties, their
// finance bureaus, about a hundred budget units, some four thousand projects and one account per
// role. Generated deterministically, so every demo database is the same.
#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace jixiao::cli {

struct DemoAccount {
  std::string username;
  std::string role;         // as stored in users.role
  std::string description;  // in Chinese, e.g. "州教育体育局（预算部门）"
};

// The password of every demo account (must_change_password is off for them).
inline constexpr const char* kDemoPassword = "Jixiao@2026";
// Division code of the demo prefecture: its presence means the demo already exists.
inline constexpr const char* kDemoRegionCode = "539900";

// Fills an empty, migrated database with the demo region and its accounts. When the demo region
// already exists it changes nothing. Returns the accounts either way.
std::vector<DemoAccount> create_demo(db::Database& db);

}  // namespace jixiao::cli
