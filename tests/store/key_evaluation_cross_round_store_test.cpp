// Cross-review rounds on both databases (R-KE-5): a round drawn over the year's handed-in reports
// gives every report to another agency, never a reciprocal pair, the same again from the same
// seed; an agency reads only the reviews it gives or receives; the office closes the round; and
// a round without reports, or drawn by anyone but the office, is refused with nothing written.
#include <gtest/gtest.h>

#include <set>

#include "auth/repo.h"
#include "base/error.h"
#include "key_evaluation/cross_round_service.h"
#include "key_evaluation/evaluation_repo.h"
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

}  // namespace
}  // namespace jixiao
