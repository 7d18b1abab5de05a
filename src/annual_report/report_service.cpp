#include "annual_report/report_service.h"

#include <boost/json.hpp>
#include <optional>

#include "annual_report/access.h"
#include "annual_report/report_json.h"
#include "annual_report/report_workflow.h"
#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "org/repo.h"

namespace jixiao::annual_report {

namespace {

void require_writer(const auth::Principal& me, const org::Region& region) {
  if (me.role != auth::Role::performance_office || me.region_id != region.id)
    throw forbidden("只有本地区的绩效科可以编辑和冻结年度工作报告");
}

repo::ReportRecord record_of(soci::session& s, const org::Region& region, long long year) {
  if (auto r = repo::find(s, region.id, year)) return *r;
  repo::ReportRecord r;
  r.region_id = region.id;
  r.year = year;
  r.status = report_workflow().initial();
  return r;
}

// A report that may still change, at the version the caller read.
void check_open(const repo::ReportRecord& r, long long version) {
  if (!r.frozen_figures.empty())
    throw conflict("frozen", "报告已于" + r.frozen_at.substr(0, 10) + "冻结，不能再修改");
  if (r.version != version) throw conflict("version_conflict", "报告已被他人修改，请刷新后重试");
}

// live: the figures already counted in this transaction, else counted here (unless frozen).
ReportView view_of(soci::session& s, db::Dialect dialect, const FigureSetSource& figures,
                   const auth::Principal& me, const org::Region& region, long long year,
                   std::optional<FigureSet> live = std::nullopt) {
  ReportView v;
  v.record = record_of(s, region, year);
  v.frozen = !v.record.frozen_figures.empty();
  v.can_edit = !v.frozen && me.role == auth::Role::performance_office && me.region_id == region.id;
  if (v.frozen)
    v.figures = frozen_figures_of(v.record.frozen_figures);
  else
    v.figures = live ? std::move(*live) : figures(s, dialect, region.id, year);
  v.narrative = narrative_of(v.record.narrative);
  const std::string day = (v.frozen ? v.record.frozen_at : now_iso()).substr(0, 10);
  v.document = report_of(v.figures, v.narrative, day);
  v.placeholders = placeholders(v.figures);
  return v;
}

std::string status_json(const std::string& status) {
  return boost::json::serialize(boost::json::object{{"status", status}});
}

}  // namespace

ReportDocument report_document(soci::session& s, db::Dialect dialect,
                               const FigureSetSource& figures, long long region_id,
                               long long year) {
  const auto region = org::repo::find_region(s, region_id);
  if (!region) throw not_found("地区不存在");
  return view_of(s, dialect, figures, {}, *region, year).document;
}

ReportView AnnualReportService::get(const auth::Principal& me, long long year,
                                    long long region_id) {
  return db_.read([&](soci::session& s) {
    const auto region = readable_region(s, me, region_id);
    return view_of(s, db_.dialect(), figures_, me, region, year);
  });
}

ReportView AnnualReportService::save(const auth::Principal& me, long long year, long long region_id,
                                     const Narrative& narrative, long long version) {
  return db_.write([&](soci::session& s) {
    const auto region = readable_region(s, me, region_id);
    require_writer(me, region);
    auto r = record_of(s, region, year);
    check_open(r, version);
    auto figures = figures_(s, db_.dialect(), region.id, year);
    check_narrative(narrative, figures);
    const std::string at = now_iso();
    const std::string before = r.narrative;
    if (r.id == 0) {
      r.id = repo::insert(s, region.id, year, r.status, at);
      r.version = 1;
    }
    const std::string text = boost::json::serialize(narrative_json(narrative));
    if (!repo::set_narrative(s, r, text, at))
      throw conflict("version_conflict", "报告已被他人修改，请刷新后重试");
    auto e = audit::entry(me, "save", "annual_report", r.id, region.id);
    e.before_json = before;
    e.after_json = text;
    audit::append(s, db_.dialect(), e);
    return view_of(s, db_.dialect(), figures_, me, region, year, std::move(figures));
  });
}

ReportView AnnualReportService::freeze(const auth::Principal& me, long long year,
                                       long long region_id, long long version) {
  return db_.write([&](soci::session& s) {
    const auto region = readable_region(s, me, region_id);
    require_writer(me, region);
    auto r = record_of(s, region, year);
    check_open(r, version);
    const auto& step = report_workflow().take(r.status, "freeze", "", report_actors(me, region.id));
    const std::string at = now_iso();
    if (r.id == 0) {
      r.id = repo::insert(s, region.id, year, r.status, at);
      r.version = 1;
    }
    // The figures of this moment and the narrative as they read them, kept for good.
    const auto figures = figures_(s, db_.dialect(), region.id, year);
    Narrative expanded;
    for (const auto& [key, text] : narrative_of(r.narrative)) expanded[key] = expand(text, figures);
    if (!repo::set_frozen(s, r, step.to, boost::json::serialize(narrative_json(expanded)),
                          boost::json::serialize(frozen_figures_json(figures)), me.user_id, at))
      throw conflict("version_conflict", "报告已被他人修改，请刷新后重试");
    report_workflow().record(s, db_.dialect(), me, step, r.id, region.id, status_json(r.status),
                             status_json(step.to));
    return view_of(s, db_.dialect(), figures_, me, region, year);
  });
}

}  // namespace jixiao::annual_report
