// A subject of a region's plan of key evaluations as finance enters it (列入计划, 修改): the body
// read strictly, then checked against the organisation and completed from it. Each kind names
// its subject by one field:
//  - project, mid_term, special_bond: project_id, a project of the year in the caller's region
//    tree; its department, unit, name, fund type and money are the defaults;
//  - department: department_id, a department of the caller's region (unit_id one of its units);
//  - policy: name, and department_id, the department in charge;
//  - fiscal_operation: subject_region_id, a region directly under the caller's.
// A field of another kind's subject is refused, naming it. The same subject in a plan of the
// year twice is a 422 naming the subject's field.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "auth/model.h"
#include "base/json.h"
#include "base/money.h"

namespace jixiao::key_evaluation {

// What the body gave; every field optional at this point (an edit gives what changes).
struct PlanInput {
  std::optional<long long> year;
  std::optional<std::string> kind, name, scope;
  std::optional<long long> project_id, department_id, unit_id, subject_region_id;
  std::optional<std::string> fund_type;
  std::optional<Fen> budget_fen;
  std::optional<std::string> due, mode;
};

// The subject with every field settled (0 for an id that does not apply).
struct PlanSubject {
  long long region_id = 0;
  long long year = 0;
  std::string kind, name, scope;
  long long project_id = 0, department_id = 0, unit_id = 0, subject_region_id = 0;
  std::string fund_type;
  Fen budget_fen = 0;
  std::string due, mode;
};

// Reads the fields of the body (types and bounds; the rules are settle's).
PlanInput read_plan_input(JsonReader& in);

// The subject of a new entry in the caller's region's plan (before empty), or an entry's after an
// edit (before its current subject: the kind and year stay, the fields given replace its own).
// Throws invalid naming the field; the duplicate check leaves out except_id (the entry edited).
PlanSubject settle_subject(soci::session& s, const auth::Principal& me, const PlanInput& in,
                           const std::optional<PlanSubject>& before, long long except_id);

}  // namespace jixiao::key_evaluation
