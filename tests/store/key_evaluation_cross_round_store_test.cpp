// Cross-review rounds on both databases (R-KE-5): a round drawn over the year's handed-in reports
// gives every report to another agency, never a reciprocal pair, the same again from the same
// seed; an agency reads only the reviews it gives or receives; the office closes the round; and
// a round without reports, or drawn by anyone but the office, is refused with nothing written.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "auth/repo.h"
#include "base/error.h"
#include "key_evaluation/cross_round_service.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/statistics_service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::KeyEvaluation;
namespace repo = key_evaluation::evaluation_repo;

class KeyEvaluationCrossRoundStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    rounds = std::make_unique<key_evaluation::CrossRoundService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  // A report of the agency handed in for 2024.
  void report(long long agency_id, const std::string& name) {
    const auto office = who("demo_office");
    KeyEvaluation e;
    e.region_id = office.region_id;
    e.year = 2024;  // a year the demo has no key evaluation of
    e.kind = "policy";
    e.department_id = count("SELECT MIN(department_id) FROM projects");
    e.name = name;
    e.fund_type = "general";
    e.due = "2026-09-30";
    e.mode = "agency";
    e.status = "planned";
    e.created_by = office.user_id;
    e.created_at = e.updated_at = "2026-03-01T08:00:00Z";
    db->write([&](soci::session& s) {
      e.id = repo::insert(s, e);
      e.status = "report_review";
      e.agency_id = agency_id;
      EXPECT_TRUE(repo::move(s, e, 1));
    });
  }
  std::vector<long long> agencies() {
    return db->read([&](soci::session& s) {
      std::vector<long long> ids(10);
      s << "SELECT id FROM agencies WHERE region_id = :r ORDER BY id", soci::into(ids),
          soci::use(who("demo_office").region_id);
      return ids;
    });
  }
  std::unique_ptr<key_evaluation::CrossRoundService> rounds;
};

TEST_F(KeyEvaluationCrossRoundStore, EveryReportToAnotherAgencyNoPairBothWaysReproducible) {
  const auto ids = agencies();
  ASSERT_GE(ids.size(), 3u);
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k <= i; ++k)
      report(ids[i], "评价" + std::to_string(i) + "-" + std::to_string(k));
  const auto office = who("demo_office");
  const auto round = rounds->create(office, {2024, "2025年度第一轮互审", 20260601});
  EXPECT_EQ(round.round.status, "open");
  EXPECT_EQ(round.round.seed, 20260601);
  EXPECT_EQ(round.actions, std::vector<std::string>{"close"});
  ASSERT_EQ(round.reviews.size(), 6u);
  std::set<std::pair<long long, long long>> pairs;
  for (const auto& x : round.reviews) {
    EXPECT_NE(x.reviewer_agency_id, x.author_agency_id) << x.evaluation_name;
    pairs.insert({x.author_agency_id, x.reviewer_agency_id});
  }
  for (const auto& [author, reviewer] : pairs) EXPECT_FALSE(pairs.count({reviewer, author}));
  // The same seed over the same reports draws the same round.
  const auto again = rounds->create(office, {2024, "重抽", 20260601});
  for (std::size_t i = 0; i < round.reviews.size(); ++i)
    EXPECT_EQ(again.reviews[i].reviewer_agency_id, round.reviews[i].reviewer_agency_id);

  // demo_agency reads the reviews it gives or receives, and may score those it gives.
  const auto agency = who("demo_agency");
  const long long mine =
      count("SELECT agency_id FROM agency_users WHERE user_id = " + std::to_string(agency.user_id));
  const auto seen = rounds->get(agency, round.round.id);
  EXPECT_TRUE(seen.actions.empty() || seen.actions == std::vector<std::string>{"review"});
  for (const auto& x : seen.reviews)
    EXPECT_TRUE(x.reviewer_agency_id == mine || x.author_agency_id == mine);
  for (long long id : seen.reviewable) EXPECT_GT(id, 0);
  EXPECT_THROW(rounds->get(who("demo_county_office"), round.round.id), AppError);
  EXPECT_THROW(rounds->get(who("demo_unit"), round.round.id), AppError);

  EXPECT_THROW(rounds->close(agency, round.round.id, 1), AppError);
  EXPECT_THROW(rounds->close(office, round.round.id, 5), AppError);
  EXPECT_EQ(rounds->close(office, round.round.id, 1).round.status, "closed");
  // Two draws and the close, on the rounds' timelines.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation_cross_round' AND "
                  "entity_id IN (" +
                  std::to_string(round.round.id) + ", " + std::to_string(again.round.id) + ")"),
            3);
}

TEST_F(KeyEvaluationCrossRoundStore, RefusedRoundsWriteNothing) {
  const auto office = who("demo_office");
  const auto before = count("SELECT COUNT(*) FROM key_evaluation_cross_rounds");
  EXPECT_THROW(rounds->create(office, {2024, "没有报告", std::nullopt}), AppError);
  report(agencies()[0], "只有一份");
  EXPECT_THROW(rounds->create(who("demo_agency"), {2024, "机构发起", std::nullopt}), AppError);
  EXPECT_THROW(rounds->create(office, {2024, "", std::nullopt}), AppError);
  EXPECT_EQ(count("SELECT COUNT(*) FROM key_evaluation_cross_rounds"), before);
  // One agency with reports and others that only review: a round is possible.
  EXPECT_EQ(rounds->create(office, {2024, "可以", 7}).reviews.size(), 1u);
}

