// Helpers shared by the files of TargetService: whose reading applies, and what a step records.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "audit/log.h"
#include "auth/model.h"
#include "targets/json.h"
#include "targets/model.h"
#include "targets/repo.h"
#include "targets/review_rules.h"
#include "targets/workflow.h"

namespace jixiao::targets {

inline repo::Reader reader_of(const auth::Principal& me) {
  if (is_assignable_role(me.role)) return {auth::DataScope{}, me.user_id};
  return {auth::read_scope(me), 0};
}

// What a step changed, for the timeline: status, and the review outcome when there is one.
inline std::string step_json(const Target& t, const std::string& note = {}) {
  boost::json::object o{{"status", t.status}, {"status_label", status_label(t.status)}};
  if (t.score >= 0) {
    o["score"] = points(t.score);
    o["grade_label"] = grade_label(t.grade);
  }
  if (t.not_funded) o["not_funded"] = true;
  if (!note.empty()) o["comment"] = note;
  return boost::json::serialize(o);
}

// Whether a review (or an expert's advice) was given on the target's current submission: what
// ends the filer's right to withdraw it, and what the office's letter cites.
inline bool of_current_submission(const repo::Review& r, const Target& t) {
  return !t.submitted_at.empty() && r.created_at >= t.submitted_at;
}

}  // namespace jixiao::targets
