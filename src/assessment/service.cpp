#include "assessment/service.h"

#include <boost/json.hpp>

#include "assessment/steps.h"
#include "assessment/workflow.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/json.h"
#include "projects/repo.h"
#include "rules/service.h"
#include "targets/repo.h"

namespace jixiao::assessment {

std::string step_json(const Assessment& a, const std::string& note) {
  boost::json::object o{{"status", a.status}, {"status_label", status_label(a.status)}};
  if (a.level == "key") o["level_label"] = level_label(a.level);
  if (a.final_score >= 0) {
    o["score"] = a.final_score;
    o["grade_label"] = targets::grade_label(a.grade);
    o["conclusion_label"] = conclusion_label(a.conclusion);
  }
  if (!note.empty()) o["opinion"] = note;
  return boost::json::serialize(o);
}

std::string content_json(const Assessment& a, const std::vector<ItemScore>& items) {
  boost::json::object scores;
  for (const auto& i : items) scores[i.key] = i.score;
  boost::json::object o{{"kind", a.kind},
                        {"self_score", a.self_score},
                        {"self_report", a.self_report},
                        {"items", std::move(scores)}};
  return boost::json::serialize(o);
}

CheckedItems check_items(const Sheet& sheet, const std::vector<ItemInput>& in) {
  // No items at all: nothing scored yet (a sheet just begun, or its kind just changed).
  if (in.empty()) return {};
  const auto items = sheet.items();
  std::vector<std::string> keys;  // "necessity.policy_basis": aspect and item
  for (const auto& a : sheet.aspects)
    for (const auto& i : a.items) keys.push_back(a.key + "." + i.key);
  if (in.size() != items.size())
    throw invalid("items", "评分表共 " + std::to_string(items.size()) + " 项，请按评分表逐项填写");
  CheckedItems out;
  std::vector<long long> scores;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (in[i].key != keys[i])
      throw invalid("items[" + std::to_string(i) + "].key",
                    "第 " + std::to_string(i + 1) + " 项应为“" + items[i]->label + "”");
    if (!in[i].score) continue;
    out.items.push_back({in[i].key, *in[i].score});
    scores.push_back(*in[i].score);
  }
  // Each score within 0…max, named by its place in the sheet.
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!in[i].score) continue;
    const std::string field = "items[" + std::to_string(i) + "].score";
    if (*in[i].score < 0) throw invalid(field, "“" + items[i]->label + "”的得分不能为负数");
    if (*in[i].score > items[i]->max)
      throw invalid(field, "“" + items[i]->label + "”的得分不能超过该项满分");
  }
  if (scores.size() == items.size()) out.total = sheet_total(sheet, scores);
  return out;
}

AssessmentView AssessmentService::view(soci::session& s, const auth::Principal& me, Assessment a) {
  AssessmentView v;
  v.settings = assessment_settings(rules::effective_rules(s, a.region_id, a.year));
  v.self_items = repo::items(s, a.id, "self", 0);
  const auto actors = assessment_actors(s, me, a);
  v.actions = assessment_workflow().allowed_actions(a.status, actors);
  // Acceptance is once, and only of suggestions there are.
  if (a.suggestions_accepted || (a.suggested_amount_fen < 0 && a.suggested_target_changes.empty()))
    std::erase(v.actions, std::string("accept_suggestions"));
  const bool finance = std::ranges::find(actors, "finance") != actors.end();
  for (auto& c : repo::scorers(s, a.id))
    if (finance || c.scorer_id == me.user_id) v.scorers.push_back(std::move(c));
  if (const auto t = targets::repo::target_of_project(s, a.project_id)) {
    v.target_id = *t;
    if (const auto target = targets::repo::find(s, *t, {auth::read_scope(me), 0}))
      v.target_status = target->status;
  }
  v.assessment = std::move(a);
  return v;
}

AssessmentPage AssessmentService::list(const auth::Principal& me, repo::Filter filter) {
  if (me.role == auth::Role::admin) throw forbidden("系统管理员不处理事前绩效评估");
  return db_.read([&](soci::session& s) {
    auto reader = reader_of(me);
    // Finance and the office act on their own level; a scorer's queue is its assignments.
    if (filter.queue && !is_assignable_role(me.role)) reader = {auth::write_scope(me), 0};
    if (filter.unscored_only) reader = {auth::DataScope{}, me.user_id};
    AssessmentPage page;
    page.items = repo::list(s, filter, reader);
    page.next_after = cut_to_limit(page.items, filter.limit);
    page.total = repo::count(s, filter, reader);
    return page;
  });
}

AssessmentView AssessmentService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto a = repo::find(s, id, reader_of(me));
    if (!a) throw not_found("事前绩效评估不存在或无权访问");
    return view(s, me, std::move(*a));
  });
}