// The reviewer agency scores its review on the region's quality sheet (R-KE-4), again while the
// round is open; nobody else scores it, a sheet outside the items names the item, a closed round
// takes no scores; refusals change nothing.
TEST_F(KeyEvaluationCrossRoundStore, ScoredByTheReviewerOnTheSheetAgainWhileOpen) {
  const auto office = who("demo_office");
  const auto agency = who("demo_agency");
  const long long mine =
      count("SELECT agency_id FROM agency_users WHERE user_id = " + std::to_string(agency.user_id));
  long long other = 0;
  for (long long id : agencies())
    if (id != mine) other = id;
  report(other, "互审评分");
  const auto round = rounds->create(office, {2024, "评分轮", 11});
  ASSERT_EQ(round.reviews.size(), 1u);
  ASSERT_EQ(round.quality_items.size(), 5u);
  const long long id = round.reviews[0].id;
  // Whoever the draw chose, the review is demo_agency's to give here.
  db->write([&](soci::session& s) {
    s << "UPDATE key_evaluation_cross_reviews SET reviewer_agency_id = :a WHERE id = :id",
        soci::use(mine), soci::use(id);
  });
  const auto sheet = boost::json::parse(
      R"({"format": 9.5, "completeness": 25, "performance": 28.25, "evidence": 18, "language": 14})");
  const auto field_of = [&](auto&& call) {
    try {
      call();
    } catch (const AppError& e) {
      return e.field().empty() ? std::string(e.code()) : e.field();
    }
    return std::string("no error");
  };
  EXPECT_EQ(field_of([&] { rounds->review(office, id, sheet, "意见"); }), "forbidden");
  auto bad = sheet;
  bad.as_object()["language"] = 15.5;
  EXPECT_EQ(field_of([&] { rounds->review(agency, id, bad, "意见"); }), "scores.language");
  bad.as_object().erase("language");
  EXPECT_EQ(field_of([&] { rounds->review(agency, id, bad, "意见"); }), "scores.language");
  EXPECT_EQ(field_of([&] { rounds->review(agency, id, sheet, ""); }), "comment");
  EXPECT_EQ(field_of([&] { rounds->review(agency, 999999, sheet, "意见"); }), "not_found");
  EXPECT_EQ(count("SELECT COUNT(*) FROM key_evaluation_cross_reviews WHERE total IS NOT NULL "
                  "AND id = " +
                  std::to_string(id)),
            0);

  auto done = rounds->review(agency, id, sheet, "结构清晰，证据略欠");
  ASSERT_EQ(done.reviews.size(), 1u);
  EXPECT_EQ(done.reviews[0].total, 9475);
  EXPECT_EQ(done.reviews[0].comment, "结构清晰，证据略欠");
  EXPECT_EQ(done.reviews[0].reviewed_by_name, agency.display_name);
  EXPECT_EQ(done.round.reviewed, 1);
  // Again while open: the new sheet replaces the old.
  auto again = sheet;
  again.as_object()["format"] = 10;
  EXPECT_EQ(rounds->review(agency, id, again, "复核后").reviews[0].total, 9525);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation_cross_round' AND "
                  "action = 'review' AND entity_id = " +
                  std::to_string(round.round.id)),
            2);
  rounds->close(office, round.round.id, 1);
  EXPECT_THROW(rounds->review(agency, id, sheet, "结束后"), AppError);
  EXPECT_EQ(
      count("SELECT total FROM key_evaluation_cross_reviews WHERE id = " + std::to_string(id)),
      9525);
}

// The year's statistics within the caller's scope: the office counts its prefecture's reports
// and the county's office sees none of them; a unit is refused.
TEST_F(KeyEvaluationCrossRoundStore, StatisticsWithinTheScope) {
  key_evaluation::KeyStatisticsService stats(*db);
  const auto office = who("demo_office");
  const auto before = stats.statistics(office, 2024, std::nullopt);
  const auto county_before = stats.statistics(who("demo_county_office"), 2024, std::nullopt);
  report(agencies()[0], "统计一");
  report(agencies()[0], "统计二");
  db->write([&](soci::session& s) {
    s << "UPDATE key_evaluations SET status = 'finalised', grade = 'good', budget_fen = 500, "
         "contract_fee_fen = 100, fee_payable_fen = 80 WHERE name = '统计一'";
  });
  const auto st = stats.statistics(office, 2024, std::nullopt);
  EXPECT_EQ(st.total.evaluations, before.total.evaluations + 2);
  EXPECT_EQ(st.total.finalised, before.total.finalised + 1);
  EXPECT_EQ(st.total.deducted_fen, before.total.deducted_fen + 20);
  EXPECT_EQ(st.total.commissioned, before.total.commissioned + 2);
  EXPECT_FALSE(st.by_region.empty());
  const auto policy =
      std::ranges::find(st.by_kind, std::string("policy"), &key_evaluation::Group::key);
  ASSERT_NE(policy, st.by_kind.end());
  EXPECT_GE(policy->evaluations, 2);
  const auto county = stats.statistics(who("demo_county_office"), 2024, std::nullopt);
  EXPECT_EQ(county.total.evaluations, county_before.total.evaluations);
  EXPECT_THROW(stats.statistics(who("demo_county_office"), 2024, office.region_id), AppError);
  EXPECT_THROW(stats.statistics(who("demo_unit"), 2024, std::nullopt), AppError);
  EXPECT_THROW(stats.statistics(who("demo_agency"), 2024, std::nullopt), AppError);
}

}  // namespace
}  // namespace jixiao
