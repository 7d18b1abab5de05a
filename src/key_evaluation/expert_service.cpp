// RegistryService's experts: the region's pool, with each expert's account and the relations
// the conflict of interest checks (R-KE-3) make them avoid.
#include <boost/json.hpp>

#include "accounts/repo.h"
#include "audit/log.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"
#include "key_evaluation/registry_access.h"
#include "key_evaluation/registry_json.h"
#include "key_evaluation/registry_repo.h"
#include "key_evaluation/registry_service.h"
#include "org/repo.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Principal;

constexpr const char* kStale = "专家信息已被他人修改，请刷新后重试";

Shown<Expert> shown(const Principal& me, Expert e) {
  auto actions = expert_workflow().allowed_actions(e.status, registry_actors(me, e.region_id));
  return {std::move(e), std::move(actions)};
}

void validate(const ExpertInput& in, bool create) {
  check_text(in.name, "name", "专家姓名", 50, create);
  check_text(in.title, "title", "职称", 50, false);
  check_text(in.employer, "employer", "工作单位", 100, false);
  check_phone(in.phone, "phone");
  if (in.fields)
    for (std::size_t i = 0; i < in.fields->size(); ++i)
      check_text((*in.fields)[i], ("fields[" + std::to_string(i) + "]").c_str(), "专业领域", 30,
                 true);
  if (in.avoid)
    for (std::size_t i = 0; i < in.avoid->size(); ++i) {
      const auto& a = (*in.avoid)[i];
      const std::string at = "avoid[" + std::to_string(i) + "].";
      if (a.unit_id == 0 && a.name.empty())
        throw invalid(at + "name", "回避关系须选择单位或填写回避对象名称");
      check_text(a.name, (at + "name").c_str(), "回避对象名称", 100, false);
      check_text(a.reason, (at + "reason").c_str(), "回避理由", 200, true);
    }
}

void apply(Expert& e, const ExpertInput& in) {
  if (in.user_id) e.user_id = *in.user_id;
  if (in.name) e.name = *in.name;
  if (in.title) e.title = *in.title;
  if (in.employer) e.employer = *in.employer;
  if (in.phone) e.phone = *in.phone;
  if (in.fields) e.fields = *in.fields;
  if (in.avoid) e.avoid = *in.avoid;
}

// The account is an expert's of the region and nobody else's record; a unit to avoid is one of
// the region's (its name taken from the organisation).
void resolve(soci::session& s, Expert& e, const ExpertInput& in) {
  if (in.user_id && e.user_id != 0) {
    const auto u = accounts::repo::find(s, e.user_id);
    if (!u || u->role != "expert" || u->region_id != e.region_id)
      throw invalid("user_id", "只能关联本地区专家角色的账号");
    const long long of = registry_repo::expert_of_user(s, u->id);
    if (of != 0 && of != e.id)
      throw invalid("user_id", "账号“" + u->display_name + "”已关联其他专家");
  }
  for (std::size_t i = 0; i < e.avoid.size(); ++i) {
    Avoidance& a = e.avoid[i];
    if (a.unit_id == 0) continue;
    const auto unit = org::repo::find_unit(s, a.unit_id);
    if (!unit || unit->region_id != e.region_id)
      throw invalid("avoid[" + std::to_string(i) + "].unit_id", "回避单位须是本地区的部门或单位");
    a.name = unit->name;
  }
}

void audit_expert(soci::session& s, db::Dialect d, const Principal& me, const char* action,
                  const std::optional<Expert>& before, const Expert& after) {
  auto e = audit::entry(me, action, "expert", after.id, after.region_id);
  if (before) e.before_json = boost::json::serialize(expert_json({*before, {}}));
  e.after_json = boost::json::serialize(expert_json({after, {}}));
  audit::append(s, d, e);
}

Expert visible(soci::session& s, const Principal& me, long long id) {
  auto e = registry_repo::find_expert(s, id, expert_reader(me));
  if (!e) throw not_found("专家不存在或无权访问");
  return *e;
}

Expert writable(soci::session& s, const Principal& me, long long id) {
  Expert e = visible(s, me, id);
  if (!keeps_registry(me, e.region_id)) throw forbidden("只有本地区的绩效科和业务科室可以修改");
  return e;
}

}  // namespace

RegistryPage<Shown<Expert>> RegistryService::list_experts(const Principal& me,
                                                          const RegistryFilter& f) {
  const auto who = expert_reader(me);
  return db_.read([&](soci::session& s) {
    RegistryPage<Shown<Expert>> page;
    auto rows = registry_repo::list_experts(s, f, who);
    if (rows.size() > static_cast<std::size_t>(f.limit)) {
      rows.resize(f.limit);
      page.next_cursor = encode_cursor("", rows.back().id);
    }
    for (auto& e : rows) page.items.push_back(shown(me, std::move(e)));
    page.total = registry_repo::count_experts(s, f, who);
    return page;
  });
}

Shown<Expert> RegistryService::get_expert(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return shown(me, visible(s, me, id)); });
}

Shown<Expert> RegistryService::create_expert(const Principal& me, const ExpertInput& in) {
  require_keeper(me);
  validate(in, true);
  if (in.region_id && *in.region_id != me.region_id)
    throw invalid("region_id", "只能在本地区的专家库中登记");
  return db_.write([&](soci::session& s) {
    Expert e;
    e.region_id = me.region_id;
    e.status = expert_workflow().initial();
    apply(e, in);
    resolve(s, e, in);
    e.created_at = e.updated_at = now_iso();
    e.id = registry_repo::insert_expert(s, e);
    const Expert saved = visible(s, me, e.id);
    audit_expert(s, db_.dialect(), me, "create", std::nullopt, saved);
    return shown(me, saved);
  });
}

Shown<Expert> RegistryService::update_expert(const Principal& me, long long id, long long version,
                                             const ExpertInput& in) {
  validate(in, false);
  if (in.region_id) throw invalid("region_id", "专家所属地区不能修改");
  return db_.write([&](soci::session& s) {
    const Expert before = writable(s, me, id);
    expert_workflow().take(before.status, "edit", "", registry_actors(me, before.region_id));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    Expert e = before;
    apply(e, in);
    resolve(s, e, in);
    e.updated_at = now_iso();
    if (!registry_repo::update_expert(s, e, version))
      throw conflict("version_conflict", kStale, "version");
    const Expert saved = visible(s, me, id);
    audit_expert(s, db_.dialect(), me, "update", before, saved);
    return shown(me, saved);
  });
}

Shown<Expert> RegistryService::expert_step(const Principal& me, long long id, long long version,
                                           const std::string& action) {
  return db_.write([&](soci::session& s) {
    const Expert before = writable(s, me, id);
    const auto& step =
        expert_workflow().take(before.status, action, "", registry_actors(me, before.region_id));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    Expert e = before;
    e.status = step.to;
    e.updated_at = now_iso();
    if (!registry_repo::update_expert(s, e, version))
      throw conflict("version_conflict", kStale, "version");
    const Expert saved = visible(s, me, id);
    expert_workflow().record(s, db_.dialect(), me, step, id, saved.region_id,
                             boost::json::serialize(expert_json({before, {}})),
                             boost::json::serialize(expert_json({saved, {}})));
    return shown(me, saved);
  });
}

}  // namespace jixiao::key_evaluation
