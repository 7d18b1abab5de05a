#include "targets/service.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "documents/repo.h"
#include "library/framework.h"
#include "org/repo.h"
#include "projects/repo.h"
#include "rules/service.h"
#include "targets/json.h"
#include "targets/steps.h"

namespace jixiao::targets {

namespace {

// Stored indicators follow the target's framework version (R-IND-1); the lint reports the same
// for drafts that are not saved.
void require_framework(const TargetDraft& d, const library::Framework& f) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i)
    if (!f.allows(d.indicators[i].category, d.indicators[i].subcategory))
      throw invalid("indicators[" + std::to_string(i) + "].subcategory",
                    "一级、二级指标的组合不符合指标体系 " + f.version + " 版");
}

// The first review (or expert's advice) of the target's current submission, or null.
const repo::Review* acted_since_submission(const std::vector<repo::Review>& reviews,
                                           const Target& t) {
  for (const auto& r : reviews)
    if (of_current_submission(r, t)) return &r;
  return nullptr;
}

// A task names projects of the target's year that the author may read; which of the ids are
// missing and which belong to others is not said (that would tell what exists elsewhere).
void require_task_projects(soci::session& s, const auth::Principal& me, const Target& t) {
  const auto scope = auth::read_scope(me);
  for (std::size_t i = 0; i < t.draft.tasks.size(); ++i) {
    for (const long long id : t.draft.tasks[i].project_ids) {
      const auto p = projects::repo::find(s, id, scope);
      if (!p || p->year != t.year)
        throw invalid("tasks[" + std::to_string(i) + "].project_ids",
                      "任务关联的项目中有不存在、不属于本年度或不在您管理范围内的项目，"
                      "请重新选择");
    }
  }
}

}  // namespace

LintContext TargetService::lint_context(soci::session& s, const Target& t,
                                        const TargetSettings& settings) {
  return make_lint_context(
      t, settings,
      t.unit_id ? repo::siblings(s, t.unit_id, t.year, t.id) : std::vector<SiblingTarget>{});
}

std::vector<Finding> TargetService::lint(const auth::Principal& me, TargetDraft draft) {
  return db_.read([&](soci::session& s) {
    Target t;
    t.kind = draft.kind;
    t.region_id = me.region_id;
    t.year = current_year();
    if (draft.project_id) {
      const auto p = projects::repo::find(s, *draft.project_id, auth::read_scope(me));
      if (!p) throw invalid("project_id", "项目不存在或无权访问");
      t.region_id = p->region_id;
      t.year = p->year;
      t.project_id = p->id;
      t.project_name = p->name;
      t.unit_id = p->unit_id;
      if (!draft.amount_fen) draft.amount_fen = p->amount_fen;
      if (auto existing = repo::target_of_project(s, p->id)) t.id = *existing;
    }
    const auto settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
    t.framework_version = settings.framework->version;
    if (t.id)
      if (auto saved = repo::find(s, t.id, reader_of(me)))
        t.framework_version = saved->framework_version;
    return targets::lint(draft, lint_context(s, t, settings));
  });
}

TargetPage TargetService::list(const auth::Principal& me, repo::TargetFilter filter) {
  if (me.role == auth::Role::admin) throw forbidden("系统管理员不处理绩效目标");
  return db_.read([&](soci::session& s) {
    // The office decides only its own level's targets; lower regions have their own office.
    const auto reader = filter.queue ? repo::Reader{auth::write_scope(me), 0} : reader_of(me);
    TargetPage page;
    page.items = repo::list(s, filter, reader);
    page.next_after = cut_to_limit(page.items, filter.limit);
    page.total = repo::count(s, filter, reader);
    return page;
  });
}

TargetView TargetService::view(soci::session& s, const auth::Principal& me, Target t) {
  TargetView v;
  t.draft.indicators = repo::indicators(s, t.id);
  v.findings = repo::findings(s, t.id);
  v.reviews = repo::reviews(s, t.id);
  v.documents = documents::repo::of_subject(s, "target", t.id, reader_of(me).scope);
  v.settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
  v.actions = target_workflow().allowed_actions(t.status, target_actors(s, me, t));
  if (acted_since_submission(v.reviews, t)) std::erase(v.actions, std::string("withdraw"));
  v.target = std::move(t);
  return v;
}

