// User administration: the admin manages the accounts of its region tree, the performance
// office those of its own region. Issued passwords are random and must be changed at first login.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "accounts/model.h"
#include "auth/model.h"
#include "auth/password.h"
#include "db/database.h"

namespace jixiao::accounts {

struct UserPage {
  std::vector<User> items;
  std::optional<std::string> next_cursor;
  long long total = 0;
};

// A user with the password just issued to them (shown once, never stored in clear).
struct IssuedUser {
  User user;
  std::string initial_password;
};

class AccountService {
 public:
  AccountService(db::Database& db, auth::PasswordOptions password = {})
      : db_(db), password_(password) {}

  UserPage list(const auth::Principal& me, const UserFilter& filter);
  User get(const auth::Principal& me, long long id);
  IssuedUser create(const auth::Principal& me, const UserInput& in);
  User update(const auth::Principal& me, long long id, long long version, const UserInput& in);
  User lock(const auth::Principal& me, long long id);
  User unlock(const auth::Principal& me, long long id);
  IssuedUser reset_password(const auth::Principal& me, long long id);
  // Ends every session of the account: the caller's own (退出所有设备, any role), or one it
  // manages. Audited either way.
  void end_sessions(const auth::Principal& me, long long id);

  // The command line (`jixiao user add`): no caller, any region. With a password the user keeps
  // it; without one a random password is issued and must be changed.
  IssuedUser create_by_system(const UserInput& in, const std::optional<std::string>& password);

 private:
  db::Database& db_;
  auth::PasswordOptions password_;
};

}  // namespace jixiao::accounts
