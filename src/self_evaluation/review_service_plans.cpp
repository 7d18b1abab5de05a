// ReviewService's plans: the office drafts its region's plan of a year with R-RV-1's defaults and
// a fresh seed, previews what it covers, fixes it (the draw from the database kept as samples)
// and lists whom it may assign.
#include <algorithm>
#include <boost/json.hpp>
#include <functional>
#include <map>
#include <set>

#include "accounts/repo.h"
#include "base/clock.h"
#include "base/error.h"
#include "base/seed.h"
#include "org/repo.h"
#include "rules/service.h"
#include "self_evaluation/review_json.h"
#include "self_evaluation/review_scope.h"
#include "self_evaluation/review_service.h"
#include "self_evaluation/review_signals.h"
#include "self_evaluation/review_workflow.h"
#include "self_evaluation/settings.h"

namespace jixiao::self_evaluation {

namespace {

constexpr Fen kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount
const char* const kStale = "抽查计划已被他人修改，请刷新后重试";

std::string region_path(soci::session& s, long long region_id) {
  const auto r = org::repo::find_region(s, region_id);
  if (!r) throw not_found("地区不存在");
  return r->path;
}

ReviewPlan found_or_404(soci::session& s, const auth::Principal& me, long long id) {
  auto p = review_repo::find_plan(s, id, plan_scope(me));
  if (!p) throw not_found("抽查计划不存在或无权访问");
  return std::move(*p);
}

void require_office(const auth::Principal& me, const ReviewPlan& p) {
  if (plan_actors(me, p).empty())
    throw forbidden("抽查计划由" + p.region_name + "绩效科办理，您无权办理");
}

// A list of ids each once, each checked by `known` (false: not of the plan's scope).
void check_ids(const std::vector<long long>& ids, const char* field, const std::string& unknown,
               const std::function<bool(long long)>& known) {
  std::set<long long> seen;
  for (std::size_t n = 0; n < ids.size(); ++n) {
    const std::string at = std::string(field) + "[" + std::to_string(n) + "]";
    if (!seen.insert(ids[n]).second) throw invalid(at, "同一项选了两次");
    if (!known(ids[n])) throw invalid(at, unknown);
  }
}

// The input applied to the plan, each field checked against the plan's region tree and year.
void apply(soci::session& s, ReviewPlan& p, const PlanInput& in) {
  if (in.amount_threshold_fen) {
    if (*in.amount_threshold_fen < 0 || *in.amount_threshold_fen > kMaxFen)
      throw invalid("amount_threshold_fen", "金额门槛应在 0 到 1 万亿元之间");
    p.params.amount_threshold_fen = *in.amount_threshold_fen;
  }
  if (in.sample_percent) {
    if (*in.sample_percent < 0 || *in.sample_percent > 100)
      throw invalid("sample_percent", "随机抽取比例应在 0 到 100 之间");
    p.params.sample_percent = *in.sample_percent;
  }
  if (in.seed) p.params.seed = static_cast<std::uint64_t>(seed_or_fresh(in.seed));
  if (in.key_projects) p.key_projects = *in.key_projects;
  if (in.weighted) p.params.weighted = *in.weighted;
  if (in.key_project_ids || in.key_department_ids) {
    const std::string path = region_path(s, p.region_id);
    if (in.key_project_ids) {
      check_ids(*in.key_project_ids, "key_project_ids",
                "该项目没有" + std::to_string(p.year) + "年度本地区的绩效自评，不能列为重点项目",
                [&](long long id) { return review_repo::evaluated_project(s, path, p.year, id); });
      p.params.key_project_ids = *in.key_project_ids;
    }
    if (in.key_department_ids) {
      check_ids(*in.key_department_ids, "key_department_ids", "该部门不是本地区的预算部门",
                [&](long long id) { return review_repo::department_in(s, path, id); });
      p.params.key_department_ids = *in.key_department_ids;
    }
  }
}

PlanView plan_view(soci::session& s, const auth::Principal& me, ReviewPlan p) {
  PlanView v;
  v.actions = plan_workflow().allowed_actions(p.status, plan_actors(me, p));
  v.key_projects = review_repo::project_names(s, p.params.key_project_ids);
  v.key_departments = review_repo::department_names(s, p.params.key_department_ids);
  v.plan = std::move(p);
  return v;
}

// The draw under the plan's parameters from the database's candidates, with each candidate's
// weight (1 + its signals' weights when the plan weighs them, R-RV-1 [jixiao]).
struct Drawn {
  std::vector<review_repo::CandidateRow> candidates;
  std::map<long long, review_repo::SignalData> data;  // of every candidate when weighted
  std::map<long long, long long> weights;
  SamplePlan plan;
};

Drawn draw_plan(soci::session& s, const ReviewPlan& p) {
  Drawn d;
  d.candidates = review_repo::candidates(s, p, region_path(s, p.region_id));
  if (p.params.weighted) {
    std::vector<long long> ids;
    for (const auto& c : d.candidates) ids.push_back(c.evaluation_id);
    d.data = review_repo::signal_data(s, ids);
  }
  std::vector<Candidate> pool;
  pool.reserve(d.candidates.size());
  for (const auto& c : d.candidates) {
    long long weight = 1;
    if (p.params.weighted)
      if (const auto it = d.data.find(c.evaluation_id); it != d.data.end())
        weight = draw_weight(review_repo::signals_for(it->second, p.signals));
    d.weights[c.evaluation_id] = weight;
    pool.push_back({c.evaluation_id, c.project_id, c.department_id, c.budget_fen,
                    p.key_projects && c.major, weight});
  }
  d.plan = draw(pool, p.params);
  return d;
}

// R-RV-1's signals and R-RV-2's threshold as the region's rules say now (a draft follows its
// rules; a fixed plan keeps what it was fixed under).
void refresh_rules(soci::session& s, ReviewPlan& p) {
  const auto settings = review_settings(rules::effective_rules(s, p.region_id, p.year));
  p.signals = settings.signals;
  p.inflated_points = settings.inflated_points;
  p.answer_days = settings.answer_days;
}

std::string params_audit(const ReviewPlan& p) { return boost::json::serialize(params_json(p)); }

}  // namespace

std::vector<ReviewPlan> ReviewService::plans(const auth::Principal& me,
                                             std::optional<long long> year) {
  if (!reads_plans(me)) throw forbidden("自评抽查计划由财政部门绩效科管理");
  return db_.read([&](soci::session& s) { return review_repo::plans(s, year, plan_scope(me)); });
}

PlanView ReviewService::create_plan(const auth::Principal& me, long long year) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("自评抽查计划由绩效科拟定，您无权办理");
  return db_.write([&](soci::session& s) {
    if (const auto over = review_repo::plan_over(s, me.region_path, year))
      throw conflict("duplicate",
                     over->region_name + "已拟定 " + std::to_string(year) + " 年度自评抽查计划",
                     "year");
    // R-RV-1 [local: 003 乌海; jixiao]: the region's defaults for the year, a seed of its own.
    const auto settings = review_settings(rules::effective_rules(s, me.region_id, year));
    ReviewPlan p;
    p.region_id = me.region_id;
    p.year = year;
    p.status = plan_workflow().initial();
    p.params = settings.sampling;
    p.params.seed = static_cast<std::uint64_t>(fresh_seed());
    p.key_projects = settings.key_projects;
    p.signals = settings.signals;
    p.inflated_points = settings.inflated_points;
    p.answer_days = settings.answer_days;
    p.created_by = me.user_id;
    p.created_at = now_iso();
    p.updated_at = p.created_at;
    p.id = review_repo::insert_plan(s, p);
    auto e = audit::entry(me, "create", "self_evaluation_review_plan", p.id, p.region_id);
    e.after_json = params_audit(p);
    audit::append(s, db_.dialect(), e);
    return plan_view(s, me, *review_repo::find_plan(s, p.id, plan_scope(me)));
  });
}

