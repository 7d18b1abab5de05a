// The annual report's figures on both databases (R-RPT-1): every figure of the demo's work year
// against a count of the stages' rows themselves (plain SQL over the records, never the kept
// totals), for the whole tree, the prefecture's own level and each county; and the rows behind
// every figure adding up to it, part by part, a page at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "annual_report/figures.h"
#include "annual_report/rule_kinds.h"
#include "annual_report/sources.h"
#include "auth/repo.h"
#include "base/error.h"
#include "rules/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using annual_report::Amount;
using annual_report::Part;

// Each figure's rows as the stages keep them: "FROM … WHERE …" over x (with x.region_id), the
// year as {Y}, and the count and money expressions.
struct Independent {
  std::string from_where;
  std::string count = "COUNT(*)";
  std::string fen = "0";
};

const std::map<std::string, Independent>& independent() {
  static const std::map<std::string, Independent> m{
      {"projects.all",
       {"FROM projects x WHERE x.year = {Y} AND x.status IN ('declared', 'approved', "
        "'executing', 'completed')",
        "COUNT(*)", "x.amount_fen"}},
      {"targets.projects",
       {"FROM targets x LEFT JOIN projects p ON p.id = x.project_id WHERE x.year = {Y} AND "
        "x.kind = 'project' AND (p.id IS NULL OR p.status <> 'cancelled')",
        "COUNT(*)", "COALESCE(p.amount_fen, 0)"}},
      {"targets.approved",
       {"FROM targets x LEFT JOIN projects p ON p.id = x.project_id WHERE x.year = {Y} AND "
        "x.kind = 'project' AND x.status = 'approved' AND (p.id IS NULL OR p.status <> "
        "'cancelled')",
        "COUNT(*)", "COALESCE(p.amount_fen, 0)"}},
      {"targets.departments", {"FROM targets x WHERE x.year = {Y} AND x.kind = 'department'"}},
      {"targets.not_funded",
       {"FROM targets x LEFT JOIN projects p ON p.id = x.project_id WHERE x.year = {Y} AND "
        "x.kind = 'project' AND x.not_funded = 1 AND (p.id IS NULL OR p.status <> 'cancelled')"}},
      {"assessment.all", {"FROM assessments x WHERE x.year = {Y}", "COUNT(*)", "x.amount_fen"}},
      {"assessment.key",
       {"FROM assessments x WHERE x.year = {Y} AND x.level = 'key'", "COUNT(*)", "x.amount_fen"}},
      {"assessment.supported",
       {"FROM assessments x WHERE x.year = {Y} AND x.status = 'concluded' AND x.conclusion IN "
        "('support', 'support_after_changes')",
        "COUNT(*)", "x.amount_fen"}},
      {"assessment.not_supported",
       {"FROM assessments x WHERE x.year = {Y} AND x.status = 'concluded' AND x.conclusion = "
        "'not_supported'",
        "COUNT(*)", "x.amount_fen"}},
      {"assessment.kept_out",
       {"FROM assessments x WHERE x.year = {Y} AND x.status = 'concluded'", "COUNT(*)",
        "CASE WHEN x.conclusion = 'not_supported' THEN x.amount_fen WHEN "
        "x.suggested_amount_fen < x.amount_fen THEN x.amount_fen - x.suggested_amount_fen ELSE "
        "0 END"}},
      {"budget_review.submitted",
       {"FROM budget_reviews x WHERE x.year = {Y} AND x.status = 'done'", "COUNT(*)",
        "x.submitted_fen"}},
      {"budget_review.cut",
       {"FROM budget_reviews x WHERE x.year = {Y} AND x.status = 'done'", "COUNT(*)",
        "x.submitted_fen - x.approved_fen"}},
      {"budget_review.approved",
       {"FROM budget_reviews x WHERE x.year = {Y} AND x.status = 'done'", "COUNT(*)",
        "x.approved_fen"}},
      {"monitoring.projects",
       {"FROM monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id WHERE k.year = "
        "{Y} AND x.project_id IS NOT NULL AND x.status IN ('submitted', 'checked', 'accepted') "
        "AND k.as_of = (SELECT MAX(k2.as_of) FROM monitoring_reports r2 JOIN checkpoints k2 ON "
        "k2.id = r2.checkpoint_id WHERE k2.year = {Y} AND r2.region_id = x.region_id AND "
        "r2.project_id IS NOT NULL AND r2.status IN ('submitted', 'checked', 'accepted'))",
        "COUNT(*)", "x.budget_fen"}},
      {"monitoring.warned",
       {"FROM monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id WHERE k.year = "
        "{Y} AND x.project_id IS NOT NULL AND x.status IN ('submitted', 'checked', 'accepted') "
        "AND x.colour <> 'none' AND k.as_of = (SELECT MAX(k2.as_of) FROM monitoring_reports r2 "
        "JOIN checkpoints k2 ON k2.id = r2.checkpoint_id WHERE k2.year = {Y} AND r2.region_id = "
        "x.region_id AND r2.project_id IS NOT NULL AND r2.status IN ('submitted', 'checked', "
        "'accepted'))",
        "COUNT(*)", "x.budget_fen"}},
      {"monitoring.blue",
       {"FROM monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id WHERE k.year = "
        "{Y} AND x.project_id IS NOT NULL AND x.colour = 'blue'",
        "COUNT(*)", "x.budget_fen"}},
      {"monitoring.red",
       {"FROM monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id WHERE k.year = "
        "{Y} AND x.project_id IS NOT NULL AND x.colour = 'red'",
        "COUNT(*)", "x.budget_fen"}},
      {"monitoring.adjusted",
       {"FROM monitoring_outcomes x WHERE x.year = {Y} AND x.kind IN ('adjust_budget', "
        "'adjust_target')",
        "COUNT(*)",
        "CASE WHEN x.kind = 'adjust_budget' THEN x.before_fen - x.after_fen ELSE 0 END"}},
      {"monitoring.recovered",
       {"FROM monitoring_outcomes x WHERE x.year = {Y} AND x.kind = 'recover'", "COUNT(*)",
        "x.recovered_fen"}},
      {"self_evaluation.all",
       {"FROM self_evaluations x WHERE x.year = {Y} AND x.status IN ('submitted', "
        "'consolidated', 'accepted')",
        "COUNT(*)", "x.budget_fen"}},
      {"self_evaluation.projects",
       {"FROM self_evaluations x WHERE x.year = {Y} AND x.kind = 'project' AND x.status IN "
        "('submitted', 'consolidated', 'accepted')",
        "COUNT(*)", "x.budget_fen"}},
      {"self_evaluation.departments",
       {"FROM self_evaluations x WHERE x.year = {Y} AND x.kind = 'department' AND x.status IN "
        "('submitted', 'consolidated', 'accepted')",
        "COUNT(*)", "x.budget_fen"}},
      {"review.sampled",
       {"FROM self_evaluations x JOIN self_evaluation_review_samples sm ON sm.evaluation_id = "
        "x.id WHERE x.year = {Y}",
        "COUNT(*)", "x.budget_fen"}},
      {"review.reviewed",
       {"FROM self_evaluations x JOIN self_evaluation_review_samples sm ON sm.evaluation_id = "
        "x.id WHERE x.year = {Y} AND sm.status = 'reviewed'",
        "COUNT(*)", "x.budget_fen"}},
      {"review.inflated",
       {"FROM self_evaluations x JOIN self_evaluation_review_samples sm ON sm.evaluation_id = "
        "x.id WHERE x.year = {Y} AND sm.status = 'reviewed' AND sm.inflated = 1"}},
      {"key_evaluation.all",
       {"FROM key_evaluations x WHERE x.year = {Y}", "COUNT(*)", "x.budget_fen"}},
      {"key_evaluation.project",
       {"FROM key_evaluations x WHERE x.year = {Y} AND x.kind = 'project'", "COUNT(*)",
        "x.budget_fen"}},
      {"key_evaluation.department",
       {"FROM key_evaluations x WHERE x.year = {Y} AND x.kind = 'department'", "COUNT(*)",
        "x.budget_fen"}},
      {"key_evaluation.policy",
       {"FROM key_evaluations x WHERE x.year = {Y} AND x.kind = 'policy'", "COUNT(*)",
        "x.budget_fen"}},
      {"key_evaluation.other",
       {"FROM key_evaluations x WHERE x.year = {Y} AND x.kind NOT IN ('project', 'department', "
        "'policy')",
        "COUNT(*)", "x.budget_fen"}},
      {"findings.all", {"FROM findings x WHERE x.year = {Y}"}},
      {"findings.closed", {"FROM findings x WHERE x.year = {Y} AND x.status = 'closed'"}},
      {"result_application.actions",
       {"FROM budget_actions x WHERE x.year = {Y} AND x.status IN ('confirmed', 'changed')",
        "COUNT(*)",
        "CASE WHEN x.kind IN ('cut', 'cancel') THEN x.base_fen - COALESCE(x.limit_fen, 0) ELSE "
        "x.base_fen END"}},
      {"result_application.prioritise",
       {"FROM budget_actions x WHERE x.year = {Y} AND x.status IN ('confirmed', 'changed') AND "
        "x.kind = 'prioritise'",
        "COUNT(*)", "x.base_fen"}},
      {"result_application.cap",
       {"FROM budget_actions x WHERE x.year = {Y} AND x.status IN ('confirmed', 'changed') AND "
        "x.kind = 'cap'",
        "COUNT(*)", "x.base_fen"}},
      {"result_application.cut",
       {"FROM budget_actions x WHERE x.year = {Y} AND x.status IN ('confirmed', 'changed') AND "
        "x.kind IN ('cut', 'cancel')",
        "COUNT(*)", "x.base_fen - COALESCE(x.limit_fen, 0)"}},
      {"disclosure.due",
       {"FROM disclosures x WHERE x.year = {Y} AND (x.status = 'published' OR x.due <= "
        "'{Y}-12-31')"}},
      {"disclosure.published",
       {"FROM disclosures x WHERE x.year = {Y} AND x.status = 'published'"}},
      {"appraisal.departments",
       {"FROM units x WHERE x.kind = 'department' AND EXISTS (SELECT 1 FROM appraisals a WHERE "
        "a.region_id = x.region_id AND a.year = {Y} AND a.subject = 'department' AND a.status = "
        "'issued')"}},
      {"appraisal.regions",
       {"FROM (SELECT id, parent_id AS region_id FROM regions) x WHERE EXISTS (SELECT 1 FROM "
        "appraisals a WHERE a.region_id = x.region_id AND a.year = {Y} AND a.subject = 'region' "
        "AND a.status = 'issued')"}},
  };
  return m;
}

