#include "disclosure/workflow.h"

namespace jixiao::disclosure {

const workflow::Workflow& disclosure_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("disclosure");
  return w;
}

workflow::Actors disclosure_actors(const auth::Principal& me, const Disclosure& d) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && me.region_id == d.region_id)
    out.emplace_back("office");
  return out;
}

}  // namespace jixiao::disclosure
