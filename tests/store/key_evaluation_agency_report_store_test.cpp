// The agencies' reports on both databases: scorecards counted from the evaluations (mean quality,
// on time, rework, fee deducted) per agency and year, and an agency's fee statement worked out by
// R-KE-4 with its totals; an agency's account reads its own agency only, a unit nothing.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/error.h"
#include "key_evaluation/agency_report_service.h"
#include "key_evaluation/evaluation_repo.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::KeyEvaluation;
namespace repo = key_evaluation::evaluation_repo;

class KeyEvaluationAgencyReportStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    reports = std::make_unique<key_evaluation::AgencyReportService>(*db);
    agency = scalar(*db, "SELECT agency_id FROM agency_users WHERE user_id = " +
                             std::to_string(who("demo_agency").user_id));
    other = scalar(*db, "SELECT MIN(id) FROM agencies WHERE id <> " + std::to_string(agency));
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  // A commission of the agency in 2024 at the given stage.
  void commission(long long agency_id, const std::string& name, long long fee_fen,
                  long long quality, bool reworked, long long payable,
                  const std::string& finalised_at) {
    const auto office = who("demo_office");
    KeyEvaluation e;
    e.region_id = office.region_id;
    e.year = 2024;  // a year the demo has no key evaluation of
    e.kind = "policy";
    e.department_id = scalar(*db, "SELECT MIN(department_id) FROM projects");
    e.name = name;
    e.fund_type = "general";
    e.budget_fen = 100;
    e.due = "2026-09-30";
    e.mode = "agency";
    e.status = "planned";
    e.created_by = office.user_id;
    e.created_at = e.updated_at = "2026-03-01T08:00:00Z";
    db->write([&](soci::session& s) {
      e.id = repo::insert(s, e);
      e.status = finalised_at.empty() ? "report_review" : "finalised";
      e.agency_id = agency_id;
      e.contract_fee_fen = fee_fen;
      e.quality_score = quality;
      e.reworked = reworked;
      e.fee_payable_fen = payable;
      e.finalised_at = finalised_at;
      EXPECT_TRUE(repo::move(s, e, 1));
    });
  }
  std::unique_ptr<key_evaluation::AgencyReportService> reports;
  long long agency = 0, other = 0;
};

TEST_F(KeyEvaluationAgencyReportStore, ScorecardsAndTheFeeStatement) {
  // 92.00 on time, paid in full; 55.00 reworked to 75.00, late, capped at 60%; one not scored.
  commission(agency, "甲评价", 10000000, 9200, false, 10000000, "2026-08-01T08:00:00Z");
  commission(agency, "乙评价", 20000000, 7500, true, 12000000, "2026-10-08T08:00:00Z");
  commission(agency, "丙评价", 5000000, -1, false, -1, "");
  commission(other, "丁评价", 8000000, 9500, false, 8000000, "2026-09-30T23:00:00Z");

  const auto cards = reports->scorecards(who("demo_office"), 2023, 2024);
  ASSERT_EQ(cards.size(), 2u);
  const auto& mine = cards[0].counts.agency_id == agency ? cards[0] : cards[1];
  const auto& theirs = cards[0].counts.agency_id == agency ? cards[1] : cards[0];
  EXPECT_EQ(mine.counts.evaluations, 3);
  EXPECT_EQ(mine.mean_quality_text, "83.50");
  EXPECT_EQ(mine.on_time_rate, "50.00");
  EXPECT_EQ(mine.rework_rate, "50.00");
  EXPECT_EQ(mine.deducted_fen, 8000000);
  EXPECT_EQ(mine.rank, 2);
  EXPECT_EQ(theirs.on_time_rate, "100.00");  // accepted on the deadline's day
  EXPECT_EQ(theirs.rank, 1);
  // The agency's account sees its own card only; a unit none.
  const auto own = reports->scorecards(who("demo_agency"), 2024, 2024);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].counts.agency_id, agency);
  EXPECT_THROW(reports->scorecards(who("demo_unit"), 2025, 2025), AppError);
  EXPECT_THROW(reports->scorecards(who("demo_office"), 2010, 2025), AppError);

  const auto st = reports->fee_statement(who("demo_agency"), agency, 2024);
  ASSERT_EQ(st.lines.size(), 3u);
  EXPECT_EQ(st.commissioned_fen, 35000000);
  EXPECT_EQ(st.payable_fen, 22000000);
  EXPECT_EQ(st.deducted_fen, 8000000);
  EXPECT_EQ(st.pending, 1);
  EXPECT_TRUE(st.lines[1].fee.capped);
  EXPECT_EQ(st.lines[1].fee.percent, 6000);
  EXPECT_TRUE(st.lines[2].pending);
  // Another agency's statement is not the agency's to read.
  EXPECT_THROW(reports->fee_statement(who("demo_agency"), other, 2024), AppError);
  EXPECT_EQ(reports->fee_statement(who("demo_office"), other, 2024).lines.size(), 1u);
}

}  // namespace
}  // namespace jixiao
