#include "annual_report/report_workflow.h"

namespace jixiao::annual_report {

const workflow::Workflow& report_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("annual_report");
  return w;
}

workflow::Actors report_actors(const auth::Principal& me, long long region_id) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && me.region_id == region_id)
    out.emplace_back("office");
  return out;
}

}  // namespace jixiao::annual_report
