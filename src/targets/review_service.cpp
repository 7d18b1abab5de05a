// The review half of TargetService: department, section, expert and office reviews with the scoring
// sheet, review batches, and turning an approved target into a case.
#include <boost/json.hpp>

#include "accounts/repo.h"
#include "base/clock.h"
#include "base/error.h"
#include "documents/service.h"
#include "library/framework.h"
#include "library/repo.h"
#include "library/service.h"
#include "org/repo.h"
#include "rules/service.h"
#include "targets/json.h"
#include "targets/letters.h"
#include "targets/review_rules.h"
#include "targets/service.h"
#include "targets/steps.h"

namespace jixiao::targets {

namespace {

// The scores in sheet order; every item is required.
std::vector<long long> ordered_scores(const ReviewSheet& sheet,
                                      const std::map<std::string, long long>& scores) {
  for (const auto& [key, value] : scores) {
    bool known = false;
    for (const auto& item : sheet.items) known = known || item.key == key;
    if (!known) throw invalid("scores." + key, "评分表没有这一项");
  }
  std::vector<long long> out;
  for (const auto& item : sheet.items) {
    auto it = scores.find(item.key);
    if (it == scores.end()) throw invalid("scores." + item.key, "请为「" + item.label + "」打分");
    out.push_back(it->second);
  }
  return out;
}

std::string scores_json(const ReviewSheet& sheet, const std::vector<long long>& scores) {
  boost::json::object o;
  for (std::size_t i = 0; i < sheet.items.size(); ++i) o[sheet.items[i].key] = scores[i];
  return boost::json::serialize(o);
}

}  // namespace

void TargetService::issue_decision_letter(soci::session& s, const auth::Principal& me, Target t,
                                          const TargetSettings& settings) {
  t.draft.indicators = repo::indicators(s, t.id);
  std::vector<repo::Review> these;
  for (auto& r : repo::reviews(s, t.id))
    if (of_current_submission(r, t)) these.push_back(std::move(r));
  const auto* framework = library::find_framework(t.framework_version);
  const LetterInput in{t,
                       t.status == "approved"   ? "approve"
                       : t.status == "rejected" ? "reject"
                                                : "return",
                       these, framework ? *framework : library::latest_framework(),
                       settings.sheet.pass_mark};
  documents::issue(s, db_.dialect(), decision_letter(in), me.user_id,
                   audit::entry(me, "", "", 0, 0));
}

TargetView TargetService::review(const auth::Principal& me, long long id, long long version,
                                 const ReviewInput& in) {
  const std::string now = now_iso();
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id,
                            is_assignable_role(me.role) ? repo::Reader{{}, me.user_id}
                                                        : repo::Reader{auth::read_scope(me), 0});
    if (!found) throw not_found("绩效目标不存在或无权访问");
    Target t = *found;
    // The review the caller may give now: a department's, a section's, an office's or an
    // expert's (in that order, as a caller plays one of them at a time).
    const auto& flow = target_workflow();
    const auto actors = target_actors(s, me, t);
    std::string action;
    for (const char* a : {"review_department", "review_section", "review_office", "review_expert"})
      if (action.empty() && flow.allows(t.status, a, actors)) action = a;
    if (action.empty())
      throw precondition("bad_status",
                         "绩效目标" + std::string(status_label(t.status)) + "，现在不由您审核");
    const auto settings = target_settings(rules::effective_rules(s, t.region_id, t.year));
    const workflow::Transition* step = &flow.take(t.status, action, in.decision, actors);
    repo::Review r;
    r.target_id = id;
    r.reviewer_id = me.user_id;
    r.decision = in.decision;
    r.comment = in.comment;
    r.created_at = now;
    const std::string before = step_json(t);
    // department | section | office | expert
    r.stage = action.substr(std::string_view("review_").size());
    if (in.decision == "return" && in.comment.empty())
      throw invalid("comment", "退回时请写明修改意见");
    const auto& sheet = settings.sheet;
    // A decision on the merits needs the whole sheet; a department's or section's pass and any
    // return may carry scores but need not.
    const bool scored = !in.scores.empty() || r.stage == "expert" || r.stage == "office";
    if (scored && !(r.stage == "office" && in.decision == "return" && in.scores.empty())) {
      const auto scores = ordered_scores(sheet, in.scores);
      const auto result = score_review(sheet, scores, settings.bands);  // R-TR-2, R-GR-1
      r.scores = scores_json(sheet, scores);
      r.total = result.total;
      r.grade = result.grade;
      r.pass_mark = sheet.pass_mark;
      if (r.stage == "office" && in.decision != "return") {
        t.score = result.total;
        t.grade = result.grade;
        // R-TR-2 [local: 001 西双版纳]: under the pass mark the target fails and gets no money,
        // whatever the decision asked for: the step taken is the office's rejection.
        if (!result.passed) step = &flow.take(t.status, action, "reject", actors);
        t.not_funded = step->to == "rejected";
        t.decided_at = now;
      }
    }
    const bool changes_status = step->to != t.status;
    t.status = step->to;
    t.updated_at = now;
    if ((changes_status || r.stage == "office") && !repo::update_status(s, t, version))
      throw conflict("version_conflict", "绩效目标已被他人修改，请刷新后重试", "version");
    repo::insert_review(s, r);
    // The timeline records what the reviewer decided, also when the pass mark overrode it.
    auto recorded = *step;
    recorded.audit = in.decision;
    flow.record(s, db_.dialect(), me, recorded, id, t.region_id, before, step_json(t, in.comment));
    if (r.stage == "office") issue_decision_letter(s, me, t, settings);
    return view(s, me, *repo::find(s, id, reader_of(me)));
  });
}

