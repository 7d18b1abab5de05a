#include "self_evaluation/statistics.h"

#include <algorithm>
#include <utility>

#include "base/money.h"
#include "monitoring/statistics.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

void Figures::add(const repo::TotalsRow& r) {
  evaluations += r.evaluations;
  budget_fen += r.budget_fen;
  executed_fen += r.executed_fen;
  if (r.kind == "project") {
    projects += r.evaluations;
    project_fen += r.budget_fen;
  } else {
    departments += r.evaluations;
  }
  for (std::size_t k = 0; k < r.states.size(); ++k) {
    const std::string_view state = repo::kTotalsStates[k];
    states[k] += r.states[k];
    // Sent in once its unit can no longer change it.
    if (!evaluation_workflow().editable(state)) submitted += r.states[k];
    if (state == "accepted") accepted += r.states[k];
  }
  long long graded_here = 0;
  long long* grade[] = {&excellent, &good, &fair, &poor};
  static_assert(std::size(grade) == repo::kTotalsGrades.size());
  for (std::size_t k = 0; k < r.grades.size(); ++k) {
    *grade[k] += r.grades[k];
    graded_here += r.grades[k];
  }
  ungraded += r.evaluations - graded_here;
  sampled += r.sampled;
  sampled_fen += r.sampled_fen;
  reviewed += r.reviewed;
  reviewed_fen += r.reviewed_fen;
  inflated += r.inflated;
}

void Figures::add(const ProjectCell& c) {
  budget_projects += c.projects;
  budget_projects_fen += c.amount_fen;
}

void Figures::add(const FindingCell& c, std::string_view today) {
  findings += c.count;
  for (long long k = 0; k < c.count; ++k)
    rectify::count_finding(rectification, c.status, c.due, today);
}

void Figures::add(const Figures& f) {
  evaluations += f.evaluations;
  projects += f.projects;
  departments += f.departments;
  budget_fen += f.budget_fen;
  executed_fen += f.executed_fen;
  project_fen += f.project_fen;
  for (std::size_t k = 0; k < states.size(); ++k) states[k] += f.states[k];
  submitted += f.submitted;
  accepted += f.accepted;
  excellent += f.excellent;
  good += f.good;
  fair += f.fair;
  poor += f.poor;
  ungraded += f.ungraded;
  sampled += f.sampled;
  sampled_fen += f.sampled_fen;
  reviewed += f.reviewed;
  reviewed_fen += f.reviewed_fen;
  inflated += f.inflated;
  budget_projects += f.budget_projects;
  budget_projects_fen += f.budget_projects_fen;
  findings += f.findings;
  rectification.due += f.rectification.due;
  rectification.closed += f.rectification.closed;
  rectification.overdue += f.rectification.overdue;
}

Rates rates_of(const Figures& f) {
  Rates r;
  r.project_coverage = format_rate(f.projects, f.budget_projects);
  r.amount_coverage = format_rate(f.project_fen, f.budget_projects_fen);
  r.execution_rate = format_rate(f.executed_fen, f.budget_fen);
  r.submission_rate = format_rate(f.submitted, f.evaluations);
  r.acceptance_rate = format_rate(f.accepted, f.evaluations);
  r.excellent_share = format_rate(f.excellent, f.graded());
  r.good_share = format_rate(f.good, f.graded());
  r.fair_share = format_rate(f.fair, f.graded());
  r.poor_share = format_rate(f.poor, f.graded());
  r.review_progress = format_rate(f.reviewed, f.sampled);
  r.reviewed_share = format_rate(f.reviewed, f.evaluations);
  r.reviewed_amount = format_rate(f.reviewed_fen, f.budget_fen);
  r.inflated_share = format_rate(f.inflated, f.reviewed);
  r.rectification_rate = rectify::rectification_rate(f.rectification);
  return r;
}

namespace {

std::string name_or_id(const std::map<long long, std::string>& names, long long id) {
  const auto it = names.find(id);
  return it != names.end() ? it->second : std::to_string(id);
}

// The rows one cell adds to, by where it lies.
struct Folder {
  Statistics& st;
  const Placement& p;
  std::map<long long, Figures> regions;
  std::map<long long, NamedFigures> departments;
  std::map<std::string, Figures> levels;

  template <typename Cell, typename... Today>
  void add(const Cell& c, const Today&... today) {
    st.total.add(c, today...);
    if (const auto l = p.levels.find(c.region_id); l != p.levels.end())
      levels[l->second].add(c, today...);
    const bool own = p.looked_at == 0 || p.by == "department" || c.region_id == p.looked_at;
    if (own) {
      if (st.own_level && c.region_id == p.looked_at) st.own_level->add(c, today...);
      auto& d = departments[c.department_id];
      if (d.key.empty()) {
        d.key = std::to_string(c.department_id);
        d.id = c.department_id;
        d.label = name_or_id(p.department_names, c.department_id);
        d.region_id = c.region_id;
        d.region_name = name_or_id(p.region_names, c.region_id);
      }
      d.figures.add(c, today...);
      return;
    }
    if (const auto it = p.row_of.find(c.region_id); it != p.row_of.end())
      regions[it->second].add(c, today...);
  }
};

}  // namespace

void sum_cells(Statistics& st, const Cells& cells, const Placement& p) {
  st.by = p.by;
  if (p.looked_at != 0) st.own_level = Figures{};
  Folder f{st, p, {}, {}, {}};
  for (const auto& c : cells.totals) f.add(c);
  for (const auto& c : cells.projects) f.add(c);
  for (const auto& c : cells.findings) f.add(c, std::string_view(st.today));

  if (p.by == "region")
    for (const auto& [id, name] : p.children)
      st.by_region.push_back({std::to_string(id), name, id, 0, "", f.regions[id]});
  for (auto& [id, d] : f.departments) st.by_department.push_back(std::move(d));
  // Ids follow the regions' and departments' order of creation, which is their codes' order.
  std::ranges::sort(st.by_department, {},
                    [](const NamedFigures& d) { return std::make_pair(d.region_id, d.id); });
  for (const char* l : {"province", "prefecture", "county"})
    if (const auto it = f.levels.find(l); it != f.levels.end())
      st.by_level.push_back(
          {l, std::string(monitoring::region_level_label(l)), 0, 0, "", it->second});
  for (std::size_t k = 0; k < repo::kTotalsStates.size(); ++k) {
    const std::string state = repo::kTotalsStates[k];
    NamedFigures s{state, std::string(status_label(state)), 0, 0, "", {}};
    s.figures.evaluations = st.total.states[k];
    st.by_status.push_back(std::move(s));
  }
}

}  // namespace jixiao::self_evaluation