AssessmentView AssessmentService::create(const auth::Principal& me, long long project_id,
                                         const std::string& kind) {
  if (!is_author_role(me.role)) throw forbidden("只有部门、单位或绩效科可以发起事前绩效评估");
  if (!is_kind(kind)) throw invalid("kind", "评估对象只能是 project（项目）或 policy（政策）");
  return db_.write([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::write_scope(me));
    if (!p) throw invalid("project_id", "项目不存在或不在您的管理范围内");
    if (p->status == "cancelled") throw invalid("project_id", "项目已取消，不需要事前绩效评估");
    if (repo::of_project(s, p->id))
      throw conflict("assessment_exists", "该项目已有事前绩效评估", "project_id");
    Assessment a;
    a.region_id = p->region_id;
    a.year = p->year;
    a.project_id = p->id;
    a.unit_id = p->unit_id;
    a.department_id = p->department_id;
    a.kind = kind;
    a.level = "self";
    a.status = assessment_workflow().initial();
    a.amount_fen = p->amount_fen;
    a.created_at = a.updated_at = now_iso();
    a.id = repo::insert(s, a);
    auto saved = *repo::find(s, a.id, {auth::read_scope(me), 0});
    auto e = audit::entry(me, "create", "assessment", saved.id, saved.region_id);
    e.after_json = step_json(saved);
    audit::append(s, db_.dialect(), e);
    return view(s, me, std::move(saved));
  });
}

AssessmentView AssessmentService::save_self(const auth::Principal& me, long long id,
                                            long long version, const SelfInput& in) {
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, reader_of(me));
    if (!found) throw not_found("事前绩效评估不存在或无权访问");
    Assessment a = *found;
    const auto& step =
        assessment_workflow().take(a.status, "edit", "", assessment_actors(s, me, a));
    const auto before_items = repo::items(s, id, "self", 0);
    const std::string before = content_json(a, before_items);
    if (in.kind) {
      if (!is_kind(*in.kind))
        throw invalid("kind", "评估对象只能是 project（项目）或 policy（政策）");
      a.kind = *in.kind;
    }
    const auto settings = assessment_settings(rules::effective_rules(s, a.region_id, a.year));
    const auto checked = check_items(settings.sheet(a.kind), in.items);
    if (in.report) a.self_report = *in.report;
    a.self_score = checked.total.value_or(-1);
    a.updated_at = now_iso();
    const std::string after = content_json(a, checked.items);
    if (after == before) return view(s, me, std::move(*found));  // nothing changed
    if (!repo::update(s, a, version))
      throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
    repo::replace_items(s, id, "self", 0, checked.items);
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before, after);
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

AssessmentView AssessmentService::step(const auth::Principal& me, long long id, long long version,
                                       const StepInput& in) {
  if (in.action != "submit" && in.action != "withdraw" && in.action != "review" &&
      in.action != "return")
    throw invalid("action",
                  "操作只能是 submit、withdraw、review 或 return；指定评分人、评分、"
                  "出具结论和采纳建议各有其接口");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, reader_of(me));
    if (!found) throw not_found("事前绩效评估不存在或无权访问");
    Assessment a = *found;
    const auto& step =
        assessment_workflow().take(a.status, in.action, in.decision, assessment_actors(s, me, a));
    const std::string before = step_json(a);
    const std::string now = now_iso();
    const auto settings = assessment_settings(rules::effective_rules(s, a.region_id, a.year));
    if (in.action == "submit") {
      if (a.self_score < 0) throw invalid("items", "请逐项完成自评打分后再提交");
      if (a.self_report.empty()) throw invalid("report", "请填写评估报告（评估意见）后再提交");
      a.submitted_at = now;
    }
    if ((step.to == "returned") && in.opinion.empty())
      throw invalid("opinion", "退回时请填写退回意见");
    if (in.decision == "select") a.level = "key";
    if (in.decision == "accept") {
      // Finance concludes on the department's own score (R-EA-2).
      a.final_score = a.self_score;
      a.grade = targets::grade_of(a.final_score, settings.bands);
      a.conclusion = conclusion_of(a.grade, settings.combination);
      a.concluded_at = now;
      if (in.suggested_amount_fen) a.suggested_amount_fen = *in.suggested_amount_fen;
      if (in.suggested_target_changes) a.suggested_target_changes = *in.suggested_target_changes;
    } else if (in.suggested_amount_fen || in.suggested_target_changes) {
      throw invalid("suggested_amount_fen", "只有认可自评估或出具结论时可以提出建议");
    }
    if (!in.opinion.empty()) a.opinion = in.opinion;
    a.status = step.to;
    a.updated_at = now;
    if (!repo::update(s, a, version))
      throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before,
                                 step_json(a, in.opinion));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

std::vector<audit::Record> AssessmentService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, reader_of(me))) throw not_found("事前绩效评估不存在或无权访问");
    return audit::history(s, "assessment", id, 500);
  });
}

long long AssessmentService::project_references(soci::session& s, long long project_id) {
  return repo::of_project(s, project_id) ? 1 : 0;
}

std::vector<audit::Record> AssessmentService::project_history(soci::session& s,
                                                              long long project_id) {
  const auto id = repo::of_project(s, project_id);
  if (!id) return {};
  return audit::history(s, "assessment", *id, 500);
}

}  // namespace jixiao::assessment
