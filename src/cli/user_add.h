// `jixiao user add`: the first administrator of an empty database, and any account later.
#pragma once

#include <string>

#include "db/database.h"

namespace jixiao::cli {

struct UserAddOptions {
  std::string username;
  std::string display_name;
  std::string role = "admin";
  std::string region_code;   // an existing region, or a new root region with name and level
  std::string region_name;   // only to create the root region
  std::string region_level;  // province, prefecture, county
  std::string unit_code;     // department and unit roles
  bool password_stdin = false;
};

// Prints the account and, when none was given on stdin, the issued password. Returns exit code.
int run_user_add(db::Database& db, const UserAddOptions& o);

}  // namespace jixiao::cli
