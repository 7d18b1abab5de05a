#include "disclosure/service.h"

#include <boost/json.hpp>

#include "auth/scope_sql.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "disclosure/settings.h"
#include "disclosure/snapshot.h"
#include "disclosure/workflow.h"
#include "rules/service.h"

namespace jixiao::disclosure {

namespace {

std::string today() { return now_iso().substr(0, 10); }

std::string step_json(const Disclosure& d) {
  boost::json::object o{{"status", d.status}};
  if (!d.withdrawn_reason.empty() && d.status == "withdrawn") o["reason"] = d.withdrawn_reason;
  return boost::json::serialize(o);
}

// Refuses a snapshot that holds personal data, naming every datum found (422).
void refuse_personal(const std::vector<PersonalData>& found) {
  std::string detail = "公开内容含有个人信息，不能公开：";
  boost::json::array items;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i) detail += "；";
    detail += std::string(personal_kind_label(found[i].kind)) + " " + found[i].text;
    items.push_back({{"kind", found[i].kind},
                     {"kind_label", personal_kind_label(found[i].kind)},
                     {"text", found[i].text}});
  }
  throw precondition("personal_data", detail)
      .with_extra(boost::json::serialize(boost::json::object{{"personal_data", items}}));
}

}  // namespace

long long DisclosureService::open(const auth::Principal& me, long long year) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以生成公开清单");
  return db_.write([&](soci::session& s) {
    // Each region of the tree under its own rules (a county may set its own final accounts day).
    db::Query q;
    auth::append_regions_under(q, me.region_path);
    q.sql(" ORDER BY id");
    std::vector<long long> regions;
    long long id = 0;
    {
      soci::statement st(s);
      st.exchange(soci::into(id));
      q.execute(st);
      while (st.fetch()) regions.push_back(id);
    }
    const std::string now = now_iso();
    long long added = 0;
    for (long long region : regions)
      added += repo::open_region(s, db_.dialect(), region, year,
                                 due_settings(rules::effective_rules(s, region, year)), now);
    auto by = audit::entry(me, "open", "disclosure_list", year, me.region_id);
    by.after_json = boost::json::serialize(boost::json::object{{"year", year}, {"added", added}});
    audit::append(s, db_.dialect(), by);
    return added;
  });
}

Page DisclosureService::list(const auth::Principal& me, repo::Filter filter, bool overdue) {
  if (overdue) filter.overdue_on = today();
  return db_.read([&](soci::session& s) {
    Page page;
    const auto scope = auth::read_scope(me);
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0 && filter.offset == 0) page.total = repo::count(s, filter, scope);
    return page;
  });
}

View DisclosureService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto d = repo::find(s, id, auth::read_scope(me));
    if (!d) throw not_found("公开事项不存在或无权访问");
    View v;
    v.actions = disclosure_workflow().allowed_actions(d->status, disclosure_actors(me, *d));
    v.item = std::move(*d);
    return v;
  });
}

View DisclosureService::step_in(soci::session& s, const auth::Principal& me, long long id,
                                std::optional<long long> version, const StepInput& in,
                                const std::vector<std::string>& names) {
  auto found = repo::find(s, id, auth::read_scope(me));
  if (!found) throw not_found("公开事项不存在或无权访问");
  Disclosure d = *found;
  const auto actors = disclosure_actors(me, d);
  // A lower region's items are read from above but published by their own office.
  if (actors.empty()) throw forbidden("只能办理本地区的公开事项");
  const auto& step = disclosure_workflow().take(d.status, in.action, "", actors);
  const std::string before = step_json(d);
  const std::string now = now_iso();
  if (in.action == "publish") {
    const auto snapshot = build_snapshot(s, d, now);
    if (const auto personal = snapshot_personal_data(snapshot, names); !personal.empty())
      refuse_personal(personal);
    d.snapshot = boost::json::serialize(snapshot);
    d.published_at = now;
    d.published_by = me.user_id;
    d.withdrawn_at.clear();
  } else if (in.action == "withdraw") {
    if (in.reason.empty()) throw invalid("reason", "撤回时请说明理由");
    d.withdrawn_reason = in.reason;
    d.withdrawn_at = now;
  }
  d.status = step.to;
  d.updated_at = now;
  if (!repo::update(s, d, version.value_or(found->version)))
    throw conflict("version_conflict", "公开事项已被他人修改，请刷新后重试", "version");
  disclosure_workflow().record(s, db_.dialect(), me, step, id, d.region_id, before, step_json(d));
  View v;
  v.item = *repo::find(s, id, auth::read_scope(me));
  v.actions = disclosure_workflow().allowed_actions(v.item.status, disclosure_actors(me, v.item));
  return v;
}

View DisclosureService::step(const auth::Principal& me, long long id, long long version,
                             const StepInput& in) {
  if (!disclosure_workflow().has_action(in.action))
    throw invalid("action", "操作只能是 publish（公开）或 withdraw（撤回）");
  return db_.write([&](soci::session& s) {
    const auto names = in.action == "publish" ? repo::known_names(s) : std::vector<std::string>{};
    return step_in(s, me, id, version, in, names);
  });
}

std::vector<BulkResult> DisclosureService::bulk(const auth::Principal& me,
                                                const std::vector<long long>& ids,
                                                const StepInput& in) {
  if (!disclosure_workflow().has_action(in.action))
    throw invalid("action", "操作只能是 publish（公开）或 withdraw（撤回）");
  if (in.action == "withdraw" && in.reason.empty()) throw invalid("reason", "撤回时请说明理由");
  // The selection as a whole first: an item outside the caller's scope or region refuses it
  // all (404, 403) before anything changes; what is left to refuse is per item (its state, its
  // personal data).
  const auto names = db_.read([&](soci::session& s) {
    for (long long id : ids) {
      const auto d = repo::find(s, id, auth::read_scope(me));
      if (!d) throw not_found("公开事项不存在或无权访问");
      if (disclosure_actors(me, *d).empty()) throw forbidden("只能办理本地区的公开事项");
    }
    return in.action == "publish" ? repo::known_names(s) : std::vector<std::string>{};
  });
  std::vector<BulkResult> out;
  for (long long id : ids) {
    BulkResult r;
    r.id = id;
    try {
      db_.write([&](soci::session& s) { step_in(s, me, id, std::nullopt, in, names); });
      r.done = true;
    } catch (const AppError& e) {
      r.status = http_status(e.kind());
      r.code = e.code();
      r.detail = e.detail();
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<audit::Record> DisclosureService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("公开事项不存在或无权访问");
    return audit::history(s, "disclosure", id, 500);
  });
}

Rates DisclosureService::rates(const auth::Principal& me, long long year) {
  // The rates of a region: the office's, an administrator's or a viewer's region tree.
  if (me.role != auth::Role::performance_office && me.role != auth::Role::admin &&
      me.role != auth::Role::viewer)
    throw forbidden("只有绩效科和监督查询可以查看公开率");
  return db_.read([&](soci::session& s) {
    Rates r;
    r.year = year;
    r.as_of = today();
    r.total = rate_repo::of_tree(s, me.region_id, year, r.as_of);
    r.departments = rate_repo::by_department(s, me.region_id, year, r.as_of);
    r.regions = rate_repo::by_lower_region(s, me.region_id, year, r.as_of);
    return r;
  });
}

}  // namespace jixiao::disclosure
