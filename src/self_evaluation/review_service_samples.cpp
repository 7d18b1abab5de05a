// ReviewService's samples: the office assigns reviewers without a conflict of interest, each
// reviewer re-scores the evaluations assigned to them and completes the review, which judges
// R-RV-2 and hands an inflated self score to the findings ledger with its 整改通知书.
#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "accounts/repo.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "documents/service.h"
#include "evidence/repo.h"
#include "monitoring/notices.h"
#include "rectify/service.h"
#include "rules/service.h"
#include "self_evaluation/inflation.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/review_json.h"
#include "self_evaluation/review_notice.h"
#include "self_evaluation/review_scope.h"
#include "self_evaluation/review_service.h"
#include "self_evaluation/review_signals.h"
#include "self_evaluation/review_workflow.h"
#include "self_evaluation/settings.h"
#include "self_evaluation/workflow.h"
#include "targets/review_rules.h"

namespace jixiao::self_evaluation {

namespace {

constexpr const char* kSource = "self_evaluation_review";
const char* const kStale = "复核已被他人修改，请刷新后重试";

ReviewSample sample_or_404(soci::session& s, const auth::Principal& me, long long id) {
  auto x = review_repo::find_sample(s, id, sample_reader(me));
  if (!x) throw not_found("抽查复核不存在或无权访问");
  return std::move(*x);
}

ReviewPlan plan_of(soci::session& s, const ReviewSample& x) {
  auto p = review_repo::plan_of_sample(s, x.plan_id);
  if (!p) throw not_found("抽查计划不存在");
  return std::move(*p);
}

// The evaluation of a sample already found in the caller's scope: read in its own region.
Evaluation evaluation_of(soci::session& s, const ReviewSample& x) {
  auto e = repo::find(s, x.evaluation_id,
                      auth::DataScope{auth::DataScope::Kind::region, x.region_id, {}});
  if (!e) throw not_found("绩效自评不存在");
  e->indicators = repo::indicators(s, e->id);
  return std::move(*e);
}

// The unit has submitted it: its answers no longer move under the reviewer.
bool submitted(const Evaluation& e) { return !evaluation_workflow().editable(e.status); }

void require_reviewer(const auth::Principal& me, const ReviewSample& x) {
  if (x.reviewer_id == 0 || x.reviewer_id != me.user_id) throw forbidden("您不是该自评的复核人");
}

void require_submitted(const Evaluation& e) {
  if (!submitted(e))
    throw precondition("not_submitted", "“" + e.name + "”的自评尚未提交（" +
                                            std::string(status_label(e.status)) + "），暂不能复核");
}

// Who may review (R-KE-3 applied to the review [national; 财预〔2021〕6号]): active finance staff
// of the plan's region (performance office, business sections) or its experts; agencies are not
// commissioned to review self-evaluations.
bool eligible(const accounts::User& u, const ReviewPlan& p) {
  return u.active && u.region_id == p.region_id &&
         (u.role == "performance_office" || u.role == "business_section" || u.role == "expert");
}

std::string scores_json(const std::vector<IndicatorResult>& items) {
  boost::json::array a;
  for (const auto& i : items) {
    boost::json::object o{{"position", i.position}, {"review_note", i.review_note}};
    o["review_score"] = i.review_score ? boost::json::value(*i.review_score) : nullptr;
    a.push_back(std::move(o));
  }
  return boost::json::serialize(a);
}

// The review total of an evaluation when every applicable indicator has its review score: the
// execution score (R-SE-3, from the money) and the review's indicator scores.
std::optional<long long> review_total_of(const Evaluation& e) {
  long long total = e.execution_score;
  for (const auto& i : e.indicators) {
    if (i.not_applicable) continue;
    if (!i.review_score) return std::nullopt;
    total += *i.review_score;
  }
  return total;
}

}  // namespace

SampleView ReviewService::sample_view(soci::session& s, const auth::Principal& me, ReviewSample x) {
  SampleView v;
  const ReviewPlan p = plan_of(s, x);
  Evaluation e = evaluation_of(s, x);
  v.evaluation_submitted = submitted(e);
  v.actions = sample_workflow().allowed_actions(x.status, sample_actors(me, p, x));
  // Scoring waits for the unit's submission; only the reviewer scores.
  std::erase_if(v.actions, [&](const std::string& a) {
    return (a == "review" || a == "complete") && !v.evaluation_submitted;
  });
  const auto data = review_repo::signal_data(s, {e.id});
  if (const auto it = data.find(e.id); it != data.end())
    v.signals = review_repo::signals_for(it->second, p.signals);
  v.evidence = evidence::repo::list(s, "self_evaluation", e.id);
  v.inflated_points = p.inflated_points;
  v.evaluation.settings = scoring_settings(rules::effective_rules(s, e.region_id, e.year));
  v.evaluation.evaluation = std::move(e);
  v.sample = std::move(x);
  return v;
}

SamplePage ReviewService::samples(const auth::Principal& me, review_repo::SampleFilter filter,
                                  bool mine) {
  return db_.read([&](soci::session& s) {
    review_repo::SampleReader reader = sample_reader(me);
    if (mine) {
      filter.reviewer_id = me.user_id;
    } else {
      if (!filter.plan_id || !review_repo::find_plan(s, *filter.plan_id, plan_scope(me)))
        throw not_found("抽查计划不存在或无权访问");
      reader.reviewer_id = 0;  // a plan's whole sample is its readers'
    }
    SamplePage page;
    page.items = review_repo::samples(s, filter, reader);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0) page.total = review_repo::count_samples(s, filter, reader);
    return page;
  });
}

