#include "projects/gate.h"

#include <boost/json.hpp>

namespace jixiao::projects {

std::vector<GateCondition> evaluate_gate(soci::session& s, const std::vector<GateSource>& sources,
                                         const Project& p) {
  std::vector<GateCondition> out;
  for (const auto& source : sources)
    if (auto c = source(s, p)) out.push_back(std::move(*c));
  return out;
}

std::optional<AppError> gate_refusal(const std::vector<GateCondition>& conditions) {
  std::string detail;
  boost::json::array unmet;
  for (const auto& c : conditions) {
    if (c.met) continue;
    detail += (detail.empty() ? "" : "；") + c.label + "：" + c.detail + "（" + c.rule + "）";
    unmet.push_back({{"key", c.key}, {"rule", c.rule}, {"label", c.label}, {"detail", c.detail}});
  }
  if (unmet.empty()) return std::nullopt;
  AppError e = precondition("budget_gate", "项目尚不能批复入预算。" + detail);
  e.with_extra(boost::json::serialize(boost::json::object{{"unmet", std::move(unmet)}}));
  return e;
}

}  // namespace jixiao::projects
