// The workflow of a performance target (R-TR-1): its states and who moves it on are the table in
// data/workflows/target.json; this file says which of its actors a caller plays for one target.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string_view>

#include "auth/model.h"
#include "targets/model.h"
#include "targets/repo.h"
#include "workflow/workflow.h"

namespace jixiao::targets {

// draft 草稿 → submitted 已提交 → department_reviewed 部门已审核 → section_reviewed 科室已初审 →
// approved 已批复 | rejected 未通过; returned 已退回 goes back to the author; an approved target
// changes only through an adjustment (adjusting 调整中), which is reviewed again. A department's
// own target, and one a department or office submits, is submitted straight to
// department_reviewed: departments review their units (R-TR-1), not themselves.
const workflow::Workflow& target_workflow();

// The actors of a target (the table's `actor` column):
//   author         a unit, department or office whose write scope holds the target
//   author_above_unit  that author, when the target is the department's own (unit = department)
//                  or the author is the department or the office: its submission skips the
//                  department's review
//   department     the department of the target (a department account of the same department)
//   section        the business section in charge of the target's department
//   office         the performance office of the target's region
//   office_direct  that office, when no section is in charge of the department (it decides alone)
//   expert         an expert or agency the target is assigned to (they read nothing else)
workflow::Actors target_actors(soci::session& s, const auth::Principal& me, const Target& t);

// A reviewer's queue: the states in which the table lets `actor` take `action`, and those in
// which only `actor_without_section` may (where no business section is in charge).
repo::Queue review_queue(std::string_view action, std::string_view actor,
                         std::string_view actor_without_section = {});
// What waits for the office's decision, for a business section's first review and for a
// department's review of its units' targets.
inline repo::Queue office_queue() {
  return review_queue("review_office", "office", "office_direct");
}
inline repo::Queue section_queue() { return review_queue("review_section", "section"); }
inline repo::Queue department_queue() { return review_queue("review_department", "department"); }
// The queue a caller names (GET /api/v1/targets?queue=): department, section or office.
std::optional<repo::Queue> named_queue(std::string_view name);

inline bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}

inline bool is_assignable_role(auth::Role r) {
  return r == auth::Role::expert || r == auth::Role::agency;
}

}  // namespace jixiao::targets
