#include "self_evaluation/statistics_json.h"

#include <boost/json.hpp>
#include <string_view>

namespace jixiao::self_evaluation {

namespace {

// A province's answer by department is some two thousand objects of forty figures: they are made
// in one arena, each with its room reserved, rather than by a malloc and a rehash a key.
constexpr std::size_t kKeys = 44;

// R-MON-2: "—" is null in JSON, never 0% or 100%.
boost::json::value rate(const std::string& r, const boost::json::storage_ptr& sp) {
  if (r == "—") return boost::json::value(nullptr, sp);
  return boost::json::value(std::string_view(r), sp);
}

boost::json::object figures_json(const Figures& f, const boost::json::storage_ptr& sp) {
  const Rates r = rates_of(f);
  boost::json::object o(sp);
  o.reserve(kKeys);
  const auto count = [&](std::string_view key, long long n) { o.emplace(key, n); };
  const auto ratio = [&](std::string_view key, const std::string& text) {
    o.emplace(key, rate(text, sp));
  };
  count("evaluations", f.evaluations);
  count("projects", f.projects);
  count("departments", f.departments);
  count("budget_fen", f.budget_fen);
  count("executed_fen", f.executed_fen);
  ratio("execution_rate", r.execution_rate);
  count("submitted", f.submitted);
  count("accepted", f.accepted);
  ratio("submission_rate", r.submission_rate);
  ratio("acceptance_rate", r.acceptance_rate);
  count("excellent", f.excellent);
  count("good", f.good);
  count("fair", f.fair);
  count("poor", f.poor);
  count("ungraded", f.ungraded);
  ratio("excellent_share", r.excellent_share);
  ratio("good_share", r.good_share);
  ratio("fair_share", r.fair_share);
  ratio("poor_share", r.poor_share);
  // Coverage (R-MON-2): the projects evaluated against those the budget holds.
  count("budget_projects", f.budget_projects);
  count("budget_projects_fen", f.budget_projects_fen);
  count("project_fen", f.project_fen);
  ratio("project_coverage", r.project_coverage);
  ratio("amount_coverage", r.amount_coverage);
  // The review (R-RV-1, R-RV-2).
  count("sampled", f.sampled);
  count("sampled_fen", f.sampled_fen);
  count("reviewed", f.reviewed);
  count("reviewed_fen", f.reviewed_fen);
  count("inflated", f.inflated);
  ratio("review_progress", r.review_progress);
  ratio("reviewed_share", r.reviewed_share);
  ratio("reviewed_amount_rate", r.reviewed_amount);
  ratio("inflated_share", r.inflated_share);
  // Its findings in the ledger (R-RA-1).
  count("findings", f.findings);
  count("findings_due", f.rectification.due);
  count("findings_closed", f.rectification.closed);
  count("findings_overdue", f.rectification.overdue);
  ratio("rectification_rate", r.rectification_rate);
  return o;
}

boost::json::object region_json(const org::Region& r, const boost::json::storage_ptr& sp) {
  boost::json::object o(sp);
  o.emplace("id", r.id);
  o.emplace("name", r.name);
  o.emplace("level", r.level);
  return o;
}

}  // namespace

boost::json::object statistics_json(const Statistics& st) {
  const auto sp = boost::json::make_shared_resource<boost::json::monotonic_resource>();
  boost::json::object o(sp);
  o.emplace("year", st.year);
  o.emplace("as_of", st.today);
  o.emplace("by", st.by);
  if (st.region)
    o.emplace("region", region_json(*st.region, sp));
  else
    o.emplace("region", nullptr);
  boost::json::array trail(sp);
  for (const auto& r : st.trail) trail.push_back(region_json(r, sp));
  o.emplace("trail", std::move(trail));
  o.emplace("total", figures_json(st.total, sp));
  if (st.own_level)
    o.emplace("own_level", figures_json(*st.own_level, sp));
  else
    o.emplace("own_level", nullptr);
  boost::json::array regions(sp), departments(sp), levels(sp), statuses(sp);
  regions.reserve(st.by_region.size());
  for (const auto& r : st.by_region) {
    auto x = figures_json(r.figures, sp);
    x.emplace("region_id", r.id);
    x.emplace("name", r.label);
    regions.push_back(std::move(x));
  }
  departments.reserve(st.by_department.size());
  for (const auto& d : st.by_department) {
    auto x = figures_json(d.figures, sp);
    x.emplace("department_id", d.id);
    x.emplace("department_name", d.label);
    x.emplace("region_id", d.region_id);
    x.emplace("region_name", d.region_name);
    departments.push_back(std::move(x));
  }
  for (const auto& l : st.by_level) {
    auto x = figures_json(l.figures, sp);
    x.emplace("level", l.key);
    x.emplace("label", l.label);
    levels.push_back(std::move(x));
  }
  for (const auto& s : st.by_status) {
    boost::json::object x(sp);
    x.emplace("status", s.key);
    x.emplace("label", s.label);
    x.emplace("evaluations", s.figures.evaluations);
    statuses.push_back(std::move(x));
  }
  o.emplace("by_region", std::move(regions));
  o.emplace("by_department", std::move(departments));
  o.emplace("departments_total", st.departments_total);
  o.emplace("by_level", std::move(levels));
  o.emplace("by_status", std::move(statuses));
  return o;
}

}  // namespace jixiao::self_evaluation