PlanView ReviewService::get_plan(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return plan_view(s, me, found_or_404(s, me, id)); });
}

PlanView ReviewService::edit_plan(const auth::Principal& me, long long id, long long version,
                                  const PlanInput& in) {
  return db_.write([&](soci::session& s) {
    ReviewPlan p = found_or_404(s, me, id);
    require_office(me, p);
    const auto& step = plan_workflow().take(p.status, "edit", "", plan_actors(me, p));
    if (p.version != version) throw conflict("version_conflict", kStale, "version");
    const std::string before = params_audit(p);
    apply(s, p, in);
    refresh_rules(s, p);
    const std::string after = params_audit(p);
    if (after == before) return plan_view(s, me, std::move(p));  // nothing changed
    p.updated_at = now_iso();
    if (!review_repo::update_plan(s, p, version))
      throw conflict("version_conflict", kStale, "version");
    plan_workflow().record(s, db_.dialect(), me, step, p.id, p.region_id, before, after);
    return plan_view(s, me, *review_repo::find_plan(s, id, plan_scope(me)));
  });
}

PlanPreview ReviewService::preview(const auth::Principal& me, long long id, const PlanInput& in) {
  return db_.read([&](soci::session& s) {
    ReviewPlan p = found_or_404(s, me, id);
    const bool fixed = !plan_workflow().editable(p.status);
    const bool changes = in.amount_threshold_fen || in.key_projects || in.key_project_ids ||
                         in.key_department_ids || in.sample_percent || in.weighted || in.seed;
    if (fixed && changes)
      throw precondition("bad_status", "抽查计划已确定，只能按确定时的参数重新抽取核对");
    apply(s, p, in);
    if (!fixed) refresh_rules(s, p);
    Drawn d = draw_plan(s, p);
    PlanPreview out;
    out.summary = d.plan.summary;
    std::vector<long long> ids;
    for (const auto& c : d.plan.chosen) ids.push_back(c.evaluation_id);
    std::map<long long, review_repo::Named> names;
    for (auto& n : review_repo::evaluation_names(s, ids)) names[n.id] = std::move(n);
    // The office sees why each chosen one may be at risk before it fixes the plan.
    if (!p.params.weighted) d.data = review_repo::signal_data(s, ids);
    for (const auto& c : d.plan.chosen) {
      const auto data = d.data.find(c.evaluation_id);
      out.chosen.push_back({c, names[c.evaluation_id], d.weights[c.evaluation_id],
                            data == d.data.end()
                                ? std::vector<Signal>{}
                                : review_repo::signals_for(data->second, p.signals)});
    }
    if (fixed) {
      // The kept sample against the draw again: the same evaluations for the same reasons.
      review_repo::SampleFilter f;
      f.plan_id = p.id;
      f.limit = 1'000'000;
      std::vector<std::pair<long long, std::string>> kept, again;
      for (const auto& x : review_repo::samples(s, f, sample_reader(me)))
        kept.emplace_back(x.evaluation_id, x.reason);
      for (const auto& c : d.plan.chosen)
        again.emplace_back(c.evaluation_id, std::string(reason_code(c.reason)));
      out.same_as_fixed = kept == again;
    }
    out.plan = std::move(p);
    return out;
  });
}

