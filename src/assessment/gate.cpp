#include "assessment/gate.h"

#include "assessment/model.h"
#include "assessment/repo.h"
#include "assessment/service.h"
#include "assessment/settings.h"
#include "rules/service.h"
#include "targets/json.h"

namespace jixiao::assessment {

std::optional<projects::GateCondition> assessment_gate(soci::session& s,
                                                       const projects::Project& p) {
  if (!rules::budget_gate_requires(s, p.region_id, p.year, "ex_ante")) return std::nullopt;
  projects::GateCondition c{"ex_ante", "R-EA-3", "需要事前绩效评估的项目评估予以支持",
                            false,     "",       ""};
  const auto settings = assessment_settings(rules::effective_rules(s, p.region_id, p.year));
  const bool major = repo::major(s, p.id).has_value();
  const auto need = need_assessment({p.category, p.amount_fen, major}, settings.need);
  std::string why;
  for (const auto& r : need.reasons) why += (why.empty() ? "" : "；") + r;
  const auto id = repo::of_project(s, p.id);
  if (id) c.link = "/assessments/" + std::to_string(*id);
  switch (gate_state(s, p.id)) {
    case GateState::not_needed:
      c.met = true;
      c.detail = "不需要事前绩效评估：" + why;
      break;
    case GateState::missing:
      c.detail = "需要事前绩效评估（" + why + "），尚未开展";
      break;
    case GateState::not_concluded: {
      const auto a =
          repo::find(s, *id, {auth::DataScope{auth::DataScope::Kind::region, p.region_id, {}}, 0});
      c.detail =
          "事前绩效评估“" + std::string(status_label(a ? a->status : "")) + "”，尚未出具结论";
      break;
    }
    case GateState::supported:
    case GateState::not_supported: {
      const auto a =
          repo::find(s, *id, {auth::DataScope{auth::DataScope::Kind::region, p.region_id, {}}, 0});
      c.met = a && a->conclusion != "not_supported";
      c.detail = "事前绩效评估结论：" + std::string(conclusion_label(a ? a->conclusion : "")) +
                 (a && a->final_score >= 0 ? "（" + targets::points(a->final_score) + " 分）" : "");
      break;
    }
  }
  return c;
}

}  // namespace jixiao::assessment
