// The plan's suggestions and coverage on both databases, over the demo: each reason found by its
// own query (red warnings, an inflated self score, a continuing project graded poor the year
// before, the largest projects not evaluated for years) with its figures, what is planned left
// out, and the coverage equal to sums taken straight from the tables.
#include <gtest/gtest.h>

#include <algorithm>

#include "auth/repo.h"
#include "base/money.h"
#include "key_evaluation/plan_coverage.h"
#include "key_evaluation/plan_suggestions.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::Suggestion;

class KeyEvaluationPlanStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    office =
        db->read([](soci::session& s) { return *auth::repo::find_principal(s, "demo_office"); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  void exec(const std::string& sql) {
    db->write([&](soci::session& s) { s << sql; });
  }
  std::vector<Suggestion> suggest(long long year) {
    return db->read([&](soci::session& s) {
      return key_evaluation::plan_suggestions(s, office.region_id, office.region_path, year);
    });
  }
  static const Suggestion* with(const std::vector<Suggestion>& v, long long project_id) {
    const auto it =
        std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.project_id == project_id; });
    return it == v.end() ? nullptr : &*it;
  }
  static bool has(const Suggestion* s, const std::string& code) {
    return s && std::any_of(s->reasons.begin(), s->reasons.end(),
                            [&](const auto& r) { return r.code == code; });
  }
  // A row of the plan for the project, straight into the table.
  void plan(long long project_id, long long year, const std::string& grade = "") {
    const std::string p = std::to_string(project_id);
    exec(
        "INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, "
        "unit_id, fund_type, budget_fen, due, mode, status, grade, created_by, created_at, "
        "updated_at) SELECT " +
        std::to_string(office.region_id) + ", " + std::to_string(year) +
        ", 'project', name, id, department_id, unit_id, fund_type, amount_fen, '2027-06-30', "
        "'agency', 'planned', " +
        (grade.empty() ? std::string("NULL") : "'" + grade + "'") + ", " +
        std::to_string(office.user_id) +
        ", '2026-03-01T08:00:00Z', '2026-03-01T08:00:00Z' FROM projects WHERE id = " + p);
  }
  // Makes `later` (a project of the year after) the continuing successor of `earlier`.
  void succeed(long long earlier, long long later) {
    const std::string e = std::to_string(earlier);
    exec(
        "UPDATE projects SET category = 'continuing', status = 'executing', unit_id = (SELECT "
        "unit_id FROM projects WHERE id = " +
        e + "), name = (SELECT name FROM projects WHERE id = " + e +
        ") WHERE id = " + std::to_string(later));
  }
  auth::Principal office;
};

TEST_F(KeyEvaluationPlanStore, RedWarningsWithTheirFiguresAndPlannedOnesLeftOut) {
  const long long year = count("SELECT MAX(year) FROM monitoring_reports WHERE colour = 'red'");
  ASSERT_GT(year, 0);
  auto got = suggest(year);
  ASSERT_FALSE(got.empty());
  const auto red =
      std::find_if(got.begin(), got.end(), [](const auto& x) { return has(&x, "red_warning"); });
  ASSERT_NE(red, got.end());
  EXPECT_GT(count("SELECT COUNT(*) FROM monitoring_reports WHERE colour = 'red' AND project_id = " +
                  std::to_string(red->project_id)),
            0);
  EXPECT_FALSE(red->name.empty());
  EXPECT_FALSE(red->department_name.empty());
  for (std::size_t i = 1; i < got.size(); ++i) EXPECT_GE(got[i - 1].amount_fen, got[i].amount_fen);
  // The largest project of the tree not yet planned is a candidate for its money alone.
  const long long largest =
      count("SELECT id FROM projects WHERE year = " + std::to_string(year) +
            " AND status IN ('approved', 'executing', 'completed') AND NOT EXISTS (SELECT 1 FROM "
            "key_evaluations k WHERE k.project_id = projects.id) ORDER BY amount_fen DESC, id DESC "
            "LIMIT 1");
  EXPECT_TRUE(has(with(got, largest), "large_unevaluated"));

  const long long red_id = red->project_id;
  plan(red_id, year);
  plan(largest, year);
  got = suggest(year);
  EXPECT_FALSE(with(got, red_id));
  EXPECT_FALSE(with(got, largest));
}

TEST_F(KeyEvaluationPlanStore, LargeProjectsEvaluatedInTheYearsBeforeAreLeftOut) {
  const long long year = 2026;
  const std::string held =
      " AND status IN ('approved', 'executing', 'completed') AND NOT EXISTS (SELECT 1 FROM "
      "key_evaluations k WHERE k.project_id = projects.id)";
  const long long largest = count("SELECT id FROM projects WHERE year = 2026" + held +
                                  " ORDER BY amount_fen DESC, id DESC LIMIT 1");
  ASSERT_TRUE(has(with(suggest(year), largest), "large_unevaluated"));
  // Its predecessor of 2025 (same unit and name) was key-evaluated: no longer a candidate.
  const long long before = count("SELECT MIN(id) FROM projects WHERE year = 2025");
  exec("UPDATE projects SET unit_id = (SELECT unit_id FROM projects WHERE id = " +
       std::to_string(largest) +
       "), department_id = (SELECT department_id FROM projects WHERE id = " +
       std::to_string(largest) + "), name = (SELECT name FROM projects WHERE id = " +
       std::to_string(largest) + ") WHERE id = " + std::to_string(before));
  plan(before, 2025);
  EXPECT_FALSE(has(with(suggest(year), largest), "large_unevaluated"));
}

