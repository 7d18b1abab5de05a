#include "self_evaluation/statistics_paging.h"

#include <gtest/gtest.h>

#include <vector>

namespace jixiao::self_evaluation {
namespace {

NamedFigures row(long long region, long long id, long long evaluations, long long reviewed,
                 long long inflated, Fen budget) {
  NamedFigures d;
  d.id = id;
  d.region_id = region;
  d.figures.evaluations = evaluations;
  d.figures.reviewed = reviewed;
  d.figures.inflated = inflated;
  d.figures.budget_fen = budget;
  return d;
}

// Region 1's departments 10, 11, 12 and region 2's 20, 21.
std::vector<NamedFigures> rows() {
  return {row(2, 21, 7, 3, 1, 500), row(1, 12, 7, 0, 0, 900), row(1, 10, 3, 4, 2, 100),
          row(2, 20, 1, 2, 0, 300), row(1, 11, 9, 2, 1, 700)};
}

std::vector<long long> ids(const std::vector<NamedFigures>& r) {
  std::vector<long long> out;
  for (const auto& d : r) out.push_back(d.id);
  return out;
}

std::vector<long long> paged(std::string_view sort, long long limit = 0, long long offset = 0) {
  auto page = parse_department_sort(sort);
  EXPECT_TRUE(page) << sort;
  page->limit = limit;
  page->offset = offset;
  auto r = rows();
  page_departments(r, *page);
  return ids(r);
}

TEST(SelfEvalStatisticsPaging, CodeOrderByRegionThenDepartment) {
  EXPECT_EQ(paged("code"), (std::vector<long long>{10, 11, 12, 20, 21}));
  EXPECT_EQ(paged("-code"), (std::vector<long long>{21, 20, 12, 11, 10}));
}

TEST(SelfEvalStatisticsPaging, CountsAndMoneyTieInCodeOrder) {
  EXPECT_EQ(paged("-evaluations"), (std::vector<long long>{11, 12, 21, 10, 20}));
  EXPECT_EQ(paged("evaluations"), (std::vector<long long>{20, 10, 12, 21, 11}));
  EXPECT_EQ(paged("-budget_fen"), (std::vector<long long>{12, 11, 21, 20, 10}));
}

TEST(SelfEvalStatisticsPaging, RatesByFractionNothingToDivideByLast) {
  // Inflated ÷ reviewed: 10 is 2/4, 11 1/2, 21 1/3, 20 0/2, 12 "—".
  EXPECT_EQ(paged("-inflated_share"), (std::vector<long long>{10, 11, 21, 20, 12}));
  EXPECT_EQ(paged("inflated_share"), (std::vector<long long>{20, 21, 10, 11, 12}));
  // Nothing due anywhere: every rate "—", in code order.
  EXPECT_EQ(paged("-rectification_rate"), (std::vector<long long>{10, 11, 12, 20, 21}));
}

TEST(SelfEvalStatisticsPaging, LargeMoneyRatesDoNotOverflow) {
  std::vector<NamedFigures> r{row(1, 1, 1, 0, 0, 4'000'000'000'000'000),
                              row(1, 2, 1, 0, 0, 3'000'000'000'000'000)};
  r[0].figures.executed_fen = 3'000'000'000'000'000;  // 75%
  r[1].figures.executed_fen = 2'999'999'999'999'999;  // just under 100%
  page_departments(r, {DepartmentSortKey::execution_rate, true, 0, 0});
  EXPECT_EQ(ids(r), (std::vector<long long>{2, 1}));
}

TEST(SelfEvalStatisticsPaging, SlicesThePage) {
  EXPECT_EQ(paged("code", 2), (std::vector<long long>{10, 11}));
  EXPECT_EQ(paged("code", 2, 2), (std::vector<long long>{12, 20}));
  EXPECT_EQ(paged("code", 2, 4), (std::vector<long long>{21}));
  EXPECT_EQ(paged("code", 2, 9), (std::vector<long long>{}));
  EXPECT_EQ(paged("-evaluations", 0, 3), (std::vector<long long>{10, 20}));
}

TEST(SelfEvalStatisticsPaging, UnknownSortKeys) {
  for (const char* bad : {"", "-", "name", "--code", "Code", "evaluations ", "+code"})
    EXPECT_FALSE(parse_department_sort(bad)) << bad;
}

}  // namespace
}  // namespace jixiao::self_evaluation
