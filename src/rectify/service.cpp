#include "rectify/service.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "rectify/workflow.h"

namespace jixiao::rectify {

namespace {

std::string step_json(const Finding& f) {
  boost::json::object o{{"status", f.status}};
  if (!f.answer.empty()) o["answer"] = f.answer;
  if (!f.decision.empty()) o["opinion"] = f.decision;
  return boost::json::serialize(o);
}

std::string today() { return now_iso().substr(0, 10); }

}  // namespace

long long add_finding(soci::session& s, db::Dialect dialect, const FindingInput& in,
                      audit::Entry by) {
  Finding f;
  f.region_id = in.region_id;
  f.year = in.year;
  f.source = in.source;
  f.source_id = in.source_id;
  f.project_id = in.project_id;
  f.unit_id = in.unit_id;
  f.department_id = in.department_id;
  f.title = in.title;
  f.requirement = in.requirement;
  f.due = in.due;
  f.document_id = in.document_id;
  f.status = finding_workflow().initial();
  f.created_at = in.created_at.empty() ? now_iso() : in.created_at;
  f.updated_at = f.created_at;
  f.id = repo::insert(s, f);
  by.action = "create";
  by.entity = "finding";
  by.entity_id = f.id;
  by.region_id = f.region_id;
  by.after_json = boost::json::serialize(boost::json::object{{"status", f.status},
                                                             {"source", f.source},
                                                             {"source_id", f.source_id},
                                                             {"title", f.title},
                                                             {"due", f.due}});
  audit::append(s, dialect, by);
  return f.id;
}

FindingView FindingService::view(soci::session& s, const auth::Principal& me, Finding f) {
  FindingView v;
  v.overdue = is_overdue(f, today());
  v.actions = finding_workflow().allowed_actions(f.status, finding_actors(s, me, f));
  v.finding = std::move(f);
  return v;
}

FindingPage FindingService::list(const auth::Principal& me, repo::Filter filter, bool overdue) {
  if (overdue) filter.overdue_on = today();
  return db_.read([&](soci::session& s) {
    FindingPage page;
    const auto scope = auth::read_scope(me);
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0 && filter.offset == 0) page.total = repo::count(s, filter, scope);
    return page;
  });
}

FindingView FindingService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto f = repo::find(s, id, auth::read_scope(me));
    if (!f) throw not_found("整改问题不存在或无权访问");
    return view(s, me, std::move(*f));
  });
}

FindingView FindingService::step(const auth::Principal& me, long long id, long long version,
                                 const StepInput& in) {
  if (!finding_workflow().has_action(in.action))
    throw invalid("action", "操作只能是 answer、close 或 reopen");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("整改问题不存在或无权访问");
    Finding f = *found;
    const auto& step = finding_workflow().take(f.status, in.action, "", finding_actors(s, me, f));
    const std::string before = step_json(f);
    const std::string now = now_iso();
    if (in.action == "answer") {
      // R-RA-1: the unit answers with its measures.
      if (in.answer.empty()) throw invalid("answer", "请填写整改措施及成效");
      f.answer = in.answer;
      f.answered_at = now;
    } else if (in.action == "reopen") {
      if (in.opinion.empty()) throw invalid("opinion", "退回重新整改时请说明理由");
      f.decision = in.opinion;
      f.closed_at.clear();
    } else if (in.action == "close") {
      f.decision = in.opinion;
      f.closed_at = now;
    }
    f.status = step.to;
    f.updated_at = now;
    if (!repo::update(s, f, version))
      throw conflict("version_conflict", "整改问题已被他人修改，请刷新后重试", "version");
    boost::json::object after = boost::json::parse(step_json(f)).as_object();
    if (!in.opinion.empty()) after["opinion"] = in.opinion;
    finding_workflow().record(s, db_.dialect(), me, step, id, f.region_id, before,
                              boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

std::vector<audit::Record> FindingService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("整改问题不存在或无权访问");
    return audit::history(s, "finding", id, 500);
  });
}

Statistics FindingService::statistics(const auth::Principal& me, long long year) {
  return db_.read([&](soci::session& s) {
    Statistics out;
    out.year = year;
    out.as_of = today();
    out.counts = repo::statistics(s, year, out.as_of, auth::read_scope(me));
    return out;
  });
}

std::vector<audit::Record> FindingService::project_history(soci::session& s, long long project_id) {
  std::vector<audit::Record> out;
  for (long long id : repo::of_project(s, project_id)) {
    auto h = audit::history(s, "finding", id, 100);
    out.insert(out.end(), h.begin(), h.end());
  }
  std::ranges::sort(out, {}, &audit::Record::id);
  return out;
}

}  // namespace jixiao::rectify
