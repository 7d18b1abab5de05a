#include "monitoring/statistics.h"

#include <algorithm>

#include "base/vocabulary.h"

namespace jixiao::monitoring {

void Figures::add(const repo::TotalsRow& r) {
  reports += r.reports;
  budget_fen += r.budget_fen;
  executed_fen += r.executed_fen;
  if (r.status == "submitted" || r.status == "checked" || r.status == "accepted")
    submitted += r.reports;
  if (r.colour == "blue") {
    blue += r.reports;
    blue_fen += r.budget_fen;
  } else if (r.colour == "red") {
    red += r.reports;
    red_fen += r.budget_fen;
  }
}

void count_notice(NoticeCounts& c, std::string_view answered_at, std::string_view due,
                  std::string_view today, long long n) {
  c.findings += n;
  const bool answered = !answered_at.empty();
  if (answered || due <= today) c.due += n;
  if (answered && answered_at.substr(0, 10) <= due) c.on_time += n;
  if (!answered && due < today) c.overdue += n;
}

std::string_view region_level_label(std::string_view level) {
  return level == "province" ? "省级" : level == "prefecture" ? "市（州）级" : "县（区）级";
}

void sum_rows(Statistics& st, const std::vector<repo::TotalsRow>& rows) {
  static const char* const kStatuses[] = {"pending", "returned", "submitted", "checked",
                                          "accepted"};
  static const char* const kColours[] = {"none", "blue", "red"};
  static const char* const kLevels[] = {"province", "prefecture", "county"};
  std::map<std::string, Figures> status, colour, level;
  std::map<long long, NamedFigures> department;
  for (const auto& r : rows) {
    st.total.add(r);
    status[r.status].add(r);
    colour[r.colour].add(r);
    level[r.region_level].add(r);
    auto& d = department[r.department_id];
    d.key = std::to_string(r.department_id);
    d.label = r.department_name;
    d.figures.add(r);
    if (r.with_project) {
      st.monitored_projects += r.reports;
      st.monitored_fen += r.budget_fen;
    }
  }
  for (const char* s : kStatuses)
    st.by_status.push_back({s, std::string(report_status_label(s)), status[s]});
  for (const char* c : kColours)
    st.by_colour.push_back({c, std::string(vocabulary("warning_colour").label(c)), colour[c]});
  for (const char* l : kLevels)
    if (level.contains(l))
      st.by_region_level.push_back({l, std::string(region_level_label(l)), level[l]});
  for (auto& [id, d] : department) st.by_department.push_back(std::move(d));
  std::ranges::sort(st.by_department, {}, &NamedFigures::label);
}

}  // namespace jixiao::monitoring
