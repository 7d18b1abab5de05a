#include "targets/model.h"

#include <gtest/gtest.h>

#include "targets/workflow.h"

namespace jixiao::targets {
namespace {

TEST(TargetModel, LabelsInChinese) {
  EXPECT_EQ(comparator_label(">="), "≥");
  EXPECT_EQ(comparator_label("<"), "<");
  EXPECT_EQ(comparator_label("qualitative"), "定性");
  EXPECT_EQ(direction_label("higher"), "正向");
  EXPECT_EQ(direction_label("lower"), "反向");
  EXPECT_EQ(value_basis_label("budget_standard"), "预算支出标准");
  EXPECT_EQ(value_basis_label("other"), "其他");
  EXPECT_EQ(status_label("section_reviewed"), "科室已初审");
  EXPECT_EQ(status_label("adjusting"), "调整中");
  EXPECT_EQ(kind_label("project"), "项目支出");
  EXPECT_EQ(kind_label("department"), "部门整体");
  EXPECT_EQ(status_label("unknown"), "");
}

TEST(TargetModel, EveryKeyHasALabel) {
  for (auto k : kComparators) EXPECT_FALSE(comparator_label(k).empty()) << k;
  for (auto k : kDirections) EXPECT_FALSE(direction_label(k).empty()) << k;
  for (auto k : kValueBases) EXPECT_FALSE(value_basis_label(k).empty()) << k;
  for (const auto& k : target_workflow().states())
    EXPECT_FALSE(status_label(k.name).empty()) << k.name;
  for (auto k : kKinds) EXPECT_FALSE(kind_label(k).empty()) << k;
}

TEST(TargetModel, ChecksKeys) {
  EXPECT_TRUE(is_kind("department"));
  EXPECT_FALSE(is_kind("policy"));
  EXPECT_TRUE(is_comparator("<="));
  EXPECT_FALSE(is_comparator("≤"));  // JSON carries ASCII
  EXPECT_TRUE(is_direction("lower"));
  EXPECT_FALSE(is_direction(""));
  EXPECT_TRUE(is_value_basis("history"));
  EXPECT_FALSE(is_value_basis("计划标准"));
  EXPECT_TRUE(is_status("returned"));
  EXPECT_FALSE(is_status("deleted"));
}

TEST(TargetModel, DirectionFollowsTheComparator) {
  EXPECT_EQ(direction_of(">="), "higher");
  EXPECT_EQ(direction_of(">"), "higher");
  EXPECT_EQ(direction_of("="), "higher");
  EXPECT_EQ(direction_of("<="), "lower");
  EXPECT_EQ(direction_of("<"), "lower");
  EXPECT_EQ(direction_of("qualitative"), "");
}

TEST(TargetModel, SeverityNames) {
  EXPECT_EQ(severity_name(Severity::error), "error");
  EXPECT_EQ(severity_name(Severity::warning), "warning");
}

}  // namespace
}  // namespace jixiao::targets