std::string with_year(std::string sql, long long year) {
  const std::string y = std::to_string(year);
  for (auto at = sql.find("{Y}"); at != std::string::npos; at = sql.find("{Y}", at))
    sql.replace(at, 3, y);
  return sql;
}

class AnnualReportStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    region = scalar(*db, "SELECT id FROM regions WHERE code = '539900'");
    path = db->read([&](soci::session& s) {
      std::string p;
      s << "SELECT path FROM regions WHERE id = :id", soci::use(region), soci::into(p);
      return p;
    });
  }
  Amount count(const std::string& code, long long year, const std::string& where_region,
               bool money) {
    const auto& ind = independent().at(code);
    const auto sql = with_year("SELECT " + ind.count + ", CAST(COALESCE(SUM(" + ind.fen +
                                   "), 0) AS BIGINT) " + ind.from_where + " AND " + where_region,
                               year);
    Amount a;
    db->read([&](soci::session& s) { s << sql, soci::into(a.count), soci::into(a.fen); });
    if (!money) a.fen = 0;
    return a;
  }
  static std::string under(const std::string& p) {
    return "x.region_id IN (SELECT id FROM regions WHERE path LIKE '" + p + "%')";
  }
  long long region = 0;
  std::string path;
};

#define EXPECT_AMOUNT(a, b)          \
  do {                               \
    EXPECT_EQ((a).count, (b).count); \
    EXPECT_EQ((a).fen, (b).fen);     \
  } while (0)