std::vector<ReviewSample> ReviewService::assign(const auth::Principal& me, long long plan_id,
                                                const std::vector<long long>& sample_ids,
                                                const std::vector<long long>& versions,
                                                long long reviewer_id) {
  if (sample_ids.empty()) throw invalid("sample_ids", "请选择要指定复核人的自评");
  if (!versions.empty() && versions.size() != sample_ids.size())
    throw invalid("versions", "版本号应与所选自评一一对应");
  std::set<long long> seen;
  for (std::size_t n = 0; n < sample_ids.size(); ++n)
    if (!seen.insert(sample_ids[n]).second)
      throw invalid("sample_ids[" + std::to_string(n) + "]", "同一份自评选了两次");
  return db_.write([&](soci::session& s) {
    auto found = review_repo::find_plan(s, plan_id, plan_scope(me));
    if (!found) throw not_found("抽查计划不存在或无权访问");
    const ReviewPlan& p = *found;
    if (plan_actors(me, p).empty())
      throw forbidden("复核人由" + p.region_name + "绩效科指定，您无权办理");
    if (plan_workflow().editable(p.status))
      throw precondition("bad_status", "抽查计划尚未确定，确定后才能指定复核人");
    const auto u = accounts::repo::find(s, reviewer_id);
    if (!u || !eligible(*u, p))
      throw invalid("reviewer_id",
                    "复核人应为" + p.region_name +
                        "在用的财政人员（绩效科、业务股室）或专家；自评复核不委托第三方机构");
    const std::string at = now_iso();
    std::vector<ReviewSample> out;
    for (std::size_t n = 0; n < sample_ids.size(); ++n) {
      const std::string field = "sample_ids[" + std::to_string(n) + "]";
      auto x = review_repo::find_sample(s, sample_ids[n], sample_reader(me));
      if (!x || x->plan_id != p.id) throw invalid(field, "该自评不在本抽查计划中");
      const workflow::Transition* step = nullptr;
      try {
        step = &sample_workflow().take(x->status, "assign", "", sample_actors(me, p, *x));
      } catch (const AppError& err) {
        throw AppError(err.kind(), err.code(), "“" + x->name + "”：" + err.detail(), field);
      }
      if (!versions.empty() && x->version != versions[n])
        throw conflict("version_conflict", "“" + x->name + "”" + kStale,
                       "versions[" + std::to_string(n) + "]");
      // A conflict of interest: the reviewer wrote the evaluation or its target (R-KE-3 as an
      // assessment's scorers are checked). Accounts of units and departments never review.
      const auto writers = review_repo::writers(s, x->evaluation_id, x->target_id);
      if (std::ranges::find(writers, u->id) != writers.end())
        throw AppError(ErrorKind::precondition, "conflict_of_interest",
                       "“" + u->display_name + "”参与填报了“" + x->name +
                           "”的绩效自评或绩效目标，与被复核单位存在利害关系，不能担任其复核人",
                       field);
      if (x->reviewer_id == u->id) {  // already theirs: nothing to change
        out.push_back(std::move(*x));
        continue;
      }
      const boost::json::object before{{"reviewer_id", x->reviewer_id},
                                       {"reviewer", x->reviewer_name}};
      if (!review_repo::assign(s, x->id, x->version, u->id, me.user_id, at))
        throw conflict("version_conflict", "“" + x->name + "”" + kStale, field);
      sample_workflow().record(s, db_.dialect(), me, *step, x->id, x->region_id,
                               boost::json::serialize(before),
                               boost::json::serialize(boost::json::object{
                                   {"reviewer_id", u->id}, {"reviewer", u->display_name}}));
      out.push_back(*review_repo::find_sample(s, x->id, sample_reader(me)));
    }
    return out;
  });
}

