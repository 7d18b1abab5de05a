#include "self_evaluation/review_workflow.h"

namespace jixiao::self_evaluation {

const workflow::Workflow& plan_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("self_evaluation_review_plan");
  return w;
}

const workflow::Workflow& sample_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("self_evaluation_review");
  return w;
}

workflow::Actors plan_actors(const auth::Principal& me, const ReviewPlan& p) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && me.region_id == p.region_id)
    out.emplace_back("office");
  return out;
}

workflow::Actors sample_actors(const auth::Principal& me, const ReviewPlan& p,
                               const ReviewSample& x) {
  workflow::Actors out = plan_actors(me, p);
  if (x.reviewer_id != 0 && x.reviewer_id == me.user_id) out.emplace_back("reviewer");
  return out;
}

}  // namespace jixiao::self_evaluation