TEST_F(AnnualReportStore, EveryFigureCountsTheStagesRows) {
  const auto set = db->read([&](soci::session& s) {
    return annual_report::figures_of_work_year(s, db->dialect(), region, 2026);
  });
  EXPECT_EQ(set.own_label, "州级");
  EXPECT_EQ(set.lower_label, "县级");
  ASSERT_TRUE(set.has_lower);
  ASSERT_EQ(set.figures.size(), annual_report::sources().all().size());
  std::map<std::string, long long> year_of;
  for (const auto& sy : set.sections) year_of[sy.section] = sy.fiscal_year;
  EXPECT_EQ(year_of["assessment"], 2027);
  EXPECT_EQ(year_of["targets"], 2026);
  EXPECT_EQ(year_of["self_evaluation"], 2025);
  long long nonzero = 0;
  for (const auto& f : set.figures) {
    SCOPED_TRACE(f.code);
    ASSERT_TRUE(independent().contains(f.code));
    EXPECT_EQ(f.fiscal_year, year_of[f.section]);
    EXPECT_AMOUNT(f.total, count(f.code, f.fiscal_year, under(path), f.money));
    EXPECT_AMOUNT(f.own,
                  count(f.code, f.fiscal_year, "x.region_id = " + std::to_string(region), f.money));
    ASSERT_EQ(f.regions.size(), 3u);
    Amount lower;
    for (const auto& r : f.regions) {
      const auto p = db->read([&](soci::session& s) {
        std::string v;
        s << "SELECT path FROM regions WHERE id = :id", soci::use(r.region_id), soci::into(v);
        return v;
      });
      EXPECT_AMOUNT(r.amount, count(f.code, f.fiscal_year, under(p), f.money));
      lower.count += r.amount.count;
      lower.fen += r.amount.fen;
    }
    EXPECT_AMOUNT(f.lower, lower);
    if (f.total.count > 0) ++nonzero;
  }
  // The demo holds most stages' records of their years.
  EXPECT_GE(nonzero, 25);
  for (const auto& r : set.rates) EXPECT_FALSE(r.total.empty()) << r.code;
}

