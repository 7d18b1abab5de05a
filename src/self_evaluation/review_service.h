// Self-evaluation review use cases (自评复核抽查, R-RV-1, R-RV-2): the office of a region plans the
// year's sample of its region tree's evaluations (defaults from its rule set, a recorded seed),
// previews what it covers, fixes it (the draw kept: the same seed and candidates give the same
// sample) and assigns reviewers without a conflict of interest; a reviewer re-scores each sampled
// evaluation beside the self and computed scores with its signals and evidence, and completes the
// review: an inflated self score (虚高) becomes a finding in the ledger (rectify/) with a
// rectification notice (整改通知书), answered and closed through the ledger's own workflow.
// Every write is audited; plans and samples are read only in the caller's scope, units read none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "evidence/model.h"
#include "self_evaluation/model.h"
#include "self_evaluation/review_model.h"
#include "self_evaluation/review_repo.h"
#include "self_evaluation/sampling.h"
#include "self_evaluation/service.h"
#include "self_evaluation/signals.h"

namespace jixiao::self_evaluation {

// A draft plan's parameters; a field left out keeps its value.
struct PlanInput {
  std::optional<Fen> amount_threshold_fen;
  std::optional<bool> key_projects;
  std::optional<std::vector<long long>> key_project_ids;
  std::optional<std::vector<long long>> key_department_ids;
  std::optional<long long> sample_percent;
  std::optional<bool> weighted;
  std::optional<long long> seed;  // 0 to 2^53 − 1, so that a browser holds it exactly
};

struct PlanView {
  ReviewPlan plan;
  std::vector<std::string> actions;
  // The chosen key projects and departments by name.
  std::vector<review_repo::Named> key_projects;
  std::vector<review_repo::Named> key_departments;
};

// One chosen evaluation of a draw, named.
struct DrawnItem {
  Chosen chosen;
  review_repo::Named names;
  long long weight = 1;
  std::vector<Signal> signals;  // as they stand now, whether or not the draw weighs them
};

// A draw from the database's candidates under a plan's parameters, nothing saved. On a fixed
// plan, whether the draw gives the kept sample again.
struct PlanPreview {
  ReviewPlan plan;  // with the parameters drawn under
  SampleSummary summary;
  std::vector<DrawnItem> chosen;  // by evaluation id
  std::optional<bool> same_as_fixed;
};

// A reviewer the office may assign: finance staff of the plan's region or an expert.
struct ReviewerChoice {
  long long id = 0;
  std::string display_name;
  std::string role;
};

struct SamplePage {
  std::vector<ReviewSample> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

// A sample as its reviewer works on it: the evaluation with every indicator (the unit's values,
// its own and jixiao's scores, the review's), the signals now and when drawn, the evidence files.
struct SampleView {
  ReviewSample sample;
  EvaluationView evaluation;  // no actions: the evaluation's own are its unit's and office's
  std::vector<Signal> signals;
  std::vector<evidence::EvidenceFile> evidence;
  std::vector<std::string> actions;
  long long inflated_points = 0;      // R-RV-2's threshold of the plan, hundredths
  bool evaluation_submitted = false;  // the unit has submitted it (no longer editable)
};

// A reviewer's score of one indicator, by its position in the target.
struct ReviewScoreInput {
  long long position = 0;
  std::optional<long long> review_score;  // hundredths; none clears it
  std::string review_note;
};

class ReviewService {
 public:
  explicit ReviewService(db::Database& db) : db_(db) {}

  // --- plans (review_service_plans.cpp)
  std::vector<ReviewPlan> plans(const auth::Principal& me, std::optional<long long> year);
  // The office creates its region's plan of a year, with R-RV-1's parameters of its rule set and
  // a fresh seed: once, and not under a region above that planned the year (409 on year; that
  // plan draws from this region's evaluations already).
  PlanView create_plan(const auth::Principal& me, long long year);
  PlanView get_plan(const auth::Principal& me, long long id);
  PlanView edit_plan(const auth::Principal& me, long long id, long long version,
                     const PlanInput& in);
  // The draw under the plan's parameters, or a draft's with `in` applied (nothing saved).
  PlanPreview preview(const auth::Principal& me, long long id, const PlanInput& in);
  // Draws and keeps the sample, with each chosen evaluation's reason, weight and signals.
  PlanView fix(const auth::Principal& me, long long id, long long version);
  std::vector<ReviewerChoice> reviewers(const auth::Principal& me, long long plan_id);
  std::vector<audit::Record> plan_history(const auth::Principal& me, long long id);

  // --- samples (review_service_samples.cpp)
  // A plan's samples (its readers), or with mine the caller's own to review.
  SamplePage samples(const auth::Principal& me, review_repo::SampleFilter filter, bool mine);
  // Assigns one reviewer to many samples of a plan, all or none; versions, when sent, one per id.
  std::vector<ReviewSample> assign(const auth::Principal& me, long long plan_id,
                                   const std::vector<long long>& sample_ids,
                                   const std::vector<long long>& versions, long long reviewer_id);
  SampleView get_sample(const auth::Principal& me, long long id);
  // The reviewer's scores and notes; bad input names indicators[i] and changes nothing.
  SampleView review(const auth::Principal& me, long long id, long long version,
                    const std::vector<ReviewScoreInput>& scores);
  // Every applicable indicator scored: the review total kept on the evaluation (its grade from
  // it, R-SE-8) and R-RV-2 judged; inflated, a finding and its notice.
  SampleView complete(const auth::Principal& me, long long id, long long version);
  std::vector<audit::Record> sample_history(const auth::Principal& me, long long id);

 private:
  SampleView sample_view(soci::session& s, const auth::Principal& me, ReviewSample x);
  db::Database& db_;
};

}  // namespace jixiao::self_evaluation
