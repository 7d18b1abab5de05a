#include "cli/demo_result_application.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "budget_review/service.h"
#include "projects/service.h"
#include "result_application/service.h"
#include "targets/service.h"

namespace jixiao::cli {

namespace {

namespace ra = result_application;

auth::Principal as(db::Database& db, const std::string& username) {
  auto p = db.read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  if (!p) throw std::logic_error("demo account missing: " + username);
  return *p;
}

std::vector<ra::BudgetAction> proposed(ra::ResultApplicationService& svc,
                                       const auth::Principal& office, long long year) {
  ra::repo::Filter f;
  f.year = year;
  f.status = "proposed";
  f.limit = 1000;
  return svc.list(office, f).items;
}

const char* const kChangeReasons[] = {
    "该项目下年度实施内容减少，按评价结果从严压减 10%。",
    "财力紧张，优先保障项目维持上年规模，不再增加。",
    "项目已纳入部门整体支出统筹安排，按调整后金额控制。",
};

}  // namespace

std::size_t insert_demo_result_application(db::Database& db) {
  const auth::Principal office = as(db, "demo_office");
  ra::ResultApplicationService svc(db);
  // The next years' projects continue the year before's of the same unit and name.
  svc.link(office, 2026, "code");
  svc.link(office, 2026, "name");
  svc.link(office, 2027, "code");
  svc.link(office, 2027, "name");
  std::size_t total = 0;
  for (const long long year : {2025LL, 2026LL, 2027LL}) {
    const auto p = svc.propose(office, year);
    total += p.proposed.self_evaluation + p.proposed.key_evaluation + p.proposed.monitoring +
             p.proposed.assessment;
  }
  // A few changed with their reasons and one waived; the office confirms the rest at once.
  // Each office decides its own region's; the other counties' wait for theirs.
  std::size_t changed = 0;
  bool waived = false;
  const auth::Principal county = as(db, "demo_county_office");
  for (const auth::Principal* me : {&office, &county})
    for (const long long year : {2025LL, 2026LL, 2027LL}) {
      std::vector<long long> confirm;
      for (const auto& a : proposed(svc, *me, year)) {
        if (a.region_id != me->region_id) continue;
        ra::StepInput in;
        if (!waived && a.source == "self_evaluation" && a.kind == "cap") {
          in.action = "waive";
          in.reason = "该项目下年度已按政策到期退出，无需再作预算调整。";
          waived = true;
        } else if (changed < 3 && a.acted_project_id && a.source == "self_evaluation" &&
                   (a.kind == "cap" || a.kind == "prioritise")) {
          in.action = "change";
          in.reason = kChangeReasons[changed];
          in.kind = changed == 0 ? "cut" : "cap";
          if (changed == 0) in.cut = 1000;
          ++changed;
        } else {
          confirm.push_back(a.id);
          continue;
        }
        svc.step(*me, a.id, a.version, in);
      }
      for (std::size_t i = 0; i < confirm.size(); i += 500)
        svc.confirm_many(
            *me, std::vector<long long>(confirm.begin() + i,
                                        confirm.begin() + std::min(confirm.size(), i + 500)));
    }
  // A few of the next year's projects still being written ask for more than their limit, through
  // the project edit service as their authors would.
  projects::ProjectService projects(db);
  projects.add_watch(targets::TargetService::project_watch());
  projects.add_watch(budget_review::ReviewService::project_watch());
  ra::repo::Filter f;
  f.status = "confirmed";
  f.kind = "cap";
  f.limit = 1000;
  int raised = 0;
  for (const auto& a : svc.list(office, f).items) {
    if (raised >= 3 || !a.acted_project_id || a.breach || !a.limit_fen) continue;
    if (a.acted_status != "draft" && a.acted_status != "returned") continue;
    projects::ProjectInput in;
    in.amount_fen = *a.limit_fen + 10'000'000;  // 10 万元 over
    const auto p = projects.get(office, a.acted_project_id);
    try {
      projects.update(office, a.acted_project_id, p.version, in);
      ++raised;
    } catch (const AppError&) {
      // Not the office's to edit: another of the list will do.
    }
  }
  return total;
}

}  // namespace jixiao::cli