TEST_F(AnnualReportStore, EveryFiguresRowsAddUpToIt) {
  const auto set = db->read([&](soci::session& s) {
    return annual_report::figures_of_work_year(s, db->dialect(), region, 2026);
  });
  for (const auto& f : set.figures) {
    SCOPED_TRACE(f.code);
    std::vector<std::pair<Part, Amount>> parts{{Part{}, f.total},
                                               {Part{Part::Kind::own, 0}, f.own},
                                               {Part{Part::Kind::lower, 0}, f.lower}};
    for (const auto& r : f.regions)
      parts.push_back({Part{Part::Kind::region, r.region_id}, r.amount});
    for (const auto& [part, want] : parts) {
      const auto all = db->read([&](soci::session& s) {
        return annual_report::figure_rows(s, db->dialect(), f.code, region, f.fiscal_year, part,
                                          std::nullopt, 0);
      });
      EXPECT_AMOUNT(all.total, want);
      Amount summed{static_cast<long long>(all.items.size()), 0};
      for (const auto& row : all.items) summed.fen += row.amount_fen;
      if (!f.money) summed.fen = 0;
      EXPECT_AMOUNT(summed, want);
      EXPECT_FALSE(all.next);
    }
    // A page at a time (five pages or so): the pages add up to the whole.
    const int limit = static_cast<int>(std::max<long long>(37, f.total.count / 5 + 1));
    long long paged = 0;
    std::optional<std::string> cursor;
    for (int guard = 0; guard < 10000; ++guard) {
      const auto page = db->read([&](soci::session& s) {
        return annual_report::figure_rows(s, db->dialect(), f.code, region, f.fiscal_year, Part{},
                                          cursor, limit);
      });
      EXPECT_EQ(page.total.count, f.total.count);
      paged += static_cast<long long>(page.items.size());
      if (!page.next) break;
      cursor = page.next;
    }
    EXPECT_EQ(paged, f.total.count);
  }
}

