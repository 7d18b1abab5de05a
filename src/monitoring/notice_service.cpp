#include "monitoring/notice_service.h"

#include <algorithm>
#include <map>

#include "auth/scope_sql.h"
#include "base/clock.h"
#include "base/error.h"
#include "db/query.h"
#include "documents/repo.h"
#include "documents/service.h"
#include "monitoring/notices.h"
#include "monitoring/repo.h"
#include "org/repo.h"
#include "rectify/repo.h"
#include "rectify/service.h"
#include "rules/service.h"

namespace jixiao::monitoring {

namespace {

constexpr const char* kSource = "monitoring_warning";

// R-RA-1 [local]: the answer within 30 days, unless the region's R-MO-2 says otherwise.
long long answer_days(soci::session& s, const Checkpoint& c) {
  const auto rules = rules::effective_rules(s, c.region_id, c.year);
  const auto& p = rules.params("R-MO-2");
  if (const auto* v = p.if_contains("notice_answer_days"); v && v->is_int64()) return v->as_int64();
  return 30;
}

// Whether the caller sees the checkpoint: one of its region or above it, or, for finance, below.
std::optional<Checkpoint> visible_checkpoint(soci::session& s, const auth::Principal& me,
                                             long long id) {
  const auto found = repo::find_checkpoint(s, id);
  if (!found) return std::nullopt;
  const bool below = me.role == auth::Role::performance_office || me.role == auth::Role::admin ||
                     me.role == auth::Role::viewer || me.role == auth::Role::business_section;
  for (auto& c : repo::checkpoints(s, found->year, me.region_path, below))
    if (c.id == id) return c;
  return std::nullopt;
}

}  // namespace

IssuedNotices issue_warning_notices(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                                    const std::string& issued_on, long long issued_by,
                                    const audit::Entry& by) {
  const auto region = org::repo::find_region(s, c.region_id);
  if (!region) throw not_found("地区不存在");
  // The checkpoint covers the targets of its region and every region below it.
  const auth::DataScope tree{auth::DataScope::Kind::region_tree, c.region_id, region->path};
  repo::Filter f;
  f.checkpoint_id = c.id;
  f.limit = 1'000'000;
  std::map<long long, std::vector<Report>> by_unit;
  for (auto& r : repo::list(s, f, tree)) {
    if (r.colour == "none" || rectify::repo::handed_over(s, kSource, r.id)) continue;
    by_unit[r.unit_id].push_back(std::move(r));
  }
  IssuedNotices out;
  if (by_unit.empty()) return out;
  const std::string day = issued_on.empty() ? now_iso().substr(0, 10) : issued_on;
  const std::string due = due_after(day, answer_days(s, c));
  const std::string at = day == now_iso().substr(0, 10) ? now_iso() : day + "T09:00:00Z";
  for (auto& [unit_id, warned] : by_unit) {
    std::ranges::sort(warned, {}, &Report::id);
    auto draft = warning_notice({c, warned.front().unit_name, warned, due});
    draft.issued_on = day;
    auto doc = documents::issue(s, dialect, draft, issued_by, by);
    for (const auto& r : warned) {
      rectify::FindingInput in;
      in.region_id = r.region_id;
      in.year = r.year;
      in.source = kSource;
      in.source_id = r.id;
      in.project_id = r.project_id;
      in.unit_id = r.unit_id;
      in.department_id = r.department_id;
      in.title = finding_title(r);
      in.requirement = requirement_of(r, due);
      in.due = due;
      in.document_id = doc.id;
      in.created_at = at;
      rectify::add_finding(s, dialect, in, by);
    }
    ++out.issued;
    out.documents.push_back(std::move(doc));
  }
  return out;
}

IssuedNotices NoticeService::issue_notices(const auth::Principal& me, long long checkpoint_id) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("只有绩效科可以下达预警纠偏告知函");
  return db_.write([&](soci::session& s) {
    const auto c = visible_checkpoint(s, me, checkpoint_id);
    if (!c) throw not_found("监控节点不存在");
    if (c->region_id != me.region_id)
      throw forbidden("监控节点由" + c->region_name + "绩效科设置，只有它可以下达告知函");
    if (c->status == "planned") throw precondition("bad_status", "监控节点尚未开启");
    return issue_warning_notices(s, db_.dialect(), *c, "", me.user_id,
                                 audit::entry(me, "issue", "document", 0, c->region_id));
  });
}

std::vector<NoticeSummary> NoticeService::notices(const auth::Principal& me,
                                                  long long checkpoint_id) {
  return db_.read([&](soci::session& s) {
    if (!visible_checkpoint(s, me, checkpoint_id)) throw not_found("监控节点不存在");
    // The notices' ids in the caller's scope, then each as the documents module reads it.
    db::Query q("SELECT d.id FROM official_documents d WHERE ");
    auth::append_scope(q, auth::read_scope(me), {"d.region_id", "d.department_id", "d.unit_id"});
    q.sql(" AND d.kind = 'warning_notice' AND d.subject = 'checkpoint' AND d.subject_id = ")
        .bind(checkpoint_id)
        .sql(" ORDER BY d.id");
    std::vector<long long> ids;
    {
      long long id = 0;
      soci::statement st(s);
      st.exchange(soci::into(id));
      q.execute(st);
      while (st.fetch()) ids.push_back(id);
    }
    const std::string today = now_iso().substr(0, 10);
    std::vector<NoticeSummary> out;
    for (long long id : ids) {
      auto doc = documents::repo::find(s, id, auth::read_scope(me));
      if (!doc) continue;
      NoticeSummary n;
      n.document = std::move(*doc);
      rectify::Finding f;
      long long count = 0;
      soci::statement st =
          (s.prepare << "SELECT status, due, COUNT(*) FROM findings WHERE "
                        "document_id = :d GROUP BY status, due",
           soci::use(id), soci::into(f.status), soci::into(f.due), soci::into(count));
      st.execute();
      while (st.fetch()) {
        n.findings += count;
        if (f.status == "open") n.open += count;
        if (f.status == "answered") n.answered += count;
        if (f.status == "closed") n.closed += count;
        if (rectify::is_overdue(f, today)) n.overdue += count;
        n.due = std::max(n.due, f.due);
      }
      out.push_back(std::move(n));
    }
    return out;
  });
}

}  // namespace jixiao::monitoring
