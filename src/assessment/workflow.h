// The workflow of an ex-ante assessment: its states and who moves it on are the table in
// data/workflows/assessment.json; this file says which of its actors a caller plays for one.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string_view>

#include "assessment/model.h"
#include "assessment/repo.h"
#include "auth/model.h"
#include "workflow/workflow.h"

namespace jixiao::assessment {

// self_assessing 部门自评估中 → submitted 已提交财政 → concluded 已出具结论 (finance accepts the
// self-assessment) | key_selected 已选为重点评估 → scoring 评分中 → scored 评分完成 →
// concluded; returned 已退回 goes back to the department.
const workflow::Workflow& assessment_workflow();

// The actors of an assessment (the table's `actor` column):
//   author       a department, unit or office whose write scope holds the assessment
//   department   that author when it is the department or unit (not the office)
//   finance      the office of its region, or the business section in charge of its department
//   office       the performance office of its region
//   scorer       an assigned scorer who has not submitted yet
//   last_scorer  that scorer, when every other assigned scorer has submitted
workflow::Actors assessment_actors(soci::session& s, const auth::Principal& me,
                                   const Assessment& a);

// What waits for finance's decision (submitted), for the office (to assign, to conclude).
repo::Queue queue_of(std::string_view actor, std::string_view actor_without_section = {});
// GET /api/v1/assessments?queue=: finance | office | scorer.
std::optional<repo::Queue> named_queue(std::string_view name);

inline bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}
// Who may be assigned to score a key assessment: finance staff, experts, agencies.
inline bool is_scorer_role(auth::Role r) {
  return r == auth::Role::expert || r == auth::Role::agency ||
         r == auth::Role::performance_office || r == auth::Role::business_section;
}
// Those that see nothing but what they are assigned.
inline bool is_assignable_role(auth::Role r) {
  return r == auth::Role::expert || r == auth::Role::agency;
}

}  // namespace jixiao::assessment
