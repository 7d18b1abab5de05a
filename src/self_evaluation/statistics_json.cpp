#include "self_evaluation/statistics_json.h"

#include <boost/json.hpp>

namespace jixiao::self_evaluation {

namespace {

// R-MON-2: "—" is null in JSON, never 0% or 100%.
boost::json::value rate(const std::string& r) {
  if (r == "—") return nullptr;
  return boost::json::value(r);
}

boost::json::object figures_json(const Figures& f) {
  const Rates r = rates_of(f);
  return {{"evaluations", f.evaluations},
          {"projects", f.projects},
          {"departments", f.departments},
          {"budget_fen", f.budget_fen},
          {"executed_fen", f.executed_fen},
          {"execution_rate", rate(r.execution_rate)},
          {"submitted", f.submitted},
          {"accepted", f.accepted},
          {"submission_rate", rate(r.submission_rate)},
          {"acceptance_rate", rate(r.acceptance_rate)},
          {"excellent", f.excellent},
          {"good", f.good},
          {"fair", f.fair},
          {"poor", f.poor},
          {"ungraded", f.ungraded},
          {"excellent_share", rate(r.excellent_share)},
          {"good_share", rate(r.good_share)},
          {"fair_share", rate(r.fair_share)},
          {"poor_share", rate(r.poor_share)},
          // Coverage (R-MON-2): the projects evaluated against those the budget holds.
          {"budget_projects", f.budget_projects},
          {"budget_projects_fen", f.budget_projects_fen},
          {"project_fen", f.project_fen},
          {"project_coverage", rate(r.project_coverage)},
          {"amount_coverage", rate(r.amount_coverage)},
          // The review (R-RV-1, R-RV-2).
          {"sampled", f.sampled},
          {"sampled_fen", f.sampled_fen},
          {"reviewed", f.reviewed},
          {"reviewed_fen", f.reviewed_fen},
          {"inflated", f.inflated},
          {"review_progress", rate(r.review_progress)},
          {"reviewed_share", rate(r.reviewed_share)},
          {"reviewed_amount_rate", rate(r.reviewed_amount)},
          {"inflated_share", rate(r.inflated_share)},
          // Its findings in the ledger (R-RA-1).
          {"findings", f.findings},
          {"findings_due", f.rectification.due},
          {"findings_closed", f.rectification.closed},
          {"findings_overdue", f.rectification.overdue},
          {"rectification_rate", rate(r.rectification_rate)}};
}

boost::json::object region_json(const org::Region& r) {
  return {{"id", r.id}, {"name", r.name}, {"level", r.level}};
}

}  // namespace

boost::json::object statistics_json(const Statistics& st) {
  boost::json::object o{{"year", st.year}, {"as_of", st.today}, {"by", st.by}};
  o["region"] = st.region ? boost::json::value(region_json(*st.region)) : nullptr;
  boost::json::array trail;
  for (const auto& r : st.trail) trail.push_back(region_json(r));
  o["trail"] = std::move(trail);
  o["total"] = figures_json(st.total);
  o["own_level"] = st.own_level ? boost::json::value(figures_json(*st.own_level)) : nullptr;
  boost::json::array regions, departments, levels, statuses;
  for (const auto& r : st.by_region) {
    auto x = figures_json(r.figures);
    x["region_id"] = std::stoll(r.key);
    x["name"] = r.label;
    regions.push_back(std::move(x));
  }
  for (const auto& d : st.by_department) {
    auto x = figures_json(d.figures);
    x["department_id"] = std::stoll(d.key);
    x["department_name"] = d.label;
    x["region_id"] = d.region_id;
    x["region_name"] = d.region_name;
    departments.push_back(std::move(x));
  }
  for (const auto& l : st.by_level) {
    auto x = figures_json(l.figures);
    x["level"] = l.key;
    x["label"] = l.label;
    levels.push_back(std::move(x));
  }
  for (const auto& s : st.by_status)
    statuses.push_back(
        {{"status", s.key}, {"label", s.label}, {"evaluations", s.figures.evaluations}});
  o["by_region"] = std::move(regions);
  o["by_department"] = std::move(departments);
  o["by_level"] = std::move(levels);
  o["by_status"] = std::move(statuses);
  return o;
}

}  // namespace jixiao::self_evaluation
