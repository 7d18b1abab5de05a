#include "accounts/todos.h"

#include "accounts/repo.h"
#include "base/clock.h"

namespace jixiao::accounts {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add(
      [](soci::session& s, const auth::Principal& me, long long, std::vector<workflow::Todo>& out) {
        if (!auth::can_manage_organisation(me.role)) return;
        UserFilter f;
        f.locked_at = now_unix();
        if (long long n = repo::count(s, f, auth::write_scope(me)))
          out.push_back({"locked_users", "账号已停用或因登录失败被锁定", n, "/org/users"});
      });
}

}  // namespace jixiao::accounts
