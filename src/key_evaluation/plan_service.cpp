#include "key_evaluation/plan_service.h"

#include <algorithm>
#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "key_evaluation/evaluation_json.h"
#include "key_evaluation/evaluation_queue.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/workflow.h"
#include "org/repo.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Principal;
using auth::Role;

constexpr const char* kStale = "评价计划已被他人修改，请刷新后重试";

ShownEvaluation shown(soci::session& s, const EvaluationCaller& c, KeyEvaluation e) {
  auto actions = evaluation_workflow().allowed_actions(e.status, evaluation_actors(s, c, e));
  return {std::move(e), std::move(actions)};
}

KeyEvaluation visible(soci::session& s, const EvaluationCaller& c, long long id) {
  auto e = evaluation_repo::find(s, id, evaluation_reader(c));
  if (!e) throw not_found("评价对象不存在或无权访问");
  return *e;
}

std::string json_text(const KeyEvaluation& e) {
  return boost::json::serialize(evaluation_json(e, {}));
}

PlanSubject subject_of(const KeyEvaluation& e) {
  PlanSubject p;
  p.region_id = e.region_id;
  p.year = e.year;
  p.kind = e.kind;
  p.name = e.name;
  p.scope = e.scope;
  p.project_id = e.project_id;
  p.department_id = e.department_id;
  p.unit_id = e.unit_id;
  p.subject_region_id = e.subject_region_id;
  p.fund_type = e.fund_type;
  p.budget_fen = e.budget_fen;
  p.due = e.due;
  p.mode = e.mode;
  return p;
}

void apply(KeyEvaluation& e, const PlanSubject& p) {
  e.region_id = p.region_id;
  e.year = p.year;
  e.kind = p.kind;
  e.name = p.name;
  e.scope = p.scope;
  e.project_id = p.project_id;
  e.department_id = p.department_id;
  e.unit_id = p.unit_id;
  e.subject_region_id = p.subject_region_id;
  e.fund_type = p.fund_type;
  e.budget_fen = p.budget_fen;
  e.due = p.due;
  e.mode = p.mode;
}

// The region whose plan the caller reads: finance and viewers, a region of their tree.
org::Region plan_region(soci::session& s, const Principal& me, std::optional<long long> id) {
  if (me.role != Role::performance_office && me.role != Role::business_section &&
      me.role != Role::admin && me.role != Role::viewer)
    throw forbidden("无权查看评价计划");
  const auto r = org::repo::find_region(s, id.value_or(me.region_id));
  if (!r || r->path.compare(0, me.region_path.size(), me.region_path) != 0)
    throw not_found("地区不存在或不在本地区及所辖地区");
  return *r;
}

// The caller's actors on a planned subject it changes: 403 unless it is the office of the plan's
// region (the workflow would answer the state, which is not what stops it).
workflow::Actors plan_keeper(soci::session& s, const EvaluationCaller& c, const KeyEvaluation& e) {
  auto actors = evaluation_actors(s, c, e);
  if (std::find(actors.begin(), actors.end(), "office") == actors.end())
    throw forbidden("只有评价计划所在地区的绩效科可以修改或移出评价对象");
  return actors;
}

}  // namespace

EvaluationPage PlanService::list(const Principal& me, const EvaluationFilter& asked) {
  return db_.read([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    const auto who = evaluation_reader(c);
    EvaluationFilter f = asked;
    if (f.queue) {
      // What waits for the caller: the office acts on its own region's evaluations only.
      f.queue = queue_of(c).value_or("none");
      if (*f.queue == "office") f.region_id = me.region_id;
    }
    EvaluationPage page;
    auto rows = evaluation_repo::list(s, f, who);
    if (rows.size() > static_cast<std::size_t>(f.limit)) {
      rows.resize(f.limit);
      page.more = true;
    }
    for (auto& e : rows) page.items.push_back(shown(s, c, std::move(e)));
    page.total = evaluation_repo::count(s, f, who);
    return page;
  });
}

ShownEvaluation PlanService::get(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    return shown(s, c, visible(s, c, id));
  });
}

ShownEvaluation PlanService::create(const Principal& me, const PlanInput& in) {
  if (me.role != Role::performance_office)
    throw forbidden("只有绩效科可以把评价对象列入本地区的评价计划");
  return db_.write([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    const PlanSubject p = settle_subject(s, me, in, std::nullopt, 0);
    KeyEvaluation e;
    apply(e, p);
    e.status = evaluation_workflow().initial();
    e.created_by = me.user_id;
    e.created_at = e.updated_at = now_iso();
    e.id = evaluation_repo::insert(s, e);
    const KeyEvaluation saved = visible(s, c, e.id);
    auto entry = audit::entry(me, "create", "key_evaluation", saved.id, saved.region_id);
    entry.after_json = json_text(saved);
    audit::append(s, db_.dialect(), entry);
    return shown(s, c, saved);
  });
}

ShownEvaluation PlanService::update(const Principal& me, long long id, long long version,
                                    const PlanInput& in) {
  return db_.write([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    const KeyEvaluation before = visible(s, c, id);
    const auto& step =
        evaluation_workflow().take(before.status, "edit", "", plan_keeper(s, c, before));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    const PlanSubject p = settle_subject(s, me, in, subject_of(before), id);
    KeyEvaluation e = before;
    apply(e, p);
    e.updated_at = now_iso();
    if (!evaluation_repo::update_plan(s, e, version))
      throw conflict("version_conflict", kStale, "version");
    const KeyEvaluation saved = visible(s, c, id);
    evaluation_workflow().record(s, db_.dialect(), me, step, id, saved.region_id, json_text(before),
                                 json_text(saved));
    return shown(s, c, saved);
  });
}

void PlanService::remove(const Principal& me, long long id, long long version) {
  db_.write([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    const KeyEvaluation before = visible(s, c, id);
    const auto& step =
        evaluation_workflow().take(before.status, "delete", "", plan_keeper(s, c, before));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    // The timeline keeps the step: it is written before the row goes.
    evaluation_workflow().record(s, db_.dialect(), me, step, id, before.region_id,
                                 json_text(before), "null");
    if (!evaluation_repo::remove(s, id, version))
      throw conflict("version_conflict", kStale, "version");
    return 0;
  });
}

std::vector<Suggestion> PlanService::suggestions(const Principal& me, long long year,
                                                 std::optional<long long> region_id) {
  return db_.read([&](soci::session& s) {
    const auto r = plan_region(s, me, region_id);
    return plan_suggestions(s, r.id, r.path, year);
  });
}

PlanCoverage PlanService::coverage(const Principal& me, long long year,
                                   std::optional<long long> region_id) {
  return db_.read([&](soci::session& s) {
    const auto r = plan_region(s, me, region_id);
    return plan_coverage(s, r.id, r.path, year);
  });
}

}  // namespace jixiao::key_evaluation
