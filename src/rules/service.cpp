#include "rules/service.h"

#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "org/repo.h"
#include "rules/json.h"
#include "rules/repo.h"

namespace jixiao::rules {

namespace {

const Rule& shipped(const std::string& rule_id) {
  const auto* r = find_national_rule(rule_id);
  if (!r) throw not_found("没有这条规则");
  return *r;
}

void require_rule_manager(const auth::Principal& me) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::admin)
    throw forbidden("只有绩效科或系统管理员可以设置本地区规则");
}

}  // namespace

RuleSet effective_rules(soci::session& s, long long region_id, long long year) {
  const auto region = org::repo::find_region(s, region_id);
  const auto ids = region ? org::path_ids(region->path) : std::vector<long long>{};
  const auto found = repo::overrides(s, ids, year);
  std::vector<EffectiveRule> out;
  for (const auto& national : national_rules()) {
    EffectiveRule e{national, 0, {}, {}};
    // The deepest region on the path wins: ids run from the root down.
    for (long long id : ids)
      for (const auto& o : found)
        if (o.region_id == id && o.rule_id == national.id) {
          e.rule.params = boost::json::parse(o.params).as_object();
          e.region_id = id;
          e.updated_at = o.updated_at;
        }
    if (e.region_id) e.region_name = org::repo::find_region(s, e.region_id)->name;
    out.push_back(std::move(e));
  }
  return RuleSet(std::move(out));
}

bool budget_gate_requires(soci::session& s, long long region_id, long long year,
                          std::string_view condition) {
  const RuleSet rules = effective_rules(s, region_id, year);
  const auto& params = rules.params("R-BG-1");
  const auto* on = params.if_contains(condition);
  return on && on->is_bool() && on->as_bool();
}

RuleSet RuleService::list(const auth::Principal& me, long long year) {
  if (me.region_id == 0) throw forbidden();
  return db_.read([&](soci::session& s) { return effective_rules(s, me.region_id, year); });
}

namespace {

// Applies a change to the caller's region's parameters of a rule and audits the rule as it
// applied before and after.
template <class Change>
EffectiveRule change_rule(db::Database& db, const auth::Principal& me, long long year,
                          const std::string& rule_id, const char* action, Change apply) {
  return db.write([&](soci::session& s) {
    const auto before = effective_rules(s, me.region_id, year).get(rule_id);
    apply(s);
    auto after = effective_rules(s, me.region_id, year).get(rule_id);
    auto e = audit::entry(me, action, "rule_setting", me.region_id, me.region_id);
    e.before_json = boost::json::serialize(rule_json(before));
    e.after_json = boost::json::serialize(rule_json(after));
    audit::append(s, db.dialect(), e);
    return after;
  });
}

}  // namespace

EffectiveRule RuleService::update(const auth::Principal& me, long long year,
                                  const std::string& rule_id, const boost::json::object& params) {
  const auto& national = shipped(rule_id);
  require_rule_manager(me);
  kinds_.validate(national, params);
  return change_rule(db_, me, year, rule_id, "update", [&](soci::session& s) {
    repo::upsert(s, me.region_id, year, rule_id, boost::json::serialize(params), me.user_id,
                 now_iso());
  });
}

EffectiveRule RuleService::reset(const auth::Principal& me, long long year,
                                 const std::string& rule_id) {
  shipped(rule_id);
  require_rule_manager(me);
  return change_rule(db_, me, year, rule_id, "reset",
                     [&](soci::session& s) { repo::remove(s, me.region_id, year, rule_id); });
}

}  // namespace jixiao::rules