SampleView ReviewService::get_sample(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return sample_view(s, me, sample_or_404(s, me, id)); });
}

std::vector<audit::Record> ReviewService::sample_history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    sample_or_404(s, me, id);
    return audit::history(s, "self_evaluation_review", id, 500);
  });
}

SampleView ReviewService::review(const auth::Principal& me, long long id, long long version,
                                 const std::vector<ReviewScoreInput>& scores) {
  return db_.write([&](soci::session& s) {
    ReviewSample x = sample_or_404(s, me, id);
    const ReviewPlan p = plan_of(s, x);
    require_reviewer(me, x);
    const auto& step = sample_workflow().take(x.status, "review", "", sample_actors(me, p, x));
    if (x.version != version) throw conflict("version_conflict", kStale, "version");
    Evaluation e = evaluation_of(s, x);
    require_submitted(e);
    const std::string before = scores_json(e.indicators);
    std::map<long long, std::size_t> by_position;
    for (std::size_t k = 0; k < e.indicators.size(); ++k) by_position[e.indicators[k].position] = k;
    std::set<long long> sent;
    for (std::size_t n = 0; n < scores.size(); ++n) {
      const auto& in = scores[n];
      const std::string prefix = "indicators[" + std::to_string(n) + "]";
      const auto at = by_position.find(in.position);
      if (at == by_position.end()) throw invalid(prefix + ".position", "自评中没有这一项指标");
      if (!sent.insert(in.position).second)
        throw invalid(prefix + ".position", "同一项指标填写了两次");
      auto& i = e.indicators[at->second];
      if (i.not_applicable && in.review_score)
        throw invalid(prefix + ".review_score", "指标“" + i.name + "”不适用，不打复核分");
      if (in.review_score && (*in.review_score < 0 || *in.review_score > i.computed_weight))
        throw invalid(prefix + ".review_score", "指标“" + i.name + "”的复核分应在 0 到 " +
                                                    score_text(i.computed_weight) + " 分之间");
      i.review_score = in.review_score;
      i.review_note = in.review_note;
    }
    const std::string after = scores_json(e.indicators);
    if (after == before) return sample_view(s, me, std::move(x));  // nothing changed
    for (const auto& i : e.indicators)
      review_repo::set_review_score(s, e.id, i.position, i.review_score, i.review_note);
    // The total as it stands once every applicable indicator is scored; the evaluation's own
    // total and grade wait for the review's completion.
    x.review_total = review_total_of(e);
    x.updated_at = now_iso();
    if (!review_repo::update_sample(s, x, version))
      throw conflict("version_conflict", kStale, "version");
    sample_workflow().record(s, db_.dialect(), me, step, x.id, x.region_id, before, after);
    return sample_view(s, me, sample_or_404(s, me, id));
  });
}

