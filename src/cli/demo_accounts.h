// The demo's accounts: one per role, each with its name as it shows on screens and letters (the
// office's 张敏 signs what the performance office issues) and where it sits in the organisation.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <string>
#include <vector>

#include "cli/demo.h"

namespace jixiao::cli {

// Where the demo accounts sit, taken from the organisation just created.
struct DemoPlacements {
  long long root = 0;
  long long office = 0;  // the prefecture's performance office
  long long section = 0;
  long long department = 0;
  long long unit = 0;
  long long unit2 = 0;
  long long county = 0;
  long long county_office = 0;
};

// Inserts every demo account at its place, with the given password hash, created at `at`.
void insert_demo_users(soci::session& s, const DemoPlacements& where,
                       const std::string& password_hash, const std::string& at);

std::vector<DemoAccount> demo_accounts();
std::size_t demo_account_count();

}  // namespace jixiao::cli
