#include "key_evaluation/quality.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "base/money.h"
#include "cases/cases.h"
#include "key_evaluation/rule_kinds.h"
#include "key_evaluation/settings.h"
#include "rules/kinds.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/key_evaluation_quality.json.
const boost::json::object& cases() { return cases::load("key_evaluation_quality").as_object(); }
using cases::text;

long long decimal(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }

// The field the rule kinds refuse R-KE-4's parameters with, or "(accepted)".
std::string refused(const boost::json::object& params) {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  try {
    kinds.validate(*rules::find_national_rule("R-KE-4"), params);
    return "(accepted)";
  } catch (const AppError& e) {
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
}

TEST(KeyEvalQuality, TheShippedSheetIsRulesMdItems) {
  const QualityItems& items = national_quality_items();
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items.front().code, "format");
  EXPECT_EQ(items.back().label, "语言文字规范性");
  long long sum = 0;
  for (const auto& i : items) sum += i.points;
  EXPECT_EQ(sum, 10000);
  EXPECT_EQ(national_key_evaluation_settings().quality_items.size(), 5u);
}

TEST(KeyEvalQuality, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 10u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    try {
      std::vector<long long> totals;
      for (const auto& s : c.at("sheets").as_array())
        totals.push_back(check_quality_sheet(s, national_quality_items()).total);
      const StageQuality q = stage_quality(totals);
      ASSERT_FALSE(c.contains("refused")) << "accepted";
      EXPECT_EQ(q.score, decimal(c.at("quality")));
      EXPECT_EQ(q.sheets, static_cast<long long>(totals.size()));
      EXPECT_EQ(q.rule, "R-KE-4");
      if (const auto* t = c.if_contains("totals")) {
        ASSERT_EQ(t->as_array().size(), totals.size());
        for (std::size_t i = 0; i < totals.size(); ++i)
          EXPECT_EQ(totals[i], decimal(t->as_array()[i]));
      }
      if (const auto* d = c.if_contains("detail")) {
        EXPECT_EQ(q.detail, text(*d));
      }
    } catch (const AppError& e) {
      ASSERT_TRUE(c.contains("refused")) << e.field() << " " << e.detail();
      EXPECT_EQ(e.field(), text(c.at("refused")));
      EXPECT_FALSE(e.detail().empty());
    }
  }
}

TEST(KeyEvalQuality, TheScoresComeInTheSheetsOrder) {
  const auto sheet = check_quality_sheet(
      boost::json::parse(
          R"({"language": 15, "evidence": 20, "performance": 30, "completeness": 25, "format": 9.5})"),
      national_quality_items());
  EXPECT_EQ(sheet.scores, (std::vector<long long>{950, 2500, 3000, 2000, 1500}));
  EXPECT_EQ(sheet.total, 9950);
}

TEST(KeyEvalQuality, ARegionsSheetIsChecked) {
  for (const auto& v : cases().at("items_cases").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    boost::json::object params = rules::find_national_rule("R-KE-4")->params;
    if (!c.at("items").is_string()) params["quality_items"] = c.at("items");
    const auto* want = c.if_contains("refused");
    EXPECT_EQ(refused(params), want ? text(*want) : "(accepted)");
    if (!want) {
      EXPECT_FALSE(read_quality_items(params).empty());
    }
  }
}

}  // namespace
}  // namespace jixiao::key_evaluation
