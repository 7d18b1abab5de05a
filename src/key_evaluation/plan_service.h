// The year's plan of key evaluations (评价计划): a region's performance office puts subjects in its
// plan (列入计划), edits them and takes them out (移出计划) while they are planned, through the
// workflow's create, edit and delete rows (data/workflows/key_evaluation.json); finance and
// viewers read the plan with suggestions of what to add and its coverage of the region tree's
// money. Departments, units, agencies and experts never see a planned subject.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/plan_coverage.h"
#include "key_evaluation/plan_subject.h"
#include "key_evaluation/plan_suggestions.h"

namespace jixiao::key_evaluation {

// An evaluation with what the caller may do with it now (workflow actions).
struct ShownEvaluation {
  KeyEvaluation item;
  std::vector<std::string> actions;
};

struct EvaluationPage {
  std::vector<ShownEvaluation> items;
  bool more = false;
  long long total = 0;
};

class PlanService {
 public:
  explicit PlanService(db::Database& db) : db_(db) {}

  EvaluationPage list(const auth::Principal& me, const EvaluationFilter& f);
  ShownEvaluation get(const auth::Principal& me, long long id);
  ShownEvaluation create(const auth::Principal& me, const PlanInput& in);
  ShownEvaluation update(const auth::Principal& me, long long id, long long version,
                         const PlanInput& in);
  void remove(const auth::Principal& me, long long id, long long version);

  // The plan of region_id (the caller's own when absent; a region of its tree).
  std::vector<Suggestion> suggestions(const auth::Principal& me, long long year,
                                      std::optional<long long> region_id);
  PlanCoverage coverage(const auth::Principal& me, long long year,
                        std::optional<long long> region_id);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
