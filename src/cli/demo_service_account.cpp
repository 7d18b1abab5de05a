#include "cli/demo_service_account.h"

#include <chrono>

#include "accounts/service_accounts.h"
#include "auth/token.h"
#include "base/clock.h"
#include "base/date.h"

namespace jixiao::cli {

void insert_demo_service_account(db::Database& db) {
  const long long root = db.read([](soci::session& s) {
    long long id = 0;
    s << "SELECT region_id FROM users WHERE username = 'demo_office'", soci::into(id);
    return id;
  });
  const std::string import = auth::route_key("POST", "/api/v1/executions:import");
  accounts::ServiceAccountService service(db);
  service.set_routes({import});
  accounts::UserInput in;
  in.username = "demo_budget_feed";
  in.display_name = "预算一体化接口";
  in.role = "performance_office";
  in.region_id = root;
  const auto account = service.create_by_system(in);
  using namespace std::chrono;
  const auto today = *parse_iso_date(now_iso().substr(0, 10));
  const std::string in_a_year = iso_date(year_month_day{sys_days(today) + days(365)});
  const auto old = service.issue_by_system(account.user.id, {"对账推送（已停用）", in_a_year, {}});
  service.revoke_by_system(old.token.id);
  service.issue_by_system(account.user.id, {"预算执行数据推送", in_a_year, {import}});
}

}  // namespace jixiao::cli
