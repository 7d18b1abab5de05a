#include "cli/demo_key_evaluation_plan.h"

#include <boost/json.hpp>
#include <set>

#include "audit/log.h"
#include "auth/repo.h"
#include "key_evaluation/evaluation_json.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/plan_suggestions.h"
#include "org/repo.h"

namespace jixiao::cli {

namespace {

using key_evaluation::KeyEvaluation;

constexpr const char* kPlannedAt = "2026-11-20T09:00:00Z";

void put(soci::session& s, db::Dialect dialect, const auth::Principal& office, KeyEvaluation e) {
  e.status = "planned";
  e.created_by = office.user_id;
  e.created_at = e.updated_at = kPlannedAt;
  e.id = key_evaluation::evaluation_repo::insert(s, e);
  auto entry = audit::entry(office, "create", "key_evaluation", e.id, e.region_id);
  entry.after_json = boost::json::serialize(key_evaluation::evaluation_json(e, {}));
  audit::append(s, dialect, entry);
}

KeyEvaluation of(const key_evaluation::Suggestion& x, long long region_id, long long year) {
  KeyEvaluation e;
  e.region_id = region_id;
  e.year = year;
  e.kind = "project";
  e.name = x.name;
  e.project_id = x.project_id;
  e.department_id = x.department_id;
  e.unit_id = x.unit_id;
  e.fund_type = x.fund_type;
  e.budget_fen = x.amount_fen;
  e.due = std::to_string(year + 1) + "-06-30";
  e.mode = "agency";
  return e;
}

}  // namespace

void insert_demo_key_evaluation_plan(soci::session& s, db::Dialect dialect, long long region_id,
                                     long long year, long long office_user) {
  const auto region = org::repo::find_region(s, region_id);
  std::string username;
  s << "SELECT username FROM users WHERE id = :id", soci::use(office_user), soci::into(username);
  const auto office = auth::repo::find_principal(s, username);
  if (!region || !office) return;
  const auto suggestions = key_evaluation::plan_suggestions(s, region_id, region->path, year);
  std::set<long long> taken;
  const auto first = [&](const char* code) -> const key_evaluation::Suggestion* {
    for (const auto& x : suggestions)
      for (const auto& r : x.reasons)
        if (r.code == code && !taken.count(x.project_id)) return &x;
    return nullptr;
  };
  if (const auto* x = first("red_warning")) {
    auto e = of(*x, region_id, year);
    e.scope = "项目资金使用、实施进度及预警整改情况";
    put(s, dialect, *office, e);
    taken.insert(x->project_id);
  }
  if (const auto* x = first("large_unevaluated")) {
    auto e = of(*x, region_id, year);
    e.scope = "项目决策、资金管理和产出效益";
    put(s, dialect, *office, e);
    taken.insert(x->project_id);
  }
  if (const auto* x = first("large_unevaluated")) {
    auto e = of(*x, region_id, year);
    e.mode = "finance";
    e.due = std::to_string(year + 1) + "-09-30";
    put(s, dialect, *office, e);
    taken.insert(x->project_id);
  }
  // A policy of the region, in the charge of its department of agriculture.
  if (!suggestions.empty()) {
    KeyEvaluation e;
    e.region_id = region_id;
    e.year = year;
    e.kind = "policy";
    e.name = "高标准农田建设补助政策";
    e.scope = "政策目标实现程度、资金分配及受益群众满意度";
    long long department = 0;
    s << "SELECT COALESCE(MIN(id), 0) FROM units WHERE kind = 'department' AND region_id = :r "
         "AND name LIKE '%农业农村%'",
        soci::use(region_id), soci::into(department);
    if (department == 0) return;
    e.department_id = department;
    e.fund_type = "general";
    e.budget_fen = 12'000'000'000;  // 1.2 亿元
    e.due = std::to_string(year + 1) + "-08-31";
    e.mode = "agency";
    put(s, dialect, *office, e);
  }
}

}  // namespace jixiao::cli