TEST_F(KeyEvaluationPlanStore, InflatedSelfScoresAndPoorGradesOfTheYearBefore) {
  // An inflated self score found by the review.
  const long long sample =
      count("SELECT MIN(id) FROM self_evaluation_review_samples WHERE project_id IS NOT NULL");
  ASSERT_GT(sample, 0);
  const std::string x = std::to_string(sample);
  exec(
      "UPDATE self_evaluation_review_samples SET inflated = 1, status = 'reviewed', "
      "review_total = 6000 WHERE id = " +
      x);
  const long long year = count("SELECT year FROM self_evaluation_review_samples WHERE id = " + x);
  const long long inflated =
      count("SELECT project_id FROM self_evaluation_review_samples WHERE id = " + x);
  exec("UPDATE projects SET status = 'executing' WHERE id = " + std::to_string(inflated));
  const auto first = suggest(year);
  const auto* found = with(first, inflated);
  ASSERT_TRUE(has(found, "inflated_self_score"));
  for (const auto& r : found->reasons) {
    if (r.code != "inflated_self_score") continue;
    EXPECT_NE(std::find(r.figures.begin(), r.figures.end(),
                        std::pair<std::string, long long>{"review_score", 6000}),
              r.figures.end());
  }

  // A continuing project whose self-evaluation of the year before was graded poor.
  const long long evaluation =
      count("SELECT MIN(id) FROM self_evaluations WHERE project_id IS NOT NULL AND year = " +
            std::to_string(year));
  const std::string e = std::to_string(evaluation);
  exec("UPDATE self_evaluation_scores SET grade = 'poor' WHERE evaluation_id = " + e);
  const long long earlier = count("SELECT project_id FROM self_evaluations WHERE id = " + e);
  const long long later =
      count("SELECT MAX(id) FROM projects WHERE year = " + std::to_string(year + 1));
  ASSERT_GT(later, 0);
  succeed(earlier, later);
  EXPECT_TRUE(has(with(suggest(year + 1), later), "poor_grade"));

  // And one graded poor by a key evaluation of the year before.
  const long long earlier2 =
      count("SELECT MIN(id) FROM projects WHERE year = " + std::to_string(year) + " AND id <> " +
            std::to_string(earlier));
  const long long later2 =
      count("SELECT MIN(id) FROM projects WHERE year = " + std::to_string(year + 1) +
            " AND id <> " + std::to_string(later));
  plan(earlier2, year, "poor");
  succeed(earlier2, later2);
  const auto got = suggest(year + 1);
  EXPECT_TRUE(has(with(got, later2), "poor_grade"));
  // Planned: left out.
  plan(later, year + 1);
  EXPECT_FALSE(with(suggest(year + 1), later));
}

TEST_F(KeyEvaluationPlanStore, CoverageEqualsTheTablesSums) {
  const long long year = 2026;
  const auto top = [&](const std::string& fund) {
    return count("SELECT MAX(id) FROM projects WHERE year = 2026 AND fund_type = '" + fund +
                 "' AND status IN ('approved', 'executing', 'completed')");
  };
  plan(top("general"), year);
  plan(top("gov_fund"), year);
  exec("UPDATE key_evaluations SET kind = 'special_bond' WHERE project_id = " +
       std::to_string(top("gov_fund")));
  const auto c = db->read([&](soci::session& s) {
    return key_evaluation::plan_coverage(s, office.region_id, office.region_path, year);
  });
  const std::string mine =
      " FROM key_evaluations WHERE year = 2026 AND region_id = " + std::to_string(office.region_id);
  EXPECT_EQ(c.count, count("SELECT COUNT(*)" + mine));
  EXPECT_EQ(c.budget_fen, count("SELECT CAST(SUM(budget_fen) AS BIGINT)" + mine));
  ASSERT_EQ(c.by_kind.size(), 6u);
  EXPECT_EQ(c.by_kind[0].key, "project");
  EXPECT_EQ(c.by_kind[0].count, count("SELECT COUNT(*)" + mine + " AND kind = 'project'"));
  EXPECT_EQ(c.by_kind[5].key, "special_bond");
  EXPECT_EQ(c.by_kind[5].count, 1);
  const std::string tree =
      " FROM projects WHERE year = 2026 AND status IN ('approved', 'executing', 'completed') AND "
      "region_id IN (SELECT id FROM regions WHERE path LIKE '" +
      office.region_path + "%')";
  for (const auto& f : c.by_fund_type) {
    const long long money = count("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT)" + tree +
                                  " AND fund_type = '" + f.fund_type + "'");
    EXPECT_EQ(f.projects_fen, money) << f.fund_type;
    EXPECT_EQ(f.budget_fen, count("SELECT CAST(COALESCE(SUM(budget_fen), 0) AS BIGINT)" + mine +
                                  " AND fund_type = '" + f.fund_type + "'"))
        << f.fund_type;
    EXPECT_EQ(f.share, format_rate(f.budget_fen, money)) << f.fund_type;
  }
  EXPECT_EQ(c.projects_fen, count("SELECT CAST(SUM(amount_fen) AS BIGINT)" + tree));
  // A year with no projects: "—", never 0%.
  const auto empty = db->read([&](soci::session& s) {
    return key_evaluation::plan_coverage(s, office.region_id, office.region_path, 2040);
  });
  EXPECT_EQ(empty.share, "—");
  EXPECT_EQ(empty.count, 0);
}

}  // namespace
}  // namespace jixiao
