#include "key_evaluation/cross_review.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "base/error.h"

namespace jixiao::key_evaluation {
namespace {

// Agencies 1, 2, 3… with the given numbers of reports, numbered 101, 102… across them.
std::vector<AgencyReports> round_of(const std::vector<int>& reports_per_agency) {
  std::vector<AgencyReports> out;
  long long report = 100;
  for (std::size_t i = 0; i < reports_per_agency.size(); ++i) {
    AgencyReports a{static_cast<long long>(i + 1), {}};
    for (int k = 0; k < reports_per_agency[i]; ++k) a.report_ids.push_back(++report);
    out.push_back(a);
  }
  return out;
}

std::string refused(const std::vector<AgencyReports>& agencies, std::uint64_t seed = 1) {
  try {
    assign_cross_review(agencies, seed);
    return "(accepted)";
  } catch (const AppError& e) {
    return e.field();
  }
}

// The constraints of R-KE-5 on a round, whatever its seed: every report once, to an agency of the
// round that is not its own, no pair reviewing each other, the load as even as the round's
// choices allow, and the loads counted right.
void expect_a_fair_round(const std::vector<AgencyReports>& agencies, const CrossReviewRound& r) {
  std::map<long long, long long> author_of;
  std::set<long long> in_round;
  for (const auto& a : agencies) {
    in_round.insert(a.agency_id);
    for (const long long id : a.report_ids) author_of[id] = a.agency_id;
  }
  ASSERT_EQ(r.assignments.size(), author_of.size());
  std::set<std::pair<long long, long long>> reviews;  // (reviewer, author)
  std::map<long long, long long> load;
  std::map<long long, std::set<long long>> may;  // author → reviewers allowed
  for (const auto& c : r.choices)
    may[c.author_agency_id].insert(c.reviewer_agency_ids.begin(), c.reviewer_agency_ids.end());
  for (const auto& [author, reviewers] : may)
    for (const long long reviewer : reviewers) {
      ASSERT_NE(reviewer, author);
      ASSERT_FALSE(may[reviewer].contains(author)) << author << " ↔ " << reviewer;
    }
  for (const auto& a : r.assignments) {
    ASSERT_EQ(author_of.at(a.report_id), a.author_agency_id);
    ASSERT_NE(a.reviewer_agency_id, a.author_agency_id) << "report " << a.report_id;
    ASSERT_TRUE(in_round.contains(a.reviewer_agency_id));
    ASSERT_TRUE(may[a.author_agency_id].contains(a.reviewer_agency_id));
    reviews.insert({a.reviewer_agency_id, a.author_agency_id});
    ++load[a.reviewer_agency_id];
  }
  for (const auto& [reviewer, author] : reviews)
    ASSERT_FALSE(reviews.contains({author, reviewer})) << reviewer << " ↔ " << author;
  ASSERT_EQ(r.loads.size(), in_round.size());
  for (const auto& l : r.loads) ASSERT_EQ(l.reviews, load[l.agency_id]) << l.agency_id;
  // Balanced: no report could move to a reviewer it may have whose load is two or more below.
  for (const auto& a : r.assignments)
    for (const long long other : may[a.author_agency_id])
      ASSERT_LT(load[a.reviewer_agency_id], load[other] + 2) << "report " << a.report_id;
}

TEST(KeyEvalCrossReview, FiveAgenciesOfFourReportsEachReviewFourEach) {
  const auto agencies = round_of({4, 4, 4, 4, 4});
  const auto r = assign_cross_review(agencies, 20260101);
  expect_a_fair_round(agencies, r);
  for (const auto& l : r.loads) EXPECT_EQ(l.reviews, 4) << l.agency_id;
}

TEST(KeyEvalCrossReview, ThreeAgenciesGoRoundACircle) {
  // With three agencies that all have reports the only rounds are the two circles: A → B → C → A.
  const auto agencies = round_of({3, 1, 1});
  const auto r = assign_cross_review(agencies, 7);
  expect_a_fair_round(agencies, r);
  std::set<std::pair<long long, long long>> pairs;
  for (const auto& a : r.assignments) pairs.insert({a.reviewer_agency_id, a.author_agency_id});
  EXPECT_EQ(pairs.size(), 3u);
}

TEST(KeyEvalCrossReview, AnAgencyWithoutReportsReviewsOnly) {
  // Two agencies with reports and one without: possible, the third keeps the pair apart.
  const auto agencies = round_of({2, 2, 0});
  const auto r = assign_cross_review(agencies, 3);
  expect_a_fair_round(agencies, r);
  EXPECT_EQ(r.loads.at(2).reviews, 2);  // agency 3
}

TEST(KeyEvalCrossReview, ImpossibleRoundsAreRefused) {
  EXPECT_EQ(refused(round_of({3})), "agencies");     // only itself could review
  EXPECT_EQ(refused(round_of({2, 5})), "agencies");  // each would review the other
  EXPECT_EQ(refused(round_of({1, 0})), "(accepted)");
  EXPECT_EQ(refused(round_of({1, 1, 0})), "(accepted)");
  EXPECT_EQ(refused(round_of({1, 1, 1})), "(accepted)");
  EXPECT_EQ(refused(round_of({0})), "(accepted)");  // nothing to review
  EXPECT_EQ(refused({}), "(accepted)");
  EXPECT_EQ(refused({{1, {10}}, {1, {11}}, {2, {}}}), "agencies");    // agency twice
  EXPECT_EQ(refused({{1, {10}}, {2, {10}}, {3, {}}}), "report_ids");  // report twice
}

// The impossibility above, checked against every way of letting agencies review each other for
// up to four agencies: a round exists exactly when some orientation without reciprocal pairs
// gives every agency with reports a reviewer.
TEST(KeyEvalCrossReview, ImpossibleExactlyWhenNoOrientationServes) {
  for (int n = 1; n <= 4; ++n)
    for (int mask = 0; mask < (1 << n); ++mask) {
      std::vector<int> reports(n);
      for (int i = 0; i < n; ++i) reports[i] = (mask >> i) & 1 ? 2 : 0;
      std::vector<std::pair<int, int>> pairs;
      for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) pairs.push_back({i, j});
      bool possible = false;
      int ways = 1;
      for (std::size_t k = 0; k < pairs.size(); ++k) ways *= 3;
      for (int w = 0; w < ways && !possible; ++w) {
        std::vector<bool> reviewed(n, false);
        for (int k = 0, code = w; k < static_cast<int>(pairs.size()); ++k, code /= 3) {
          const auto [i, j] = pairs[k];
          if (code % 3 == 1) reviewed[j] = true;  // i reviews j
          if (code % 3 == 2) reviewed[i] = true;  // j reviews i
        }
        possible = true;
        for (int i = 0; i < n; ++i)
          if (reports[i] > 0 && !reviewed[i]) possible = false;
      }
      SCOPED_TRACE("agencies " + std::to_string(n) + ", with reports mask " + std::to_string(mask));
      EXPECT_EQ(refused(round_of(reports)), possible ? "(accepted)" : "agencies");
    }
}

TEST(KeyEvalCrossReview, TheSeedReproducesTheRoundInAnyOrder) {
  const auto agencies = round_of({5, 3, 0, 7, 2, 4});
  const auto a = assign_cross_review(agencies, 42);
  auto shuffled = agencies;
  std::ranges::reverse(shuffled);
  for (auto& s : shuffled) std::ranges::reverse(s.report_ids);
  const auto b = assign_cross_review(shuffled, 42);
  ASSERT_EQ(a.assignments.size(), b.assignments.size());
  for (std::size_t i = 0; i < a.assignments.size(); ++i)
    EXPECT_EQ(a.assignments[i].reviewer_agency_id, b.assignments[i].reviewer_agency_id);
  // Another seed gives another round (for these agencies at least one report moves).
  const auto c = assign_cross_review(agencies, 43);
  bool differs = false;
  for (std::size_t i = 0; i < a.assignments.size(); ++i)
    differs |= a.assignments[i].reviewer_agency_id != c.assignments[i].reviewer_agency_id;
  EXPECT_TRUE(differs);
}

// The property: thousands of random rounds (1–12 agencies, 0–8 reports each, some without any),
// each either refused exactly when impossible or fair by every constraint.
TEST(KeyEvalCrossReview, RandomRoundsKeepEveryConstraint) {
  std::mt19937_64 gen(20261204);
  int fair = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const int n = 1 + static_cast<int>(gen() % 12);
    std::vector<int> reports(n);
    for (auto& k : reports) k = gen() % 4 == 0 ? 0 : 1 + static_cast<int>(gen() % 8);
    const int with_reports =
        static_cast<int>(std::ranges::count_if(reports, [](int k) { return k > 0; }));
    auto agencies = round_of(reports);
    std::ranges::shuffle(agencies, gen);
    const std::uint64_t seed = gen();
    SCOPED_TRACE("trial " + std::to_string(trial) + ", seed " + std::to_string(seed));
    const bool impossible = with_reports == n && (n == 1 || n == 2);
    if (impossible) {
      EXPECT_EQ(refused(agencies, seed), "agencies");
      continue;
    }
    const auto r = assign_cross_review(agencies, seed);
    expect_a_fair_round(agencies, r);
    if (HasFatalFailure()) return;
    const auto again = assign_cross_review(agencies, seed);
    for (std::size_t i = 0; i < r.assignments.size(); ++i)
      ASSERT_EQ(r.assignments[i].reviewer_agency_id, again.assignments[i].reviewer_agency_id);
    ++fair;
  }
  EXPECT_GT(fair, 2500);
}

}  // namespace
}  // namespace jixiao::key_evaluation
