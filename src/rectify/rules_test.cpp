#include "rectify/rules.h"

#include <gtest/gtest.h>

#include "cases/cases.h"

namespace jixiao::rectify {
namespace {

using cases::text;

// tests/cases/rectify.json: the rate as a finance officer counts it.
TEST(RectifyRules, RateFollowsTheCases) {
  for (const auto& c : cases::load("rectify").at("rate").as_array()) {
    const auto& o = c.as_object();
    RateCounts counts;
    for (const auto& f : o.at("findings").as_array())
      count_finding(counts, text(f.as_array()[0]), text(f.as_array()[1]), text(o.at("today")));
    EXPECT_EQ(counts.due, o.at("due").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.closed, o.at("closed").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.overdue, o.at("overdue").as_int64()) << text(o.at("note"));
    EXPECT_EQ(rectification_rate(counts), text(o.at("rate"))) << text(o.at("note"));
  }
}

}  // namespace
}  // namespace jixiao::rectify