TEST_F(AnnualReportStore, TheFunnelIsOneFiscalYearsCohort) {
  const auto steps = db->read(
      [&](soci::session& s) { return annual_report::funnel(s, db->dialect(), region, 2026); });
  ASSERT_EQ(steps.size(), annual_report::funnel_codes().size());
  for (const auto& f : steps) {
    SCOPED_TRACE(f.code);
    EXPECT_EQ(f.fiscal_year, 2026);
    EXPECT_AMOUNT(f.total, count(f.code, 2026, under(path), f.money));
  }
  // An empty year counts nothing.
  const auto empty = db->read(
      [&](soci::session& s) { return annual_report::funnel(s, db->dialect(), region, 2024); });
  for (const auto& f : empty) EXPECT_EQ(f.total.count, 0) << f.code;
}

TEST_F(AnnualReportStore, ACountyCountsTheYearsItsPrefectureSets) {
  rules::RuleService rules(*db);
  annual_report::register_rule_kinds(rules.kinds());
  const auto office =
      *db->read([](soci::session& s) { return auth::repo::find_principal(s, "demo_office"); });
  const auto county = *db->read(
      [](soci::session& s) { return auth::repo::find_principal(s, "demo_county_office"); });
  auto params = rules::find_national_rule("R-RPT-1")->params;
  params["self_evaluation"] = "-2";
  params["assessment"] = "0";
  rules.update(office, 2026, "R-RPT-1", params);
  params["assessment"] = "+3";
  EXPECT_THROW(rules.update(office, 2026, "R-RPT-1", params), AppError);
  const auto set = db->read([&](soci::session& s) {
    return annual_report::figures_of_work_year(s, db->dialect(), county.region_id, 2026);
  });
  EXPECT_EQ(set.own_label, "县级");
  EXPECT_FALSE(set.has_lower);
  std::map<std::string, long long> year_of;
  for (const auto& sy : set.sections) year_of[sy.section] = sy.fiscal_year;
  EXPECT_EQ(year_of["self_evaluation"], 2024);
  EXPECT_EQ(year_of["assessment"], 2026);
  EXPECT_EQ(year_of["key_evaluation"], 2025);
  EXPECT_EQ(set.find("assessment.all")->fiscal_year, 2026);
  EXPECT_EQ(set.find("self_evaluation.projects")->total.count, 0);  // nothing of 2024
}

TEST_F(AnnualReportStore, AnIssuedAppraisalCountsTheDepartmentsItAppraised) {
  const auto f = db->read([&](soci::session& s) {
    return annual_report::figure_of_year(s, db->dialect(), "appraisal.departments", region, 2025);
  });
  const long long issued =
      scalar(*db,
             "SELECT COUNT(*) FROM appraisals WHERE year = 2025 AND subject = 'department' "
             "AND status = 'issued' AND region_id = " +
                 std::to_string(region));
  const long long departments =
      scalar(*db, "SELECT COUNT(*) FROM units WHERE kind = 'department' AND region_id = " +
                      std::to_string(region));
  EXPECT_EQ(f.own.count, issued ? departments : 0);
  EXPECT_EQ(f.total.count, count("appraisal.departments", 2025, under(path), false).count);
}

TEST_F(AnnualReportStore, AskingOutsideTheTreeIsRefused) {
  db->read([&](soci::session& s) {
    EXPECT_THROW(annual_report::figure_rows(s, db->dialect(), "nope", region, 2026, Part{},
                                            std::nullopt, 10),
                 AppError);
    EXPECT_THROW(annual_report::figure_rows(s, db->dialect(), "projects.all", region, 2026,
                                            Part{Part::Kind::region, region}, std::nullopt, 10),
                 AppError);
    EXPECT_THROW(annual_report::figure_rows(s, db->dialect(), "projects.all", region, 2026, Part{},
                                            std::string("zz"), 10),
                 AppError);
    return 0;
  });
}

}  // namespace
}  // namespace jixiao