TargetView TargetService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto t = repo::find(s, id, reader_of(me));
    if (!t) throw not_found("绩效目标不存在或无权访问");
    return view(s, me, std::move(*t));
  });
}

std::vector<ProjectCandidate> TargetService::candidates(const auth::Principal& me, long long year,
                                                        const std::optional<std::string>& words,
                                                        int limit) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以填报绩效目标");
  return db_.read([&](soci::session& s) {
    auto rows = repo::candidates(s, auth::write_scope(me), year, words, limit);
    if (rows.size() > static_cast<std::size_t>(limit)) rows.resize(limit);
    return rows;
  });
}

TargetView TargetService::create(const auth::Principal& me, NewTarget in) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以填报绩效目标");
  if (!is_kind(in.kind)) throw invalid("kind", "目标类型只能是 project 或 department");
  const std::string now = now_iso();
  return db_.write([&](soci::session& s) {
    Target t;
    t.kind = in.kind;
    t.draft = std::move(in.draft);
    t.draft.kind = in.kind;
    const auto scope = auth::write_scope(me);
    if (in.kind == "project") {
      if (!in.project_id) throw invalid("project_id", "请选择项目");
      const auto p = projects::repo::find(s, *in.project_id, scope);
      if (!p) throw invalid("project_id", "项目不存在或不在您的管理范围内");
      if (p->status == "cancelled") throw invalid("project_id", "项目已取消，不能填报绩效目标");
      if (repo::target_of_project(s, p->id))
        throw conflict("target_exists", "该项目已有绩效目标", "project_id");
      t.region_id = p->region_id;
      t.year = p->year;
      t.project_id = p->id;
      t.unit_id = p->unit_id;
      t.department_id = p->department_id;
      t.project_name = p->name;
      t.draft.project_id = p->id;
      t.draft.amount_fen = p->amount_fen;
    } else {
      if (!in.department_id) throw invalid("department_id", "请选择部门");
      if (!in.year) throw invalid("year", "请指定年度");
      const auto d = org::repo::find_unit(s, *in.department_id);
      if (!d || d->kind != "department" || !org::repo::unit_in_scope(s, d->id, scope))
        throw invalid("department_id", "部门不存在或不在您的管理范围内");
      if (repo::target_of_department(s, d->id, *in.year))
        throw conflict("target_exists", "该部门本年度已有部门整体绩效目标", "department_id");
      t.region_id = d->region_id;
      t.year = *in.year;
      t.unit_id = d->id;
      t.department_id = d->id;
      t.draft.project_id.reset();
    }
    if (!org::repo::fiscal_year_open(s, t.region_id, t.year))
      throw invalid("year", "该年度未开放或已结账");
    const auto settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
    t.framework_version = settings.framework->version;  // R-IND-1: kept from now on
    require_framework(t.draft, *settings.framework);
    require_task_projects(s, me, t);
    t.status = target_workflow().initial();
    t.created_at = t.updated_at = now;
    const auto findings = targets::lint(t.draft, lint_context(s, t, settings));
    for (const auto& f : findings) (f.severity == Severity::error ? t.errors : t.warnings)++;
    t.id = repo::insert(s, t);
    repo::replace_indicators(s, t.id, t.draft.indicators);
    repo::replace_findings(s, t.id, findings);
    auto saved = *repo::find(s, t.id, {auth::read_scope(me), 0});
    auto v = view(s, me, saved);
    auto e = audit::entry(me, "create", "target", saved.id, saved.region_id);
    e.after_json = serialize(target_json(v.target, true));
    audit::append(s, db_.dialect(), e);
    return v;
  });
}

