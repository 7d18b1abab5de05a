// EvaluationService's rounds and reads: the office opens a year's self-evaluation for its region
// tree; everyone reads the evaluations of their scope.
#include "self_evaluation/service.h"
#include "base/cursor.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "rules/service.h"
#include "self_evaluation/settings.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

bool reads_below(const auth::Principal& me) {
  return me.role == auth::Role::performance_office || me.role == auth::Role::admin ||
         me.role == auth::Role::viewer;
}

boost::json::object round_audit(const Round& r) {
  return {{"year", r.year}, {"due", r.due}, {"evaluations", r.evaluations}};
}

}  // namespace

std::vector<Round> EvaluationService::rounds(const auth::Principal& me,
                                             std::optional<long long> year) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    throw forbidden("您的角色不办理绩效自评");
  return db_.read([&](soci::session& s) {
    // Everyone sees the rounds that cover them; finance also those of the regions below.
    return repo::rounds(s, year, me.region_path, reads_below(me));
  });
}

Round EvaluationService::open_round(const auth::Principal& me, const RoundInput& in) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("年度绩效自评由绩效科开启，您无权办理");
  if (!is_iso_date(in.due))
    throw invalid("due", "自评截止日期应为日期，如 " + std::to_string(in.year + 1) + "-03-31");
  if (in.due <= std::to_string(in.year) + "-12-31")
    throw invalid("due", "自评截止日期应在 " + std::to_string(in.year) + " 年度结束之后");
  return db_.write([&](soci::session& s) {
    if (const auto over = repo::round_over(s, me.region_path, in.year))
      throw conflict("duplicate",
                     over->region_name + "已开启 " + std::to_string(in.year) + " 年度绩效自评",
                     "year");
    Round r;
    r.region_id = me.region_id;
    r.year = in.year;
    r.due = in.due;
    r.opened_by = me.user_id;
    r.opened_at = now_iso();
    r.id = repo::insert_round(s, r);
    r.evaluations = repo::create_evaluations(s, r, me.region_path, r.opened_at);
    // Until the unit reports, each score is R-SE-3's on the prefilled money, under the rules of
    // the evaluation's own region.
    for (const long long region : repo::round_regions(s, r.id)) {
      const auto settings = scoring_settings(rules::effective_rules(s, region, r.year));
      repo::set_execution_scores(s, r.id, region, settings.execution_points);
    }
    repo::set_round_count(s, r.id, r.evaluations);
    auto e = audit::entry(me, "open", "self_evaluation_round", r.id, r.region_id);
    e.after_json = boost::json::serialize(round_audit(r));
    audit::append(s, db_.dialect(), e);
    return *repo::find_round(s, r.id);
  });
}

EvaluationPage EvaluationService::list(const auth::Principal& me, repo::Filter filter) {
  if (me.role == auth::Role::admin || me.role == auth::Role::expert ||
      me.role == auth::Role::agency)
    throw forbidden("您的角色不办理绩效自评");
  return db_.read([&](soci::session& s) {
    // A queue is of the caller's own level; a list reads its whole scope.
    const auto scope = filter.queue ? auth::write_scope(me) : auth::read_scope(me);
    EvaluationPage page;
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0) page.total = repo::count(s, filter, scope);
    return page;
  });
}

EvaluationView EvaluationService::view(soci::session& s, const auth::Principal& me, Evaluation e) {
  EvaluationView v;
  e.indicators = repo::indicators(s, e.id);
  const auto actors = evaluation_actors(s, me, e);
  v.actions = evaluation_workflow().allowed_actions(e.status, actors);
  v.settings = scoring_settings(rules::effective_rules(s, e.region_id, e.year));
  v.executed_editable =
      e.kind == "department" && std::ranges::find(v.actions, "edit") != v.actions.end();
  v.evaluation = std::move(e);
  return v;
}

EvaluationView EvaluationService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto e = repo::find(s, id, auth::read_scope(me));
    if (!e) throw not_found("绩效自评不存在或无权访问");
    return view(s, me, std::move(*e));
  });
}

std::vector<audit::Record> EvaluationService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("绩效自评不存在或无权访问");
    return audit::history(s, "self_evaluation", id, 500);
  });
}

std::vector<audit::Record> EvaluationService::project_history(soci::session& s,
                                                              long long project_id) {
  const auto id = repo::of_project(s, project_id);
  if (!id) return {};
  return audit::history(s, "self_evaluation", *id, 500);
}

long long EvaluationService::project_references(soci::session& s, long long project_id) {
  return repo::of_project(s, project_id) ? 1 : 0;
}

}  // namespace jixiao::self_evaluation
