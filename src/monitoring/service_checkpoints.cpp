// MonitoringService's checkpoints (R-MO-2): a region's office sets them per year and opens them;
// opening creates a report for every monitored target of its region tree.
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "base/text.h"
#include "monitoring/service.h"
#include "org/repo.h"
#include "rules/service.h"

namespace jixiao::monitoring {

namespace {

void require_office(const auth::Principal& me) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("监控节点由绩效科设置和开启，您无权办理");
}

boost::json::object checkpoint_audit(const Checkpoint& c) {
  return {{"name", c.name}, {"year", c.year},     {"as_of", c.as_of},
          {"due", c.due},   {"status", c.status}, {"reports", c.reports}};
}

}  // namespace

void MonitoringService::as_seen_by(soci::session& s, const auth::Principal& me, Checkpoint& c) {
  const auto scope = auth::read_scope(me);
  // A region tree at or above the checkpoint's region holds all its reports.
  if (scope.kind == auth::DataScope::Kind::region_tree && c.region_path.starts_with(scope.path))
    return;
  c.partial = true;
  // Its list of reports then shows as many as the checkpoint says.
  repo::Filter mine;
  mine.checkpoint_id = c.id;
  if (c.status != "planned") c.reports = repo::count(s, mine, scope);
}

std::vector<Checkpoint> MonitoringService::checkpoints(const auth::Principal& me, long long year) {
  return db_.read([&](soci::session& s) {
    // Everyone sees the checkpoints that cover them; finance also those of the regions below.
    const bool below = me.role == auth::Role::performance_office || me.role == auth::Role::admin ||
                       me.role == auth::Role::viewer;
    auto out = repo::checkpoints(s, year, me.region_path, below);
    for (auto& c : out) as_seen_by(s, me, c);
    return out;
  });
}

Checkpoint MonitoringService::create_checkpoint(const auth::Principal& me,
                                                const CheckpointInput& in) {
  require_office(me);
  if (trim(in.name).empty()) throw invalid("name", "请填写监控节点名称，如“5月末监控”");
  if (!is_iso_date(in.as_of)) throw invalid("as_of", "数据截至日期应为日期，如 2026-05-31");
  if (std::stoll(in.as_of.substr(0, 4)) != in.year)
    throw invalid("as_of", "数据截至日期应在 " + std::to_string(in.year) + " 年度内");
  if (!is_iso_date(in.due)) throw invalid("due", "报送截止日期应为日期，如 2026-06-20");
  if (in.due < in.as_of) throw invalid("due", "报送截止日期不能早于数据截至日期");
  return db_.write([&](soci::session& s) {
    if (repo::checkpoint_overlaps(s, me.region_path, in.year, in.as_of))
      throw conflict("duplicate", "本地区或上下级地区已有截至 " + in.as_of + " 的监控节点",
                     "as_of");
    Checkpoint c;
    c.region_id = me.region_id;
    c.year = in.year;
    c.name = std::string(trim(in.name));
    c.as_of = in.as_of;
    c.due = in.due;
    c.status = "planned";
    c.created_by = me.user_id;
    c.created_at = now_iso();
    c.id = repo::insert_checkpoint(s, c);
    auto e = audit::entry(me, "create", "checkpoint", c.id, c.region_id);
    e.after_json = boost::json::serialize(checkpoint_audit(c));
    audit::append(s, db_.dialect(), e);
    return *repo::find_checkpoint(s, c.id);
  });
}

Checkpoint MonitoringService::open_checkpoint(const auth::Principal& me, long long id,
                                              long long version) {
  require_office(me);
  return db_.write([&](soci::session& s) {
    auto c = repo::find_checkpoint(s, id);
    if (!c || c->region_id != me.region_id) throw not_found("监控节点不存在");
    if (c->version != version)
      throw conflict("version_conflict", "监控节点已被他人修改，请刷新后重试", "version");
    if (c->status == "closed") throw precondition("bad_status", "监控节点已结束，不能再开启");
    const Checkpoint before = *c;
    const std::string at = now_iso();
    c->reports += repo::create_reports(s, *c, me.region_path, at);
    if (c->status == "planned") {
      c->status = "open";
      c->opened_by = me.user_id;
      c->opened_at = at;
    }
    if (!repo::update_checkpoint(s, *c, version))
      throw conflict("version_conflict", "监控节点已被他人修改，请刷新后重试", "version");
    auto e = audit::entry(me, "open", "checkpoint", c->id, c->region_id);
    e.before_json = boost::json::serialize(checkpoint_audit(before));
    e.after_json = boost::json::serialize(checkpoint_audit(*c));
    audit::append(s, db_.dialect(), e);
    return *repo::find_checkpoint(s, c->id);
  });
}

std::pair<Checkpoint, bool> MonitoringService::checkpoint(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const bool below = me.role == auth::Role::performance_office || me.role == auth::Role::admin ||
                       me.role == auth::Role::viewer;
    for (auto& c : repo::checkpoints(s, repo::find_checkpoint(s, id).value_or(Checkpoint{}).year,
                                     me.region_path, below))
      if (c.id == id) {
        as_seen_by(s, me, c);
        return std::pair{c, runs_.running(id)};
      }
    throw not_found("监控节点不存在");
  });
}

std::pair<Checkpoint, bool> MonitoringService::start_run(const auth::Principal& me, long long id) {
  require_office(me);
  const auto c = checkpoint(me, id).first;  // 404 unless the caller sees it
  if (c.region_id != me.region_id)
    throw forbidden("监控节点由" + c.region_name + "绩效科设置，只有它可以运行预警");
  if (c.status != "open") throw precondition("bad_status", "监控节点开启后才能运行预警");
  if (!runs_.start(id, me)) throw conflict("run_under_way", "该监控节点的预警正在运行，请稍候");
  return {c, true};
}

ForecastResult MonitoringService::forecast(const auth::Principal& me, long long checkpoint_id) {
  require_office(me);
  const auto c = checkpoint(me, checkpoint_id).first;
  if (c.region_id != me.region_id)
    throw forbidden("监控节点由" + c.region_name + "绩效科设置，只有它可以提前预警");
  const std::string today = now_iso().substr(0, 10);
  if (c.status != "planned" || today >= c.as_of)
    throw precondition("bad_status", "提前预警只在监控节点开启之前、数据截至日之前进行");
  return db_.write([&](soci::session& s) {
    const auto settings = warning_settings(rules::effective_rules(s, c.region_id, c.year));
    const auto r = forecast_checkpoint(s, db_.dialect(), c, me.region_path, settings, today);
    auto e = audit::entry(me, "forecast", "checkpoint", c.id, c.region_id);
    e.after_json = boost::json::serialize(
        boost::json::object{{"projects", r.projects}, {"blue", r.blue}, {"red", r.red}});
    audit::append(s, db_.dialect(), e);
    return r;
  });
}

MonitoringService::EarlyWarningPage MonitoringService::early_warnings(
    const auth::Principal& me, const EarlyWarningFilter& filter) {
  checkpoint(me, filter.checkpoint_id);  // 404 unless the caller sees it
  return db_.read([&](soci::session& s) {
    EarlyWarningPage page;
    page.items = monitoring::early_warnings(s, filter, auth::read_scope(me));
    if (filter.after_project_id == 0)
      page.total = count_early_warnings(s, filter, auth::read_scope(me));
    if (page.items.size() > static_cast<std::size_t>(filter.limit)) {
      page.items.resize(filter.limit);
      page.next_after = page.items.back().project_id;
    }
    return page;
  });
}

}  // namespace jixiao::monitoring
