#include "annual_report/rule_kinds.h"

#include <gtest/gtest.h>

#include "annual_report/figures.h"
#include "annual_report/sources.h"
#include "base/error.h"
#include "rules/model.h"

namespace jixiao::annual_report {
namespace {

std::string field_of(const rules::RuleKinds& kinds, const boost::json::object& p) {
  try {
    kinds.validate(*rules::find_national_rule("R-RPT-1"), p);
  } catch (const AppError& e) {
    return e.field();
  }
  return "(accepted)";
}

TEST(AnnualReportRule, OffsetsAreWholeYearsBetweenMinusTwoAndTwo) {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  const auto& shipped = rules::find_national_rule("R-RPT-1")->params;
  EXPECT_EQ(field_of(kinds, shipped), "(accepted)");
  auto p = shipped;
  p["assessment"] = "+3";
  EXPECT_EQ(field_of(kinds, p), "params.assessment");
  p = shipped;
  p["review"] = "-2";
  EXPECT_EQ(field_of(kinds, p), "(accepted)");
  EXPECT_EQ(parse_offset("-1"), -1);
  EXPECT_EQ(parse_offset("+1"), 1);
  EXPECT_FALSE(parse_offset("1.5"));
  EXPECT_FALSE(parse_offset(""));
}

TEST(AnnualReportRule, TheOwnLevelIsNamedAsTheReportsNameIt) {
  EXPECT_EQ(own_level_label("云岭州", "prefecture"), "州级");
  EXPECT_EQ(own_level_label("乌海市", "prefecture"), "市级");
  EXPECT_EQ(own_level_label("某某地区", "prefecture"), "地区本级");
  EXPECT_EQ(own_level_label("云南省", "province"), "省级");
  EXPECT_EQ(own_level_label("云溪县", "county"), "县级");
}

}  // namespace
}  // namespace jixiao::annual_report