library::TargetCase TargetService::add_case(const auth::Principal& me, long long id) {
  auto v = get(me, id);
  if (std::find(v.actions.begin(), v.actions.end(), "add_case") == v.actions.end())
    throw precondition("bad_status", "只有本地区已批复的绩效目标可以加入案例库");
  library::TargetCase c;
  c.industry = library::industry_of(v.target.function_class);
  if (c.industry.empty()) c.industry = std::string(library::kCommon);
  c.function_class = v.target.function_class;
  c.name = v.target.kind == "project" ? v.target.project_name
                                      : v.target.department_name + "部门整体绩效目标";
  c.amount_fen = v.target.draft.amount_fen.value_or(0);
  c.overall_goal = v.target.draft.overall_goal;
  const auto json = target_json(v.target, true);
  c.indicators = json.at("indicators").as_array();
  c.source_target_id = id;
  return library::LibraryService(db_).create_case(me, std::move(c));
}

library::TargetCase TargetService::create_case(const auth::Principal& me, library::TargetCase c) {
  return library::LibraryService(db_).create_case(me, std::move(c));
}

std::vector<repo::Batch> TargetService::batches(const auth::Principal& me, long long year) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以分配评审任务");
  return db_.read([&](soci::session& s) { return repo::batches(s, me.region_id, year); });
}

std::vector<std::tuple<long long, std::string, std::string>> TargetService::reviewers(
    const auth::Principal& me) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以分配评审任务");
  return db_.read([&](soci::session& s) {
    std::vector<std::tuple<long long, std::string, std::string>> out;
    for (const char* role : {"expert", "agency"}) {
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

repo::Batch TargetService::create_batch(const auth::Principal& me, const BatchInput& in) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以分配评审任务");
  if (in.name.empty()) throw invalid("name", "请填写批次名称");
  if (in.target_ids.empty()) throw invalid("target_ids", "请至少选择一个绩效目标");
  return db_.write([&](soci::session& s) {
    const auto reviewer = accounts::repo::find(s, in.reviewer_id);
    if (!reviewer || reviewer->region_id != me.region_id ||
        (reviewer->role != "expert" && reviewer->role != "agency") || !reviewer->active)
      throw invalid("reviewer_id", "评审人应为本地区的专家或第三方机构账号");
    for (long long tid : in.target_ids) {
      const auto t = repo::find(s, tid, {auth::write_scope(me), 0});
      if (!t || t->year != in.year)
        throw invalid("target_ids",
                      "绩效目标 " + std::to_string(tid) + " 不存在或不属于本地区本年度");
    }
    repo::Batch b;
    b.region_id = me.region_id;
    b.year = in.year;
    b.name = in.name;
    b.reviewer_id = in.reviewer_id;
    b.due_date = in.due_date;
    b.created_by = me.user_id;
    b.created_at = now_iso();
    std::vector<long long> ids = in.target_ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    b.id = repo::insert_batch(s, b, ids);
    b.reviewer_name = reviewer->display_name;
    b.target_count = static_cast<long long>(ids.size());
    auto e = audit::entry(me, "assign", "review_batch", b.id, me.region_id);
    e.after_json = boost::json::serialize(boost::json::object{
        {"name", b.name}, {"reviewer", reviewer->display_name}, {"targets", b.target_count}});
    audit::append(s, db_.dialect(), e);
    return b;
  });
}

}  // namespace jixiao::targets
