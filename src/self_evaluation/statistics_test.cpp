#include "self_evaluation/statistics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "cases/cases.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {
namespace {

using cases::text;

// Figures' counts by the names the cases use.
long long& field(Figures& f, const std::string& name) {
  static const std::pair<const char*, long long Figures::*> kFields[] = {
      {"evaluations", &Figures::evaluations},
      {"projects", &Figures::projects},
      {"departments", &Figures::departments},
      {"budget_fen", &Figures::budget_fen},
      {"executed_fen", &Figures::executed_fen},
      {"project_fen", &Figures::project_fen},
      {"submitted", &Figures::submitted},
      {"accepted", &Figures::accepted},
      {"excellent", &Figures::excellent},
      {"good", &Figures::good},
      {"fair", &Figures::fair},
      {"poor", &Figures::poor},
      {"ungraded", &Figures::ungraded},
      {"sampled", &Figures::sampled},
      {"sampled_fen", &Figures::sampled_fen},
      {"reviewed", &Figures::reviewed},
      {"reviewed_fen", &Figures::reviewed_fen},
      {"inflated", &Figures::inflated},
      {"budget_projects", &Figures::budget_projects},
      {"budget_projects_fen", &Figures::budget_projects_fen},
      {"findings", &Figures::findings}};
  for (const auto& [n, member] : kFields)
    if (name == n) return f.*member;
  if (name == "due") return f.rectification.due;
  if (name == "closed") return f.rectification.closed;
  if (name == "overdue") return f.rectification.overdue;
  ADD_FAILURE() << "no figure " << name;
  static long long none = 0;
  return none;
}

void expect_figures(Figures f, const boost::json::value& want, const std::string& where) {
  for (const auto& [name, v] : want.as_object())
    EXPECT_EQ(field(f, std::string(name)), v.as_int64()) << where << ": " << name;
}

std::map<long long, long long> id_map(const boost::json::value& v) {
  std::map<long long, long long> out;
  for (const auto& p : v.as_array()) out[p.as_array()[0].as_int64()] = p.as_array()[1].as_int64();
  return out;
}

std::map<long long, std::string> name_map(const boost::json::value& v) {
  std::map<long long, std::string> out;
  for (const auto& p : v.as_array()) out[p.as_array()[0].as_int64()] = text(p.as_array()[1]);
  return out;
}

// The kept totals count each state of the workflow in a column of its own: the same states, in
// the same order (a state added to data/workflows/self_evaluation.json needs its column).
TEST(SelfEvaluationStatistics, TheTotalsCountEveryStateOfTheWorkflow) {
  std::vector<std::string> states;
  for (const auto& state : evaluation_workflow().states()) states.push_back(state.name);
  EXPECT_EQ(states,
            std::vector<std::string>(repo::kTotalsStates.begin(), repo::kTotalsStates.end()));
}

// tests/cases/self_evaluation_statistics.json: each rate from the integers that make it.
TEST(SelfEvaluationStatistics, RatesFollowTheCases) {
  for (const auto& c : cases::load("self_evaluation_statistics").at("rates").as_array()) {
    const auto& o = c.as_object();
    const std::string note = text(o.at("note"));
    Figures f;
    for (const auto& [name, v] : o.at("figures").as_object())
      field(f, std::string(name)) = v.as_int64();
    const Rates r = rates_of(f);
    const std::pair<const char*, const std::string*> got[] = {
        {"project_coverage", &r.project_coverage},
        {"amount_coverage", &r.amount_coverage},
        {"execution_rate", &r.execution_rate},
        {"submission_rate", &r.submission_rate},
        {"acceptance_rate", &r.acceptance_rate},
        {"excellent_share", &r.excellent_share},
        {"good_share", &r.good_share},
        {"fair_share", &r.fair_share},
        {"poor_share", &r.poor_share},
        {"review_progress", &r.review_progress},
        {"reviewed_share", &r.reviewed_share},
        {"reviewed_amount", &r.reviewed_amount},
        {"inflated_share", &r.inflated_share},
        {"rectification_rate", &r.rectification_rate}};
    for (const auto& [name, want] : o.at("rates").as_object()) {
      const auto it = std::ranges::find(got, std::string_view(name),
                                        [](const auto& g) { return std::string_view(g.first); });
      ASSERT_NE(it, std::end(got)) << note << ": no rate " << name;
      EXPECT_EQ(*it->second, text(want)) << note << ": " << name;
    }
  }
}

// The cells of a year summed in all, by the regions a level down, by department, by level and
// by status, as the placement puts them.
TEST(SelfEvaluationStatistics, CellsSumWhereThePlacementPutsThem) {
  for (const auto& c : cases::load("self_evaluation_statistics").at("sums").as_array()) {
    const auto& o = c.as_object();
    const std::string note = text(o.at("note"));
    const auto& pl = o.at("placement").as_object();
    Placement p;
    p.by = text(pl.at("by"));
    p.looked_at = pl.at("looked_at").as_int64();
    for (const auto& [id, name] : name_map(pl.at("children"))) p.children.emplace_back(id, name);
    p.row_of = id_map(pl.at("row_of"));
    p.levels = name_map(pl.at("levels"));
    p.region_names = name_map(pl.at("region_names"));
    p.department_names = name_map(pl.at("department_names"));
    Cells cells;
    for (const auto& t : o.at("totals").as_array()) {
      const auto& a = t.as_array();
      repo::TotalsRow r;
      r.region_id = a[0].as_int64();
      r.department_id = a[1].as_int64();
      r.kind = text(a[2]);
      for (const auto& [state, n] : a[3].as_object()) {
        const auto k = std::ranges::find(repo::kTotalsStates, std::string_view(state));
        ASSERT_NE(k, repo::kTotalsStates.end()) << note << ": " << state;
        r.states[k - repo::kTotalsStates.begin()] = n.as_int64();
        r.evaluations += n.as_int64();
      }
      for (const auto& [grade, n] : a[4].as_object()) {
        const auto k = std::ranges::find(repo::kTotalsGrades, std::string_view(grade));
        ASSERT_NE(k, repo::kTotalsGrades.end()) << note << ": " << grade;
        r.grades[k - repo::kTotalsGrades.begin()] = n.as_int64();
      }
      r.budget_fen = a[5].as_int64();
      r.executed_fen = a[6].as_int64();
      r.sampled = a[7].as_int64();
      r.sampled_fen = a[8].as_int64();
      r.reviewed = a[9].as_int64();
      r.reviewed_fen = a[10].as_int64();
      r.inflated = a[11].as_int64();
      cells.totals.push_back(r);
    }
    for (const auto& t : o.at("projects").as_array()) {
      const auto& a = t.as_array();
      cells.projects.push_back(
          {a[0].as_int64(), a[1].as_int64(), a[2].as_int64(), a[3].as_int64()});
    }
    for (const auto& t : o.at("findings").as_array()) {
      const auto& a = t.as_array();
      cells.findings.push_back(
          {a[0].as_int64(), a[1].as_int64(), text(a[2]), text(a[3]), a[4].as_int64()});
    }
    Statistics st;
    st.today = text(o.at("today"));
    sum_cells(st, cells, p);

    expect_figures(st.total, o.at("total"), note + " total");
    ASSERT_TRUE(st.own_level) << note;
    expect_figures(*st.own_level, o.at("own_level"), note + " own level");
    const auto expect_rows = [&](const std::vector<NamedFigures>& rows, const char* name) {
      const auto& want = o.at(name).as_array();
      ASSERT_EQ(rows.size(), want.size()) << note << ": " << name;
      for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto& w = want[k].as_array();
        EXPECT_EQ(rows[k].key, text(w[0])) << note << ": " << name;
        EXPECT_EQ(rows[k].label, text(w[1])) << note << ": " << name;
        if (w[2].is_object())
          expect_figures(rows[k].figures, w[2], note + " " + name + " " + rows[k].label);
        else
          EXPECT_EQ(rows[k].figures.evaluations, w[2].as_int64()) << note << ": " << rows[k].key;
      }
    };
    expect_rows(st.by_region, "by_region");
    expect_rows(st.by_department, "by_department");
    expect_rows(st.by_level, "by_level");
    const auto& statuses = o.at("by_status").as_array();
    ASSERT_EQ(st.by_status.size(), statuses.size()) << note;
    for (std::size_t k = 0; k < statuses.size(); ++k) {
      EXPECT_EQ(st.by_status[k].key, text(statuses[k].as_array()[0])) << note;
      EXPECT_EQ(st.by_status[k].figures.evaluations, statuses[k].as_array()[1].as_int64()) << note;
    }
    // Every row adds up to the whole.
    Figures regions = st.own_level.value_or(Figures{});
    for (const auto& r : st.by_region) regions.add(r.figures);
    if (p.by == "region") {
      EXPECT_EQ(regions.evaluations, st.total.evaluations) << note;
    }
    Figures departments;
    for (const auto& d : st.by_department) departments.add(d.figures);
    if (p.by == "department") {
      EXPECT_EQ(departments.budget_fen, st.total.budget_fen) << note;
    }
  }
}

}  // namespace
}  // namespace jixiao::self_evaluation
