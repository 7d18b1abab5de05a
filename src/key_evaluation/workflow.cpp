#include "key_evaluation/workflow.h"

#include "base/error.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation {

using auth::Role;

const workflow::Workflow& evaluation_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("key_evaluation");
  return w;
}

EvaluationCaller evaluation_caller(soci::session& s, const auth::Principal& me) {
  EvaluationCaller c{me};
  if (me.role == Role::agency) c.agency_id = registry_repo::agency_of_user(s, me.user_id);
  if (me.role == Role::expert) c.expert_id = registry_repo::expert_of_user(s, me.user_id);
  return c;
}

EvaluationReader evaluation_reader(const EvaluationCaller& c) {
  EvaluationReader who;
  switch (c.me.role) {
    case Role::agency:
      // An account of no agency reads nothing: scope none.
      who.agency_id = c.agency_id;
      break;
    case Role::expert:
      who.expert_id = c.expert_id;
      break;
    case Role::department:
    case Role::unit:
      who.scope = auth::read_scope(c.me);
      who.plan_visible = false;
      who.fees_visible = false;
      break;
    default:
      who.scope = auth::read_scope(c.me);
  }
  return who;
}

workflow::Actors evaluation_actors(soci::session& s, const EvaluationCaller& c,
                                   const KeyEvaluation& e) {
  workflow::Actors out;
  if (c.me.role == Role::performance_office && c.me.region_id == e.region_id) {
    out.emplace_back("office");
    if (e.mode == "finance") out.emplace_back("self_evaluator");
  }
  if (c.agency_id != 0 && c.agency_id == e.agency_id) out.emplace_back("agency");
  if (c.expert_id != 0) {
    long long assigned = 0;
    s << "SELECT COUNT(*) FROM key_evaluation_experts WHERE evaluation_id = :e AND expert_id = :x",
        soci::into(assigned), soci::use(e.id), soci::use(c.expert_id);
    if (assigned > 0) out.emplace_back("expert");
  }
  return out;
}

KeyEvaluation evaluation_or_404(soci::session& s, const EvaluationCaller& c, long long id) {
  auto e = evaluation_repo::find(s, id, evaluation_reader(c));
  if (!e) throw not_found("重点评价不存在或无权访问");
  return std::move(*e);
}

}  // namespace jixiao::key_evaluation
