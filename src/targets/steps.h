// Helpers shared by the files of TargetService: who may do what, and how a step is recorded.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "audit/log.h"
#include "auth/model.h"
#include "targets/json.h"
#include "targets/model.h"
#include "targets/repo.h"
#include "targets/review_rules.h"

namespace jixiao::targets {

inline bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}

inline bool is_assignable_role(auth::Role r) {
  return r == auth::Role::expert || r == auth::Role::agency;
}

inline repo::Reader reader_of(const auth::Principal& me) {
  if (is_assignable_role(me.role)) return {auth::DataScope{}, me.user_id};
  return {auth::read_scope(me), 0};
}

inline bool editable(const std::string& status) {
  return status == "draft" || status == "returned" || status == "adjusting";
}

inline audit::Entry entry(const auth::Principal& me, const std::string& action, const Target& t) {
  return audit::entry(me, action, "target", t.id, t.region_id);
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

}  // namespace jixiao::targets