TargetView TargetService::update(const auth::Principal& me, long long id, long long version,
                                 const TargetDraft& draft) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以修改绩效目标");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, {auth::write_scope(me), 0});
    if (!found) throw not_found("绩效目标不存在或无权访问");
    Target t = *found;
    t.draft.indicators = repo::indicators(s, id);
    const auto before = serialize(target_json(t, true));
    const auto actors = target_actors(s, me, t);
    if (!target_workflow().allows(t.status, "edit", actors))
      throw precondition("target_frozen", "绩效目标" + std::string(status_label(t.status)) +
                                              "，不能修改；已批复的目标请先申请调整");
    t.draft.overall_goal = draft.overall_goal;
    t.draft.medium_term_goal = draft.medium_term_goal;
    t.draft.duties = draft.duties;
    t.draft.tasks = draft.tasks;
    t.draft.indicators = draft.indicators;
    if (t.kind == "department") t.draft.amount_fen = draft.amount_fen;
    // A save that changes nothing is not a change: no new version, no timeline entry.
    if (serialize(target_json(t, true)) == before)
      return view(s, me, *repo::find(s, id, {auth::read_scope(me), 0}));
    const auto settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
    const auto* framework = library::find_framework(t.framework_version);
    require_framework(t.draft, framework ? *framework : *settings.framework);
    require_task_projects(s, me, t);
    const auto findings = targets::lint(t.draft, lint_context(s, t, settings));
    t.errors = t.warnings = 0;
    for (const auto& f : findings) (f.severity == Severity::error ? t.errors : t.warnings)++;
    t.updated_at = now_iso();
    if (!repo::update_content(s, t, version))
      throw conflict("version_conflict", "绩效目标已被他人修改，请刷新后重试", "version");
    repo::replace_indicators(s, id, t.draft.indicators);
    repo::replace_findings(s, id, findings);
    auto v = view(s, me, *repo::find(s, id, {auth::read_scope(me), 0}));
    const auto& step = target_workflow().take(t.status, "edit", "", actors);
    target_workflow().record(s, db_.dialect(), me, step, id, t.region_id, before,
                             serialize(target_json(v.target, true)));
    return v;
  });
}

void TargetService::remove(const auth::Principal& me, long long id) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以删除绩效目标");
  db_.write([&](soci::session& s) {
    auto t = repo::find(s, id, {auth::write_scope(me), 0});
    if (!t) throw not_found("绩效目标不存在或无权访问");
    const auto actors = target_actors(s, me, *t);
    if (!target_workflow().allows(t->status, "delete", actors))
      throw precondition("not_draft", "只能删除草稿状态的绩效目标");
    const auto& step = target_workflow().take(t->status, "delete", "", actors);
    t->draft.indicators = repo::indicators(s, id);
    repo::remove(s, id);
    target_workflow().record(s, db_.dialect(), me, step, id, t->region_id,
                             serialize(target_json(*t, true)), "null");
  });
}

TargetView TargetService::submit(const auth::Principal& me, long long id, long long version) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以提交绩效目标");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, {auth::write_scope(me), 0});
    if (!found) throw not_found("绩效目标不存在或无权访问");
    Target t = *found;
    const auto& step = target_workflow().take(t.status, "submit", "", target_actors(s, me, t));
    t.draft.indicators = repo::indicators(s, id);
    const auto settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
    const auto findings = targets::lint(t.draft, lint_context(s, t, settings));
    repo::replace_findings(s, id, findings);
    if (blocks_submission(findings)) {
      AppError e(ErrorKind::precondition, "lint_errors", "绩效目标还有错误，请按提示修改后再提交",
                 "indicators");
      throw e;
    }
    const std::string before = step_json(t);
    t.status = step.to;
    t.submitted_at = t.updated_at = now_iso();
    if (!repo::update_status(s, t, version))
      throw conflict("version_conflict", "绩效目标已被他人修改，请刷新后重试", "version");
    target_workflow().record(s, db_.dialect(), me, step, id, t.region_id, before, step_json(t));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

