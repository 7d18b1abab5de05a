#include "self_evaluation/sampling.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <set>

#include "base/error.h"

namespace jixiao::self_evaluation {
namespace {

Candidate project(long long id, Fen budget, long long department = 1, long long weight = 1) {
  return {id, 1000 + id, department, budget, false, weight};
}
Candidate department_overall(long long id, long long department, Fen budget) {
  return {id, 0, department, budget, false, 1};
}

// n projects below the threshold (1 to 99 万元), ids from first, in departments 1–20.
std::vector<Candidate> small_projects(long long n, long long first = 1) {
  std::vector<Candidate> out;
  for (long long i = 0; i < n; ++i)
    out.push_back(project(first + i, (1 + i % 99) * kFenPerWan, 1 + i % 20));
  return out;
}

std::vector<long long> ids_of(const SamplePlan& plan) {
  std::vector<long long> ids;
  for (const auto& c : plan.chosen) ids.push_back(c.evaluation_id);
  return ids;
}

std::vector<long long> random_ids(const SamplePlan& plan) {
  std::vector<long long> ids;
  for (const auto& c : plan.chosen)
    if (c.reason == Reason::random) ids.push_back(c.evaluation_id);
  return ids;
}

Reason reason_of(const SamplePlan& plan, long long evaluation_id) {
  for (const auto& c : plan.chosen)
    if (c.evaluation_id == evaluation_id) return c.reason;
  ADD_FAILURE() << "evaluation " << evaluation_id << " not chosen";
  return Reason::random;
}

bool is_chosen(const SamplePlan& plan, long long evaluation_id) {
  const auto ids = ids_of(plan);
  return std::binary_search(ids.begin(), ids.end(), evaluation_id);
}

SamplingParams seeded(std::uint64_t seed, long long percent = 10) {
  SamplingParams p;
  p.seed = seed;
  p.sample_percent = percent;
  return p;
}

TEST(SelfEvaluationSampling, TheGeneratorIsThePublishedSplitMix64) {
  // The first two outputs of SplitMix64 from state 0 (Vigna's reference splitmix64.c).
  EXPECT_EQ(splitmix64(0), 0xE220A8397B1DCDAFULL);
  EXPECT_EQ(splitmix64(0x9E3779B97F4A7C15ULL), 0x6E789E6AA1B965F4ULL);
  EXPECT_EQ(draw_key(0, 7), splitmix64(splitmix64(0) ^ 7));
  // Seeds a bit apart do not hand neighbouring ids each other's keys.
  EXPECT_NE(draw_key(1, 6), draw_key(0, 7));
}

TEST(SelfEvaluationSampling, TheSameSeedDrawsTheSameSetInAnyInputOrder) {
  auto candidates = small_projects(5000);
  const auto first = draw(candidates, seeded(20260115));
  const auto again = draw(candidates, seeded(20260115));
  EXPECT_EQ(ids_of(first), ids_of(again));
  EXPECT_EQ(first.chosen.size(), 500u);

  std::mt19937_64 shuffler(7);  // any permutation will do; the draw must not see it
  for (int round = 0; round < 3; ++round) {
    std::shuffle(candidates.begin(), candidates.end(), shuffler);
    const auto shuffled = draw(candidates, seeded(20260115));
    EXPECT_EQ(ids_of(shuffled), ids_of(first));
  }
  std::reverse(candidates.begin(), candidates.end());
  auto weighted = seeded(99);
  weighted.weighted = true;
  for (auto& c : candidates) c.weight = 1 + c.evaluation_id % 4;
  const auto w1 = draw(candidates, weighted);
  std::shuffle(candidates.begin(), candidates.end(), shuffler);
  EXPECT_EQ(ids_of(draw(candidates, weighted)), ids_of(w1));
}

TEST(SelfEvaluationSampling, TheChosenAreListedByEvaluationIdAndTheSeedIsRecorded) {
  auto candidates = small_projects(300);
  std::reverse(candidates.begin(), candidates.end());
  const auto plan = draw(candidates, seeded(42));
  const auto ids = ids_of(plan);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(plan.params.seed, 42u);
  EXPECT_EQ(plan.params.sample_percent, 10);
  EXPECT_FALSE(plan.params.weighted);
}

TEST(SelfEvaluationSampling, ADifferentSeedDrawsADifferentSet) {
  const auto candidates = small_projects(2000);
  const auto a = random_ids(draw(candidates, seeded(1)));
  const auto b = random_ids(draw(candidates, seeded(2)));
  const auto c = random_ids(draw(candidates, seeded(1ULL << 40)));
  ASSERT_EQ(a.size(), 200u);
  ASSERT_EQ(b.size(), 200u);
  EXPECT_NE(a, b);
  EXPECT_NE(a, c);
  // Independent draws of 10% share about 10% of their members, far from all of them.
  std::vector<long long> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  EXPECT_LT(common.size(), 60u);
}

TEST(SelfEvaluationSampling, TheRandomShareIsTheKSmallestKeys) {
  auto candidates = small_projects(997);
  for (auto& c : candidates) c.weight = 1 + (c.evaluation_id * 7) % 5;
  for (bool weighted : {false, true}) {
    SCOPED_TRACE(weighted ? "weighted" : "not weighted");
    auto params = seeded(314159, 13);
    params.weighted = weighted;
    std::vector<DrawOrder> all;
    for (const auto& c : candidates)
      all.push_back(
          {draw_key(params.seed, c.evaluation_id), weighted ? c.weight : 1, c.evaluation_id});
    std::sort(all.begin(), all.end(), drawn_before);
    std::vector<long long> expected;
    for (std::size_t i = 0; i < 130; ++i) expected.push_back(all[i].evaluation_id);  // 129.61 → 130
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(random_ids(draw(candidates, params)), expected);
  }
}

TEST(SelfEvaluationSampling, TheThresholdIsInclusiveAndForProjectsOnly) {
  std::vector<Candidate> candidates = {
      project(1, 100 * kFenPerWan),                   // exactly 100万元: in
      project(2, 100 * kFenPerWan - 1),               // one fen below: left to the draw
      project(3, 5000 * kFenPerWan),                  // far above
      department_overall(4, 2, 90'000 * kFenPerWan),  // a department's whole budget: not by amount
  };
  const auto plan = draw(candidates, seeded(5, 0));
  EXPECT_EQ(ids_of(plan), (std::vector<long long>{1, 3}));
  EXPECT_EQ(reason_of(plan, 1), Reason::threshold);
  EXPECT_EQ(reason_of(plan, 3), Reason::threshold);
  EXPECT_EQ(plan.summary.rest.count, 2);
  EXPECT_EQ(plan.summary.rest.departments, 1);

  auto custom = seeded(5, 0);
  custom.amount_threshold_fen = 100 * kFenPerWan - 1;
  EXPECT_EQ(ids_of(draw(candidates, custom)), (std::vector<long long>{1, 2, 3}));
  custom.amount_threshold_fen = 0;  // every project
  EXPECT_EQ(ids_of(draw(candidates, custom)), (std::vector<long long>{1, 2, 3}));
}

TEST(SelfEvaluationSampling, KeyProjectsByTheirMarkOrByThePlan) {
  std::vector<Candidate> candidates = small_projects(10);
  candidates[2].key_project = true;                     // evaluation 3
  candidates.push_back(project(11, 300 * kFenPerWan));  // key and above the threshold
  auto params = seeded(5, 0);
  params.key_project_ids = {1000 + 7, 1000 + 11, 99999};  // project ids, one not among them
  const auto plan = draw(candidates, params);
  EXPECT_EQ(ids_of(plan), (std::vector<long long>{3, 7, 11}));
  EXPECT_EQ(reason_of(plan, 3), Reason::key_project);
  EXPECT_EQ(reason_of(plan, 7), Reason::key_project);
  EXPECT_EQ(reason_of(plan, 11), Reason::threshold);  // the first reason that applies
  EXPECT_EQ(plan.summary.key_project.count, 2);
  EXPECT_EQ(plan.summary.threshold.count, 1);

  // A department-overall evaluation is not a project: its mark and id do not make it key.
  std::vector<Candidate> departments = {department_overall(1, 5, kFenPerWan)};
  departments[0].key_project = true;
  auto p0 = seeded(5, 0);
  p0.key_project_ids = {0};
  EXPECT_TRUE(draw(departments, p0).chosen.empty());
}

TEST(SelfEvaluationSampling, AKeyDepartmentBringsItsOverallAndItsProjects) {
  std::vector<Candidate> candidates = {
      department_overall(1, 7, 800 * kFenPerWan), project(2, 20 * kFenPerWan, 7),
      project(3, 150 * kFenPerWan, 7),  // above the threshold: chosen for that first
      department_overall(4, 8, 900 * kFenPerWan), project(5, 20 * kFenPerWan, 8)};
  auto params = seeded(5, 0);
  params.key_department_ids = {7};
  const auto plan = draw(candidates, params);
  EXPECT_EQ(ids_of(plan), (std::vector<long long>{1, 2, 3}));
  EXPECT_EQ(reason_of(plan, 1), Reason::key_department);
  EXPECT_EQ(reason_of(plan, 2), Reason::key_department);
  EXPECT_EQ(reason_of(plan, 3), Reason::threshold);
  const auto& k = plan.summary.key_department;
  EXPECT_EQ(k.count, 2);
  EXPECT_EQ(k.departments, 1);
  EXPECT_EQ(k.projects, 1);
  EXPECT_EQ(k.money_fen, 820 * kFenPerWan);
}

TEST(SelfEvaluationSampling, ThePercentOfTheRestRoundsHalfUpAndIsAtLeastOne) {
  struct Case {
    long long rest, percent, expected;
  };
  for (const auto& c : std::vector<Case>{{15, 10, 2},  // 1.5 → 2
                                         {14, 10, 1},  // 1.4 → 1
                                         {25, 10, 3},  // 2.5 → 3
                                         {24, 10, 2},  // 2.4 → 2
                                         {4, 10, 1},   // 0.4 → 0, at least 1
                                         {1, 1, 1},    // 0.01 → at least 1
                                         {0, 10, 0},   // nothing to draw from
                                         {50, 0, 0},   // no random share asked for
                                         {50, 100, 50},
                                         {7, 50, 4},  // 3.5 → 4
                                         {1000, 10, 100}}) {
    SCOPED_TRACE(std::to_string(c.rest) + " at " + std::to_string(c.percent) + "%");
    auto candidates = small_projects(c.rest);
    candidates.push_back(project(100000, 200 * kFenPerWan));  // chosen by amount, not in the rest
    const auto plan = draw(candidates, seeded(11, c.percent));
    EXPECT_EQ(plan.summary.rest.count, c.rest);
    EXPECT_EQ(plan.summary.random_asked, c.expected);
    EXPECT_EQ(plan.summary.random.count, c.expected);
    EXPECT_EQ(static_cast<long long>(random_ids(plan).size()), c.expected);
  }
}

TEST(SelfEvaluationSampling, WeightedDrawFavoursHeavyCandidates) {
  // 20,000 evaluations, every other one weighing 4: a draw of 10% weighted by the signals should
  // take about 4 ÷ 5 of its members from the heavy half (sequential Poisson sampling), an
  // unweighted one about half. The margins are wide: an implementation that ignores the weights
  // (≈ 1,000) or divides the wrong way (≈ 400) fails both.
  std::vector<Candidate> candidates;
  for (long long id = 1; id <= 20000; ++id)
    candidates.push_back(project(id, 10 * kFenPerWan, 1, id % 2 == 0 ? 4 : 1));
  auto heavy_of = [](const SamplePlan& plan) {
    long long heavy = 0;
    for (long long id : random_ids(plan)) heavy += id % 2 == 0;
    return heavy;
  };
  auto params = seeded(20260301);
  params.weighted = true;
  const auto weighted = draw(candidates, params);
  ASSERT_EQ(weighted.summary.random.count, 2000);
  EXPECT_GE(heavy_of(weighted), 1450);
  EXPECT_LE(heavy_of(weighted), 1750);

  params.weighted = false;  // the weights are there but not asked for
  const auto plain = draw(candidates, params);
  EXPECT_GE(heavy_of(plain), 850);
  EXPECT_LE(heavy_of(plain), 1150);

  // A weight alone in a crowd of ones: the one weighing a hundred is nearly sure to be drawn.
  long long drawn = 0;
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    std::vector<Candidate> crowd = small_projects(1000);
    crowd[500].weight = 100;
    auto p = seeded(seed);
    p.weighted = true;
    drawn += is_chosen(draw(crowd, p), crowd[500].evaluation_id);
  }
  EXPECT_GE(drawn, 45);
}

TEST(SelfEvaluationSampling, EqualKeysAreOrderedByEvaluationId) {
  // (1 + 1) × 2 = (3 + 1) × 1: the same u ÷ w, so the smaller id comes first either way round.
  const DrawOrder a{1, 1, 20}, b{3, 2, 10};
  EXPECT_TRUE(drawn_before(b, a));
  EXPECT_FALSE(drawn_before(a, b));
  EXPECT_FALSE(drawn_before(a, a));
  // Exact where binary floating point is not: u ÷ w of these differ only in the 19th digit.
  constexpr std::uint64_t top = std::numeric_limits<std::uint64_t>::max();
  constexpr long long heavy = std::numeric_limits<long long>::max();
  const DrawOrder x{top, heavy, 2}, y{top - 1, heavy - 1, 1};
  EXPECT_TRUE(drawn_before(x, y));
  EXPECT_FALSE(drawn_before(y, x));
  EXPECT_TRUE(drawn_before({0, 1, 5}, {top, heavy, 1}));
}

TEST(SelfEvaluationSampling, TheSummaryCountsMoneyByReasonAndCoverage) {
  std::vector<Candidate> candidates = {
      project(1, 100 * kFenPerWan),                // threshold
      project(2, 250 * kFenPerWan),                // threshold
      project(3, 30 * kFenPerWan),                 // key project
      department_overall(4, 9, 500 * kFenPerWan),  // key department
      project(5, 40 * kFenPerWan, 9),              // key department
      project(6, 10 * kFenPerWan),
      project(7, 10 * kFenPerWan),  // the rest: 1 drawn (10% of 2)
      department_overall(8, 3, 60 * kFenPerWan)};
  auto params = seeded(8);
  params.key_project_ids = {1003};
  params.key_department_ids = {9};
  const auto plan = draw(candidates, params);
  const auto& s = plan.summary;
  EXPECT_EQ(s.threshold.count, 2);
  EXPECT_EQ(s.threshold.money_fen, 350 * kFenPerWan);
  EXPECT_EQ(s.key_project.count, 1);
  EXPECT_EQ(s.key_project.money_fen, 30 * kFenPerWan);
  EXPECT_EQ(s.key_department.count, 2);
  EXPECT_EQ(s.key_department.money_fen, 540 * kFenPerWan);
  EXPECT_EQ(s.rest.count, 3);
  EXPECT_EQ(s.rest.money_fen, 80 * kFenPerWan);
  EXPECT_EQ(s.random_asked, 1);  // 0.3 → 0, at least 1
  EXPECT_EQ(s.random.count, 1);
  EXPECT_EQ(s.all.count, 8);
  EXPECT_EQ(s.all.projects, 6);
  EXPECT_EQ(s.all.departments, 2);
  EXPECT_EQ(s.all.money_fen, 1000 * kFenPerWan);
  EXPECT_EQ(s.chosen.count, 6);
  EXPECT_EQ(s.chosen.projects + s.chosen.departments, 6);
  EXPECT_EQ(s.chosen.money_fen, 920 * kFenPerWan + s.random.money_fen);
  ASSERT_TRUE(s.count_coverage);
  EXPECT_EQ(s.count_coverage->numerator, 6);
  EXPECT_EQ(s.count_coverage->denominator, 8);
  EXPECT_EQ(coverage_text(s.count_coverage), "75.00");
  ASSERT_TRUE(s.money_coverage);
  EXPECT_EQ(s.money_coverage->denominator, 1000 * kFenPerWan);
  EXPECT_EQ(coverage_text(s.money_coverage),
            s.random.money_fen == 10 * kFenPerWan ? "93.00" : "98.00");
  EXPECT_EQ(plan.chosen.size(), 6u);
}

TEST(SelfEvaluationSampling, NothingToCoverHasNoRate) {
  const auto empty = draw({}, seeded(1));
  EXPECT_TRUE(empty.chosen.empty());
  EXPECT_FALSE(empty.summary.count_coverage);
  EXPECT_FALSE(empty.summary.money_coverage);
  EXPECT_EQ(coverage_text(empty.summary.count_coverage), "—");

  // Evaluations of no money: a count coverage, no money coverage (never 0% or 100%).
  const auto free = draw({project(1, 0), project(2, 0)}, seeded(1, 50));
  EXPECT_EQ(coverage_text(free.summary.count_coverage), "50.00");
  EXPECT_EQ(coverage_text(free.summary.money_coverage), "—");
}

TEST(SelfEvaluationSampling, ReasonsHaveCodesAndChineseLabels) {
  EXPECT_EQ(reason_code(Reason::threshold), "threshold");
  EXPECT_EQ(reason_code(Reason::key_project), "key_project");
  EXPECT_EQ(reason_code(Reason::key_department), "key_department");
  EXPECT_EQ(reason_code(Reason::random), "random");
  EXPECT_EQ(reason_label(Reason::threshold), "金额达到标准");
  EXPECT_EQ(reason_label(Reason::key_project), "重点项目");
  EXPECT_EQ(reason_label(Reason::key_department), "重点部门");
  EXPECT_EQ(reason_label(Reason::random), "随机抽取");
}

TEST(SelfEvaluationSampling, BadParametersAreRefusedByField) {
  auto field_of = [](const std::vector<Candidate>& c, const SamplingParams& p) -> std::string {
    try {
      draw(c, p);
      return "(accepted)";
    } catch (const AppError& e) {
      return e.field();
    }
  };
  const auto some = small_projects(3);
  EXPECT_EQ(field_of(some, seeded(1, -1)), "sample_percent");
  EXPECT_EQ(field_of(some, seeded(1, 101)), "sample_percent");
  EXPECT_EQ(field_of(some, seeded(1, 100)), "(accepted)");
  auto negative = seeded(1);
  negative.amount_threshold_fen = -1;
  EXPECT_EQ(field_of(some, negative), "amount_threshold_fen");
  auto weightless = small_projects(3);
  weightless[1].weight = 0;
  EXPECT_EQ(field_of(weightless, seeded(1)), "weight");
}

}  // namespace
}  // namespace jixiao::self_evaluation
