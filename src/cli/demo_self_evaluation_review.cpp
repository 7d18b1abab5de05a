#include "cli/demo_self_evaluation_review.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "db/query.h"
#include "rectify/service.h"
#include "self_evaluation/review_service.h"

namespace jixiao::cli {

namespace {

using self_evaluation::ReviewSample;
using self_evaluation::ReviewScoreInput;
using self_evaluation::ReviewService;

// The seed the office recorded in its plan, so that the demo's draw is the same every time.
constexpr long long kSeed = 20260315;
// Key projects per account unit: the two whose own totals stand furthest above jixiao's.
constexpr std::size_t kKeyPerUnit = 2;
// Beside the key projects: what each reviewer completes of the rest, and leaves pending.
constexpr std::size_t kCompleted = 2;
constexpr std::size_t kPending = 4;

const char* const kDeduction = "佐证材料不足以支撑自评的完成值，按核实的实际完成情况核减";
const char* const kMeasures[] = {
    "已组织对照复核意见逐项核实指标完成值，重新整理佐证材料，修正自评分并报部门备案。",
    "已召开专题会议分析自评虚高原因，明确今后自评须附完整佐证，指定专人复核后再提交。",
};
const char* const kReopen = "反馈的措施未附修正后的自评表和佐证材料，请补充后重新反馈。";

auth::Principal as(db::Database& db, const std::string& username) {
  auto p = db.read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  if (!p) throw not_found("演示账号不存在：" + username);
  return std::move(*p);
}

struct Candidate {
  long long unit_id = 0;
  long long project_id = 0;
};

// The units' submitted project evaluations, their own totals furthest above jixiao's first (where
// they gave none, what they reported is what the review finds wanting).
std::vector<Candidate> candidates(soci::session& s, long long year,
                                  const std::set<long long>& units) {
  db::Query q("SELECT unit_id, project_id FROM self_evaluations WHERE year = ");
  q.bind(year).sql(
      " AND project_id IS NOT NULL AND status IN "
      "('submitted', 'consolidated', 'accepted') AND unit_id IN (");
  const char* sep = "";
  for (const long long u : units) q.sql(sep).bind(u), sep = ", ";
  q.sql(") ORDER BY COALESCE(self_total, computed_total) - computed_total DESC, id");
  return db::fetch_all<Candidate>(s, q, [](soci::statement& st, Candidate& c) {
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.project_id));
  });
}

bool submitted(const ReviewSample& x) {
  return x.evaluation_status == "submitted" || x.evaluation_status == "consolidated" ||
         x.evaluation_status == "accepted";
}

long long claimed(const ReviewSample& x) { return x.self_total.value_or(x.computed_total); }

// The reviewer's scores: jixiao's score of each indicator as verified, less `deduct` hundredths
// taken from the largest where the evidence does not bear the value out.
std::vector<ReviewScoreInput> scores_for(const self_evaluation::Evaluation& e, long long deduct) {
  std::vector<ReviewScoreInput> out;
  for (const auto& i : e.indicators)
    if (!i.not_applicable) out.push_back({i.position, i.computed_score, ""});
  std::ranges::sort(out,
                    [](const auto& a, const auto& b) { return *a.review_score > *b.review_score; });
  for (auto& in : out) {
    if (deduct <= 0) break;
    const long long cut = std::min(deduct, *in.review_score);
    if (cut == 0) continue;
    *in.review_score -= cut;
    in.review_note = kDeduction;
    deduct -= cut;
  }
  return out;
}

// Scores and completes a sample as its reviewer; inflated ones are scored so that the self score
// stands above the review by more than the plan's threshold. Returns the finding, if any.
long long review(ReviewService& svc, const auth::Principal& reviewer, const ReviewSample& x,
                 long long threshold, bool inflate) {
  auto v = svc.get_sample(reviewer, x.id);
  const long long gap = claimed(x) - x.computed_total;
  const long long deduct = inflate ? std::max(0LL, threshold + 300 - gap) : 0;
  v = svc.review(reviewer, x.id, v.sample.version, scores_for(v.evaluation.evaluation, deduct));
  v = svc.complete(reviewer, x.id, v.sample.version);
  return v.sample.finding_id;
}

}  // namespace

