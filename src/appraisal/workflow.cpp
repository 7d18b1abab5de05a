#include "appraisal/workflow.h"

namespace jixiao::appraisal {

const workflow::Workflow& appraisal_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("appraisal");
  return w;
}

workflow::Actors appraisal_actors(const auth::Principal& me, const Appraisal& a) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && me.region_id == a.region_id)
    out.emplace_back("office");
  return out;
}

}  // namespace jixiao::appraisal