PlanView ReviewService::fix(const auth::Principal& me, long long id, long long version) {
  return db_.write([&](soci::session& s) {
    ReviewPlan p = found_or_404(s, me, id);
    require_office(me, p);
    const auto& step = plan_workflow().take(p.status, "fix", "", plan_actors(me, p));
    if (p.version != version) throw conflict("version_conflict", kStale, "version");
    const std::string before = params_audit(p);
    refresh_rules(s, p);
    Drawn d = draw_plan(s, p);
    const auto& sum = d.plan.summary;
    if (sum.chosen.count == 0)
      throw precondition("empty",
                         std::to_string(p.year) +
                             " 年度本地区没有可抽查的绩效自评（尚未开启自评，或已被其他计划抽中）");
    // The signals of each chosen evaluation as drawn, shown before its review starts.
    std::vector<long long> ids;
    for (const auto& c : d.plan.chosen) ids.push_back(c.evaluation_id);
    if (!p.params.weighted) d.data = review_repo::signal_data(s, ids);
    std::map<long long, const review_repo::CandidateRow*> rows;
    for (const auto& c : d.candidates) rows[c.evaluation_id] = &c;
    const std::string at = now_iso();
    std::vector<ReviewSample> samples;
    for (const auto& c : d.plan.chosen) {
      const auto& row = *rows.at(c.evaluation_id);
      ReviewSample x;
      x.plan_id = p.id;
      x.evaluation_id = c.evaluation_id;
      x.region_id = row.region_id;
      x.department_id = row.department_id;
      x.unit_id = row.unit_id;
      x.project_id = row.project_id;
      x.year = p.year;
      x.budget_fen = row.budget_fen;
      x.reason = std::string(reason_code(c.reason));
      x.weight = d.weights[c.evaluation_id];
      const auto data = d.data.find(c.evaluation_id);
      x.signals = boost::json::serialize(
          signals_json(data == d.data.end() ? std::vector<Signal>{}
                                            : review_repo::signals_for(data->second, p.signals)));
      x.status = sample_workflow().initial();
      x.created_at = at;
      x.updated_at = at;
      samples.push_back(std::move(x));
    }
    review_repo::insert_samples(s, samples);
    p.status = step.to;
    p.candidates = sum.all.count;
    p.candidate_fen = sum.all.money_fen;
    p.sampled = sum.chosen.count;
    p.sampled_fen = sum.chosen.money_fen;
    p.summary = boost::json::serialize(summary_json(sum));
    p.fixed_by = me.user_id;
    p.fixed_at = at;
    p.updated_at = at;
    if (!review_repo::update_plan(s, p, version))
      throw conflict("version_conflict", kStale, "version");
    auto after = params_json(p);
    after["sampled"] = p.sampled;
    after["sampled_fen"] = p.sampled_fen;
    after["candidates"] = p.candidates;
    plan_workflow().record(s, db_.dialect(), me, step, p.id, p.region_id, before,
                           boost::json::serialize(after));
    return plan_view(s, me, *review_repo::find_plan(s, id, plan_scope(me)));
  });
}

std::vector<audit::Record> ReviewService::plan_history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    found_or_404(s, me, id);
    return audit::history(s, "self_evaluation_review_plan", id, 500);
  });
}

std::vector<ReviewerChoice> ReviewService::reviewers(const auth::Principal& me, long long plan_id) {
  return db_.read([&](soci::session& s) {
    const ReviewPlan p = found_or_404(s, me, plan_id);
    require_office(me, p);
    // Finance staff of the region and its experts; agencies are not commissioned to review
    // self-evaluations (R-KE-3 [national; 财预〔2021〕6号]).
    std::vector<ReviewerChoice> out;
    for (const char* role : {"performance_office", "business_section", "expert"}) {
      accounts::UserFilter f;
      f.region_id = p.region_id;
      f.role = role;
      f.active = true;
      f.limit = 500;
      for (const auto& u : accounts::repo::list(
               s, f, auth::DataScope{auth::DataScope::Kind::region, p.region_id, {}}))
        out.push_back({u.id, u.display_name, u.role});
    }
    return out;
  });
}

}  // namespace jixiao::self_evaluation