TargetView TargetService::withdraw(const auth::Principal& me, long long id, long long version) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以撤回绩效目标");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, {auth::write_scope(me), 0});
    if (!found) throw not_found("绩效目标不存在或无权访问");
    Target t = *found;
    const auto actors = target_actors(s, me, t);
    if (!target_workflow().allows(t.status, "withdraw", actors))
      throw precondition("bad_status", "只有已提交、尚未审核的绩效目标可以撤回");
    // Once someone has acted on this submission, it is theirs to return, not the filer's.
    const auto reviews = repo::reviews(s, id);
    if (const auto* r = acted_since_submission(reviews, t))
      throw precondition("already_reviewed",
                         r->reviewer_name + "已于 " + r->created_at.substr(0, 10) +
                             " 办理该目标，不能撤回；如需修改，请联系审核人退回");
    const auto& step = target_workflow().take(t.status, "withdraw", "", actors);
    const std::string before = step_json(t);
    t.status = step.to;
    t.updated_at = now_iso();
    if (!repo::update_status(s, t, version))
      throw conflict("version_conflict", "绩效目标已被他人修改，请刷新后重试", "version");
    target_workflow().record(s, db_.dialect(), me, step, id, t.region_id, before, step_json(t));
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

TargetView TargetService::adjust(const auth::Principal& me, long long id, long long version,
                                 const std::string& reason) {
  if (!is_author_role(me.role)) throw forbidden("只有预算单位、部门或绩效科可以申请调整");
  if (reason.empty()) throw invalid("reason", "请说明调整原因");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, {auth::write_scope(me), 0});
    if (!found) throw not_found("绩效目标不存在或无权访问");
    if (!target_workflow().allows(found->status, "adjust", target_actors(s, me, *found)))
      throw precondition("bad_status", "只有已批复的绩效目标需要申请调整");
    take_adjust(s, me, *found, version, reason);
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

std::optional<std::string> TargetService::adjust_project_target(soci::session& s,
                                                                const auth::Principal& me,
                                                                long long project_id,
                                                                const std::string& reason) {
  const auto id = repo::target_of_project(s, project_id);
  if (!id) return std::nullopt;
  auto found = repo::find(s, *id, {auth::write_scope(me), 0});
  if (!found || found->status != "approved") return std::nullopt;
  return take_adjust(s, me, *found, found->version, reason);
}

std::string TargetService::take_adjust(soci::session& s, const auth::Principal& me, Target t,
                                       long long version, const std::string& reason) {
  const auto& step = target_workflow().take(t.status, "adjust", "", target_actors(s, me, t));
  t.draft.indicators = repo::indicators(s, t.id);
  // The approved content is kept in the record, so the adjustment can be compared with it.
  const std::string before = serialize(target_json(t, true));
  t.status = step.to;
  t.updated_at = now_iso();
  if (!repo::update_status(s, t, version))
    throw conflict("version_conflict", "绩效目标已被他人修改，请刷新后重试", "version");
  target_workflow().record(s, db_.dialect(), me, step, t.id, t.region_id, before,
                           step_json(t, reason));
  return t.status;
}

std::vector<audit::Record> TargetService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, reader_of(me))) throw not_found("绩效目标不存在或无权访问");
    return audit::history(s, "target", id, 500);
  });
}

long long TargetService::project_references(soci::session& s, long long project_id) {
  return repo::target_of_project(s, project_id) ? 1 : 0;
}

projects::ProjectWatch TargetService::project_watch() {
  // The target's totals carry its project's fund type, money and cancellation.
  auto move = [](long long sign) {
    return [sign](soci::session& s, long long project_id) {
      if (const auto id = repo::target_of_project(s, project_id)) repo::add_to_totals(s, *id, sign);
    };
  };
  return {move(-1), move(1)};
}

std::vector<audit::Record> TargetService::project_history(soci::session& s, long long project_id) {
  const auto id = repo::target_of_project(s, project_id);
  if (!id) return {};
  return audit::history(s, "target", *id, 500);
}

}  // namespace jixiao::targets