std::size_t insert_demo_self_evaluation_review(db::Database& db, long long year) {
  const auto office = as(db, "demo_office");
  const auto expert = as(db, "demo_expert");
  const std::vector<auth::Principal> units = {as(db, "demo_unit"), as(db, "demo_unit2")};
  ReviewService svc(db);

  // The office's plan: its rule set's defaults, a recorded seed, and as key projects those of the
  // accounts' units whose self scores stand furthest above the computed ones.
  std::vector<long long> key;
  std::map<long long, long long> unit_of_project;
  db.read([&](soci::session& s) {
    std::map<long long, std::size_t> taken;
    for (const auto& c : candidates(s, year, {units[0].unit_id, units[1].unit_id})) {
      if (taken[c.unit_id]++ >= kKeyPerUnit) continue;
      key.push_back(c.project_id);
      unit_of_project[c.project_id] = c.unit_id;
    }
  });
  auto plan = svc.create_plan(office, year);
  self_evaluation::PlanInput in;
  in.seed = kSeed;
  in.key_project_ids = key;
  plan = svc.edit_plan(office, plan.plan.id, plan.plan.version, in);
  svc.preview(office, plan.plan.id, {});
  plan = svc.fix(office, plan.plan.id, plan.plan.version);
  const long long threshold = plan.plan.inflated_points;

  self_evaluation::review_repo::SampleFilter f;
  f.plan_id = plan.plan.id;
  f.limit = 1'000'000;
  const auto all = svc.samples(office, f, false).items;

  // The key projects' samples go to the expert (the first unit's) and the office (the second's);
  // of the rest, each reviewer takes some it completes and some left pending.
  struct Work {
    const auth::Principal* reviewer;
    std::vector<ReviewSample> inflate, complete, pending;
  };
  Work work[] = {{&expert, {}, {}, {}}, {&office, {}, {}, {}}};
  std::size_t turn = 0;
  for (const auto& x : all) {
    if (const auto u = unit_of_project.find(x.project_id);
        x.project_id && u != unit_of_project.end() && submitted(x)) {
      work[u->second == units[0].unit_id ? 0 : 1].inflate.push_back(x);
      continue;
    }
    Work& w = work[turn % 2];
    // Completed ones are those the review bears out, so that only the key ones are inflated.
    if (submitted(x) && claimed(x) - x.computed_total <= threshold / 2 &&
        w.complete.size() < kCompleted) {
      w.complete.push_back(x);
      ++turn;
    } else if (w.pending.size() < kPending) {
      w.pending.push_back(x);
      ++turn;
    }
  }

  // Assigned one by one: a reviewer with a conflict of interest is passed over for that sample.
  std::set<long long> assigned;
  for (const Work& w : work)
    for (const auto* list : {&w.inflate, &w.complete, &w.pending})
      for (const auto& x : *list) {
        try {
          svc.assign(office, plan.plan.id, {x.id}, {}, w.reviewer->user_id);
          assigned.insert(x.id);
        } catch (const AppError& e) {
          if (e.code() != "conflict_of_interest") throw;
        }
      }

  std::vector<long long> findings;
  std::size_t completed = 0;
  for (const Work& w : work) {
    for (const auto& x : w.inflate) {
      if (!assigned.contains(x.id)) continue;
      if (const long long id = review(svc, *w.reviewer, x, threshold, true)) findings.push_back(id);
      ++completed;
    }
    for (const auto& x : w.complete) {
      if (!assigned.contains(x.id)) continue;
      review(svc, *w.reviewer, x, threshold, false);
      ++completed;
    }
  }

  // The ledger: the first finding left open for its unit, the next answered and waiting for the
  // office, the third answered and closed, the fourth answered and sent back to be done again.
  rectify::FindingService ledger(db);
  for (std::size_t n = 1; n < findings.size() && n < 4; ++n) {
    auto v = ledger.get(office, findings[n]);
    const auto unit = std::ranges::find_if(
        units, [&](const auth::Principal& u) { return u.unit_id == v.finding.unit_id; });
    if (unit == units.end()) continue;
    v = ledger.step(*unit, v.finding.id, v.finding.version, {"answer", kMeasures[n % 2], ""});
    if (n == 2)
      ledger.step(office, v.finding.id, v.finding.version,
                  {"close", "", "经核实，已修正自评分并补充佐证材料，整改到位，予以销号。"});
    if (n == 3) ledger.step(office, v.finding.id, v.finding.version, {"reopen", "", kReopen});
  }
  return completed;
}

}  // namespace jixiao::cli
