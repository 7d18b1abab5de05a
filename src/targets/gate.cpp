#include "targets/gate.h"

#include "rules/service.h"
#include "targets/json.h"
#include "targets/model.h"
#include "targets/review_rules.h"

namespace jixiao::targets {

std::optional<projects::GateCondition> target_gate(soci::session& s, const projects::Project& p) {
  if (!rules::budget_gate_requires(s, p.region_id, p.year, "target_review")) return std::nullopt;
  projects::GateCondition c{"target_review", "R-TR-2", "绩效目标审核通过", false, "", ""};
  long long id = 0, score = -1, not_funded = 0;
  std::string status, grade;
  soci::indicator found = soci::i_null;
  s << "SELECT id, status, score, grade, not_funded FROM targets WHERE project_id = :p AND kind = "
       "'project'",
      soci::use(p.id), soci::into(id, found), soci::into(status), soci::into(score),
      soci::into(grade), soci::into(not_funded);
  if (!s.got_data() || found == soci::i_null) {
    c.detail = "尚未填报绩效目标";
    return c;
  }
  c.link = "/targets/" + std::to_string(id);
  const std::string graded =
      score >= 0 ? "，审核得分 " + points(score) + "（" + std::string(grade_label(grade)) + "）"
                 : "";
  if (status == "approved" && !not_funded) {
    c.met = true;
    c.detail = "绩效目标已批复" + graded;
  } else if (not_funded || status == "rejected") {
    c.detail = "绩效目标审核未达及格线，不予安排资金" + graded;
  } else {
    c.detail = "绩效目标“" + std::string(status_label(status)) + "”，尚未通过审核";
  }
  return c;
}

}  // namespace jixiao::targets
