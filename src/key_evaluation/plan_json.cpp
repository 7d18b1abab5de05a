#include "key_evaluation/plan_json.h"

#include <boost/json.hpp>

#include "base/vocabulary.h"

namespace jixiao::key_evaluation {

namespace {

boost::json::value rate(const std::string& r) {
  if (r == "—") return nullptr;
  return boost::json::string(r);
}

std::string label(const char* vocab, const std::string& code) {
  return std::string(vocabulary(vocab).label(code));
}

}  // namespace

boost::json::object suggestions_json(const std::vector<Suggestion>& items) {
  boost::json::array a;
  for (const auto& x : items) {
    boost::json::object o;
    o["project_id"] = x.project_id;
    o["code"] = x.code;
    o["name"] = x.name;
    o["region_id"] = x.region_id;
    o["region_name"] = x.region_name;
    o["department_id"] = x.department_id;
    o["department_name"] = x.department_name;
    o["unit_id"] = x.unit_id;
    o["unit_name"] = x.unit_name;
    o["fund_type"] = x.fund_type;
    o["category"] = x.category;
    o["amount_fen"] = x.amount_fen;
    boost::json::array reasons;
    for (const auto& r : x.reasons) {
      boost::json::object ro;
      ro["code"] = r.code;
      ro["label"] = label("key_evaluation_suggestion", r.code);
      ro["detail"] = r.detail;
      boost::json::object figures;
      for (const auto& [k, v] : r.figures) figures[k] = v;
      ro["figures"] = std::move(figures);
      reasons.push_back(std::move(ro));
    }
    o["reasons"] = std::move(reasons);
    a.push_back(std::move(o));
  }
  boost::json::object out;
  out["items"] = std::move(a);
  return out;
}

boost::json::object coverage_json(const PlanCoverage& c) {
  boost::json::object o;
  o["count"] = c.count;
  o["budget_fen"] = c.budget_fen;
  o["projects_fen"] = c.projects_fen;
  o["share"] = rate(c.share);
  boost::json::array kinds;
  for (const auto& k : c.by_kind)
    kinds.push_back({{"kind", k.key},
                     {"label", label("key_evaluation_kind", k.key)},
                     {"count", k.count},
                     {"budget_fen", k.budget_fen}});
  o["by_kind"] = std::move(kinds);
  boost::json::array funds;
  for (const auto& f : c.by_fund_type)
    funds.push_back({{"fund_type", f.fund_type},
                     {"label", label("fund_type", f.fund_type)},
                     {"count", f.count},
                     {"budget_fen", f.budget_fen},
                     {"projects_fen", f.projects_fen},
                     {"share", rate(f.share)}});
  o["by_fund_type"] = std::move(funds);
  return o;
}

}  // namespace jixiao::key_evaluation