SampleView ReviewService::complete(const auth::Principal& me, long long id, long long version) {
  return db_.write([&](soci::session& s) {
    ReviewSample x = sample_or_404(s, me, id);
    const ReviewPlan p = plan_of(s, x);
    require_reviewer(me, x);
    const auto& step = sample_workflow().take(x.status, "complete", "", sample_actors(me, p, x));
    if (x.version != version) throw conflict("version_conflict", kStale, "version");
    Evaluation e = evaluation_of(s, x);
    require_submitted(e);
    for (const auto& i : e.indicators)
      if (!i.not_applicable && !i.review_score)
        throw AppError(ErrorKind::precondition, "incomplete", "指标“" + i.name + "”尚未打复核分",
                       "indicators[" + std::to_string(i.position) + "].review_score");
    const long long total = *review_total_of(e);
    // R-SE-8 [jixiao]: the grade follows the review where there is one.
    const auto settings = scoring_settings(rules::effective_rules(s, e.region_id, e.year));
    const std::string grade =
        targets::grade_of(total, {settings.excellent, settings.good, settings.fair});
    const std::string at = now_iso();
    const boost::json::object was{
        {"review_total",
         e.review_total ? boost::json::value(*e.review_total) : boost::json::value(nullptr)},
        {"grade", e.grade}};
    if (!review_repo::set_review_total(s, e.id, e.version, total, grade, at))
      throw conflict("version_conflict", "绩效自评已被他人修改，请刷新后重试", "version");
    auto reviewed = audit::entry(me, "review", "self_evaluation", e.id, e.region_id);
    reviewed.before_json = boost::json::serialize(was);
    reviewed.after_json = boost::json::serialize(
        boost::json::object{{"review_total", total}, {"grade", grade}, {"sample_id", x.id}});
    audit::append(s, db_.dialect(), reviewed);
    e.review_total = total;
    e.grade = grade;

    // R-RV-2 [jixiao]: inflated beyond the plan's threshold.
    const Inflation inflation =
        judge_inflation(e.self_total, e.computed_total, total, p.inflated_points);
    const std::string before = boost::json::serialize(boost::json::object{{"status", x.status}});
    x.status = step.to;
    x.review_total = total;
    x.inflated = inflation.inflated;
    x.inflation_detail = inflation.detail;
    x.completed_by = me.user_id;
    x.completed_at = at;
    x.updated_at = at;
    if (inflation.inflated) {
      // A finding for the unit with its 整改通知书 from the plan's office, due by R-RA-1.
      const std::string today = at.substr(0, 10);
      const std::string due = monitoring::due_after(today, p.answer_days);
      auto draft = rectification_notice({p.region_id, e, inflation, due});
      draft.issued_on = today;
      // The bureau's letter names the office's staff as its 经办, not the reviewer (who may be
      // an outside expert): who assigned the sample, else who fixed the plan.
      const long long handler = x.assigned_by ? x.assigned_by
                                : p.fixed_by  ? p.fixed_by
                                              : me.user_id;
      const auto doc = documents::issue(s, db_.dialect(), draft, handler,
                                        audit::entry(me, "issue", "document", 0, p.region_id));
      rectify::FindingInput f;
      f.region_id = e.region_id;
      f.year = e.year;
      f.source = kSource;
      f.source_id = x.id;
      f.project_id = e.project_id;
      f.unit_id = e.unit_id;
      f.department_id = e.department_id;
      f.title = review_finding_title(e);
      f.requirement = review_requirement(e, inflation, due);
      f.due = due;
      f.document_id = doc.id;
      f.created_at = at;
      x.finding_id = rectify::add_finding(s, db_.dialect(), f,
                                          audit::entry(me, "create", "finding", 0, e.region_id));
      x.document_id = doc.id;
    }
    if (!review_repo::update_sample(s, x, version))
      throw conflict("version_conflict", kStale, "version");
    boost::json::object after{{"status", x.status},
                              {"review_total", total},
                              {"inflated", inflation.inflated},
                              {"detail", inflation.detail}};
    if (x.finding_id) after["finding_id"] = x.finding_id;
    if (x.document_id) after["document_id"] = x.document_id;
    sample_workflow().record(s, db_.dialect(), me, step, x.id, x.region_id, before,
                             boost::json::serialize(after));
    return sample_view(s, me, sample_or_404(s, me, id));
  });
}

}  // namespace jixiao::self_evaluation
