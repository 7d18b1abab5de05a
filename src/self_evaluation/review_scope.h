// Who reads the review's plans and samples (review_service*.cpp): finance that oversees a region
// tree (its performance office, the administrator and the supervisor) reads the plans of its
// tree and their samples; a reviewer reads the samples assigned to them; units, departments and
// business sections read no plan.
#pragma once

#include "auth/model.h"
#include "self_evaluation/review_repo.h"

namespace jixiao::self_evaluation {

inline bool reads_plans(const auth::Principal& me) {
  return me.role == auth::Role::performance_office || me.role == auth::Role::admin ||
         me.role == auth::Role::viewer;
}

inline auth::DataScope plan_scope(const auth::Principal& me) {
  return reads_plans(me) ? auth::read_scope(me) : auth::DataScope{};
}

inline review_repo::SampleReader sample_reader(const auth::Principal& me) {
  return {plan_scope(me), me.user_id};
}

}  // namespace jixiao::self_evaluation
