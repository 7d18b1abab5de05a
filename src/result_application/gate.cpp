#include "result_application/gate.h"

#include "base/money.h"
#include "result_application/repo.h"
#include "result_application/rules.h"
#include "rules/service.h"

namespace jixiao::result_application {

std::optional<projects::GateCondition> result_gate(soci::session& s, const projects::Project& p) {
  if (!rules::budget_gate_requires(s, p.region_id, p.year, "result_application"))
    return std::nullopt;
  const auto actions = repo::decided_on(s, p.id);
  std::optional<projects::GateCondition> c;
  for (const auto& a : actions) {
    if (a.kind == "prioritise") continue;
    if (!c)
      c = projects::GateCondition{"result_application",
                                  "R-RA-2",
                                  "评价结果应用",
                                  true,
                                  "",
                                  "/result-application/actions?project_id=" + std::to_string(p.id)};
    // The project as it stands now, not as read when the action was listed.
    const bool over = breached(a.kind, a.limit_fen, p.amount_fen, p.status);
    std::string what = std::string(source_label(a.source)) + "“" + grade_label(a.grade) + "”：";
    what += a.kind == "cancel" ? std::string("应取消")
                               : "不超过 " + format_wan(a.limit_fen.value_or(0)) + " 万元";
    if (over) {
      c->met = false;
      what +=
          a.kind == "cancel" ? "，项目仍在申报" : "，现为 " + format_wan(p.amount_fen) + " 万元";
    }
    if (!c->detail.empty()) c->detail += "；";
    c->detail += what;
  }
  return c;
}

}  // namespace jixiao::result_application
