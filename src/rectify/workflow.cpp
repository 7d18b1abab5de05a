#include "rectify/workflow.h"

#include "rectify/repo.h"

namespace jixiao::rectify {

const workflow::Workflow& finding_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("finding");
  return w;
}

workflow::Actors finding_actors(soci::session& s, const auth::Principal& me, const Finding& f) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, f.id, auth::write_scope(me)))
    out.emplace_back("author");
  if (me.role == auth::Role::performance_office && me.region_id == f.region_id)
    out.emplace_back("office");
  return out;
}

}  // namespace jixiao::rectify
