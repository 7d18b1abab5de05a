// Key assessment: scorers (R-KE-3), their sheets, the conclusion (R-EA-2) and its suggestions
// travelling to the project and its target; need (R-EA-3), major marks, statistics, the gate.
#include <algorithm>
#include <boost/json.hpp>

#include "accounts/repo.h"
#include "assessment/service.h"
#include "assessment/steps.h"
#include "assessment/workflow.h"
#include "base/clock.h"
#include "base/error.h"
#include "base/json.h"
#include "org/repo.h"
#include "projects/repo.h"
#include "rules/service.h"
#include "targets/repo.h"

namespace jixiao::assessment {

namespace {

// The timeline actions by which a person writes a target or a self-assessment: they may not
// score it (R-KE-3).
const std::vector<std::string> kTargetWriting{"create", "update", "submit", "adjust", "withdraw"};
const std::vector<std::string> kSelfWriting{"create", "save_self", "submit", "withdraw"};

// Whether a user may be assigned to score this assessment: an active expert or agency of its
// region, its region's performance office, or the business section in charge of its department.
bool assignable(soci::session& s, const accounts::User& u, const Assessment& a) {
  if (!u.active || u.region_id != a.region_id) return false;
  if (u.role == "expert" || u.role == "agency" || u.role == "performance_office") return true;
  if (u.role == "business_section") {
    const auto d = org::repo::find_unit(s, a.department_id);
    return d && d->section_id != 0 && d->section_id == u.section_id;
  }
  return false;
}

Assessment found_or_404(soci::session& s, long long id, const repo::Reader& reader) {
  auto a = repo::find(s, id, reader);
  if (!a) throw not_found("事前绩效评估不存在或无权访问");
  return *a;
}

}  // namespace

AssessmentView AssessmentService::assign(const auth::Principal& me, long long id, long long version,
                                         const std::vector<long long>& scorer_ids) {
  if (scorer_ids.empty()) throw invalid("scorer_ids", "请至少指定一名评分人");
  return db_.write([&](soci::session& s) {
    Assessment a = found_or_404(s, id, reader_of(me));
    const auto& step =
        assessment_workflow().take(a.status, "assign", "", assessment_actors(s, me, a));
    std::vector<long long> interested;
    if (const auto t = targets::repo::target_of_project(s, a.project_id))
      interested = repo::writers(s, "target", *t, kTargetWriting);
    for (long long w : repo::writers(s, "assessment", a.id, kSelfWriting)) interested.push_back(w);
    const std::string now = now_iso();
    boost::json::array names;
    for (std::size_t i = 0; i < scorer_ids.size(); ++i) {
      const std::string field = "scorer_ids[" + std::to_string(i) + "]";
      const auto u = accounts::repo::find(s, scorer_ids[i]);
      if (!u || !assignable(s, *u, a))
        throw invalid(field, "评分人应为本地区在用的专家、第三方机构或财政人员");
      if (std::ranges::find(interested, u->id) != interested.end())
        throw precondition("conflict_of_interest",
                           "“" + u->display_name +
                               "”参与编写了该项目的绩效目标或事前评估自评材料，与评估对象存在"
                               "利害关系，不能担任评分人（R-KE-3）");
      if (!repo::assign(s, a.id, u->id, me.user_id, now))
        throw conflict("already_assigned", "“" + u->display_name + "”已是该评估的评分人", field);
      names.push_back(boost::json::value(u->display_name));
    }
    const std::string before = step_json(a);
    a.status = step.to;
    a.updated_at = now;
    if (!repo::update(s, a, version))
      throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
    auto after = boost::json::parse(step_json(a)).as_object();
    after["scorers"] = std::move(names);
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before,
                                 boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

AssessmentView AssessmentService::score(const auth::Principal& me, long long id,
                                        const std::vector<ItemInput>& items,
                                        const std::string& opinion, bool submit) {
  return db_.write([&](soci::session& s) {
    Assessment a = found_or_404(s, id, reader_of(me));
    const auto scorers = repo::scorers(s, id);
    const auto mine = std::ranges::find(scorers, me.user_id, &Scorer::scorer_id);
    // Finance staff read the assessment by their scope; only an assigned scorer scores it.
    if (mine == scorers.end()) throw forbidden("您不是该评估的评分人");
    const auto& step = assessment_workflow().take(a.status, submit ? "submit_score" : "score", "",
                                                  assessment_actors(s, me, a));
    const auto settings = assessment_settings(rules::effective_rules(s, a.region_id, a.year));
    const auto checked = check_items(settings.sheet(a.kind), items);
    if (submit && !checked.total) throw invalid("items", "请逐项打分后再提交");
    Scorer sc = *mine;
    sc.total = checked.total.value_or(-1);
    sc.opinion = opinion;
    const std::string now = now_iso();
    if (submit) sc.submitted_at = now;
    repo::save_scorer(s, sc);
    repo::replace_items(s, id, "key", me.user_id, checked.items);
    const std::string before = step_json(a);
    boost::json::object after{{"scorer", me.display_name}};
    if (sc.total >= 0) after["total"] = sc.total;
    if (step.to != a.status) {
      a.status = step.to;
      a.updated_at = now;
      // The assessment moves on with the last sheet; its version is the one just read, since
      // writes are serialised.
      if (!repo::update(s, a, a.version))
        throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
      after["status"] = a.status;
      after["status_label"] = status_label(a.status);
    }
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before,
                                 boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

AssessmentView AssessmentService::conclude(const auth::Principal& me, long long id,
                                           long long version, const ConcludeInput& in) {
  return db_.write([&](soci::session& s) {
    Assessment a = found_or_404(s, id, reader_of(me));
    const auto& step =
        assessment_workflow().take(a.status, "conclude", "", assessment_actors(s, me, a));
    if (in.suggested_amount_fen && *in.suggested_amount_fen > a.amount_fen)
      throw invalid("suggested_amount_fen", "建议金额不能高于申报金额");
    const auto settings = assessment_settings(rules::effective_rules(s, a.region_id, a.year));
    std::vector<long long> totals;
    for (const auto& c : repo::scorers(s, id))
      if (!c.submitted_at.empty()) totals.push_back(c.total);
    if (totals.empty()) throw precondition("no_scores", "尚无评分人提交评分，不能出具结论");
    const auto outcome = combine(totals, settings.combination, settings.bands);
    const std::string before = step_json(a);
    a.key_score = a.final_score = outcome.score;
    a.grade = outcome.grade;
    a.conclusion = outcome.conclusion;
    a.suggested_amount_fen = in.suggested_amount_fen.value_or(-1);
    // Not supported: nothing of it enters the budget (R-EA-2, R-EA-3).
    if (a.conclusion == "not_supported") a.suggested_amount_fen = 0;
    a.suggested_target_changes = in.suggested_target_changes;
    if (!in.opinion.empty()) a.opinion = in.opinion;
    a.status = step.to;
    a.concluded_at = a.updated_at = now_iso();
    if (!repo::update(s, a, version))
      throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
    auto after = boost::json::parse(step_json(a, in.opinion)).as_object();
    after["scorers"] = static_cast<long long>(totals.size());
    after["used"] = outcome.used;
    if (a.suggested_amount_fen >= 0) after["suggested_amount_fen"] = a.suggested_amount_fen;
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before,
                                 boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

AssessmentView AssessmentService::accept_suggestions(const auth::Principal& me, long long id,
                                                     long long version) {
  return db_.write([&](soci::session& s) {
    Assessment a = found_or_404(s, id, reader_of(me));
    const auto& step =
        assessment_workflow().take(a.status, "accept_suggestions", "", assessment_actors(s, me, a));
    if (a.suggestions_accepted) throw precondition("bad_status", "评估建议已经采纳");
    if (a.suggested_amount_fen < 0 && a.suggested_target_changes.empty())
      throw precondition("bad_status", "评估结论没有提出建议");
    const std::string now = now_iso();
    boost::json::object after{{"suggestions_accepted", true}};
    // The project's money becomes the suggested amount, on the project's timeline (调整金额);
    // the project's watches move its target's totals.
    const auto p = projects::repo::find(s, a.project_id, auth::write_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    if (a.suggested_amount_fen >= 0 && p->amount_fen != a.suggested_amount_fen) {
      const auto saved =
          projects_.set_amount(s, me, p->id, a.suggested_amount_fen, "采纳事前绩效评估建议金额");
      after["amount_fen"] = saved.amount_fen;
    }
    // An approved target is reopened through its adjustment, on the author's behalf.
    if (!a.suggested_target_changes.empty()) {
      if (const auto status = targets_.adjust_project_target(
              s, me, a.project_id, "按事前绩效评估建议调整：" + a.suggested_target_changes))
        after["target_status"] = *status;
    }
    const std::string before = step_json(a);
    a.suggestions_accepted = true;
    a.suggestions_accepted_at = a.updated_at = now;
    if (!repo::update(s, a, version))
      throw conflict("version_conflict", "评估已被他人修改，请刷新后重试", "version");
    assessment_workflow().record(s, db_.dialect(), me, step, id, a.region_id, before,
                                 boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

namespace {

NeedView need_of(soci::session& s, const projects::Project& p) {
  NeedView v;
  v.project_id = p.id;
  v.major = repo::major(s, p.id);
  const auto settings = assessment_settings(rules::effective_rules(s, p.region_id, p.year));
  v.answer = need_assessment({p.category, p.amount_fen, v.major.has_value()}, settings.need);
  if (const auto id = repo::of_project(s, p.id)) {
    const auto a =
        repo::find(s, *id, {auth::DataScope{auth::DataScope::Kind::region, p.region_id, {}}, 0});
    if (a) {
      v.assessment_id = a->id;
      v.assessment_status = a->status;
      v.conclusion = a->conclusion;
    }
  }
  return v;
}

}  // namespace

NeedView AssessmentService::need(const auth::Principal& me, long long project_id) {
  return db_.read([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::read_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    return need_of(s, *p);
  });
}

NeedView AssessmentService::mark_major(const auth::Principal& me, long long project_id,
                                       const std::string& reason) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::business_section)
    throw forbidden("只有财政（绩效科或归口业务科室）可以标记重大项目");
  if (reason.empty()) throw invalid("reason", "请说明标记为重大项目的理由");
  return db_.write([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::write_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    const auto before = repo::major(s, p->id);
    repo::mark_major(s, {p->id, me.user_id, me.display_name, reason, now_iso()});
    auto e = audit::entry(me, "mark_major", "project", p->id, p->region_id);
    if (before)
      e.before_json = boost::json::serialize(boost::json::object{{"reason", before->reason}});
    e.after_json = boost::json::serialize(boost::json::object{{"major", true}, {"reason", reason}});
    audit::append(s, db_.dialect(), e);
    return need_of(s, *p);
  });
}

std::vector<std::tuple<long long, std::string, std::string>> AssessmentService::scorer_candidates(
    const auth::Principal& me) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以指定评分人");
  return db_.read([&](soci::session& s) {
    std::vector<std::tuple<long long, std::string, std::string>> out;
    for (const char* role : {"expert", "agency", "performance_office", "business_section"}) {
      accounts::UserFilter f;
      f.region_id = me.region_id;
      f.role = role;
      f.active = true;
      f.limit = 500;
      for (const auto& u : accounts::repo::list(
               s, f, auth::DataScope{auth::DataScope::Kind::region, me.region_id, {}}))
        out.emplace_back(u.id, u.display_name, u.role);
    }
    return out;
  });
}

Statistics AssessmentService::statistics(const auth::Principal& me, long long year) {
  if (is_assignable_role(me.role)) throw forbidden("专家和第三方机构不查看评估统计");
  return db_.read([&](soci::session& s) {
    return Statistics{year, repo::totals(s, year, auth::read_scope(me))};
  });
}

std::string_view gate_state_name(GateState g) {
  switch (g) {
    case GateState::not_needed:
      return "not_needed";
    case GateState::missing:
      return "missing";
    case GateState::not_concluded:
      return "not_concluded";
    case GateState::supported:
      return "supported";
    case GateState::not_supported:
      return "not_supported";
  }
  return "missing";
}

GateState gate_state(soci::session& s, long long project_id) {
  const auto p = projects::repo::find(s, project_id,
                                      auth::DataScope{auth::DataScope::Kind::region_tree, 0, "/"});
  if (!p) return GateState::missing;
  const auto v = need_of(s, *p);
  // One begun anyway counts by its conclusion, needed or not.
  if (v.assessment_id == 0) return v.answer.needed ? GateState::missing : GateState::not_needed;
  if (v.assessment_status != "concluded")
    return v.answer.needed ? GateState::not_concluded : GateState::not_needed;
  return v.conclusion == "not_supported" ? GateState::not_supported : GateState::supported;
}

}  // namespace jixiao::assessment
