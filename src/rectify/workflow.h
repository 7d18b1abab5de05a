// The workflow of a finding: its states and who moves it on are the table in
// data/workflows/finding.json; this file says which of its actors a caller plays for one.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "rectify/model.h"
#include "workflow/workflow.h"

namespace jixiao::rectify {

// open 待整改 → answered 已反馈 → closed 已销号; the office reopens an answered or closed one.
const workflow::Workflow& finding_workflow();

// author: a unit, department or office whose write scope holds the finding (answers it);
// office: the performance office of the finding's region (closes or reopens it).
workflow::Actors finding_actors(soci::session& s, const auth::Principal& me, const Finding& f);

inline bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}

}  // namespace jixiao::rectify
