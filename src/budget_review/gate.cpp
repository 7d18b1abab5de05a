#include "budget_review/gate.h"

#include "budget_review/repo.h"
#include "budget_review/service.h"
#include "rules/service.h"

namespace jixiao::budget_review {

std::optional<projects::GateCondition> budget_gate(soci::session& s, const projects::Project& p) {
  if (!rules::budget_gate_requires(s, p.region_id, p.year, "budget_review")) return std::nullopt;
  projects::GateCondition c{"budget_review", "R-BG-1", "预算评审完成",
                            false,           "",       "/budget-reviews"};
  const auto r = repo::find_by_project(s, p.id);
  if (!r || r->status == "withdrawn") {
    c.detail = "项目申报后由财政部门进行预算评审";
  } else if (!ReviewService::review_done(s, p.id)) {
    c.detail = "等待财政部门评审（送审 " + format_wan(r->submitted_fen) + " 万元）";
  } else {
    c.met = true;
    c.detail = "审定 " + format_wan(*r->approved_fen) + " 万元，审减 " +
               format_wan(cut_fen(r->submitted_fen, r->approved_fen)) + " 万元";
  }
  return c;
}

}  // namespace jixiao::budget_review
