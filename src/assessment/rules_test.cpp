#include "assessment/rules.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "assessment/settings.h"
#include "base/error.h"
#include "base/money.h"
#include "cases/cases.h"
#include "targets/json.h"

namespace jixiao::assessment {
namespace {

// The cases a finance officer reads: tests/cases/assessment.json.
const boost::json::object& cases() { return cases::load("assessment").as_object(); }
using cases::text;

long long points(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }
Fen wan(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 6); }

TEST(AssessmentRules, NeedFollowsTheCases) {
  for (const auto& c : cases().at("need").as_array()) {
    const auto& o = c.as_object();
    NeedParams params = national_assessment_settings().need;
    if (const auto* t = o.if_contains("threshold_wan")) params.threshold_fen = wan(*t);
    const auto* major = o.if_contains("major");
    const auto a = need_assessment(
        {text(o.at("category")), wan(o.at("amount_wan")), major && major->as_bool()}, params);
    EXPECT_EQ(a.needed, o.at("needed").as_bool()) << text(o.at("note"));
    std::vector<std::string> want;
    for (const auto& r : o.at("reasons").as_array()) want.push_back(text(r));
    EXPECT_EQ(a.reasons, want) << text(o.at("note"));
  }
}

TEST(AssessmentRules, TheDefaultsAreFiveAspectsOfTwentyEach) {
  const auto& s = national_assessment_settings();
  for (const Sheet* sheet : {&s.project_sheet, &s.policy_sheet}) {
    ASSERT_EQ(sheet->aspects.size(), 5u);
    for (const auto& a : sheet->aspects) EXPECT_EQ(a.weight, 2000) << a.label;
    EXPECT_NO_THROW(check_sheet(*sheet, "params.project"));
  }
  EXPECT_EQ(s.project_sheet.aspects[0].label, "立项必要性");
  EXPECT_EQ(s.policy_sheet.aspects[0].label, "政策设立必要性");
  EXPECT_EQ(s.need.threshold_fen, 500 * kFenPerWan);
  EXPECT_EQ(s.combination.trim_at_least, 0);
  EXPECT_EQ(s.combination.conclusions.at("fair"), "support_after_changes");
}

TEST(AssessmentRules, CombinationFollowsTheCases) {
  const auto& s = national_assessment_settings();
  for (const auto& c : cases().at("combine").as_array()) {
    const auto& o = c.as_object();
    Combination comb = s.combination;
    if (const auto* t = o.if_contains("trim_at_least")) comb.trim_at_least = t->as_int64();
    if (const auto* m = o.if_contains("conclusions"))
      for (const auto& [grade, conclusion] : m->as_object())
        comb.conclusions[std::string(grade)] = text(conclusion);
    std::vector<long long> totals;
    for (const auto& t : o.at("totals").as_array()) totals.push_back(points(t));
    const auto out = combine(totals, comb, s.bands);
    EXPECT_EQ(targets::points(out.score), text(o.at("score"))) << text(o.at("note"));
    EXPECT_EQ(out.grade, text(o.at("grade"))) << text(o.at("note"));
    EXPECT_EQ(out.conclusion, text(o.at("conclusion"))) << text(o.at("note"));
    if (const auto* used = o.if_contains("used")) {
      EXPECT_EQ(out.used, used->as_int64());
    }
  }
}

TEST(AssessmentRules, ASheetIsScoredItemByItem) {
  const auto& sheet = national_assessment_settings().project_sheet;
  const auto items = sheet.items();
  for (const auto& c : cases().at("sheet").as_array()) {
    const auto& o = c.as_object();
    std::vector<long long> scores;
    for (const auto* i : items) scores.push_back(i->max);
    if (const auto* change = o.if_contains("change")) {
      const auto& ch = change->as_object();
      scores[ch.at("index").as_int64()] = points(ch.at("score"));
      try {
        sheet_total(sheet, scores);
        ADD_FAILURE() << text(o.at("note"));
      } catch (const AppError& e) {
        EXPECT_EQ(e.field(), text(o.at("field"))) << text(o.at("note"));
      }
    } else {
      EXPECT_EQ(targets::points(sheet_total(sheet, scores)), text(o.at("total")));
    }
  }
}

TEST(AssessmentRules, ASheetWhoseItemsDoNotAddUpIsRefused) {
  Sheet sheet = national_assessment_settings().project_sheet;
  sheet.aspects[1].items[0].max += 100;
  try {
    check_sheet(sheet, "params.project");
    FAIL();
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "params.project");
    EXPECT_NE(std::string(e.what()).find("101"), std::string::npos) << e.what();
  }
  Sheet split = national_assessment_settings().project_sheet;
  split.aspects.push_back(split.aspects.front());
  EXPECT_THROW(check_sheet(split, "params.project"), AppError);
}

}  // namespace
}  // namespace jixiao::assessment
