#include "targets/review_rules.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "targets/settings.h"

namespace jixiao::targets {
namespace {

// The cases the web app's grade.ts is checked with too (tests/web/targetGrade.test.mjs).
const boost::json::object& cases() {
  static const boost::json::object all = [] {
    std::ifstream in(JIXIAO_SOURCE_DIR "/tests/cases/grades.json");
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_object();
  }();
  return all;
}

std::string text(const boost::json::value& v) { return std::string(v.as_string()); }

// "89.99" or 29.2 → hundredths; nullopt for what is not a number with two decimals at most.
std::optional<long long> points(const boost::json::value& v) {
  if (v.is_string()) return parse_scaled_decimal(v.as_string(), 2);
  return scaled_number(v, 2);
}

GradeBands bands_of(const boost::json::object& c) {
  const auto* b = c.if_contains("bands");
  const auto& o = b ? b->as_object() : cases().at("defaults").at("bands").as_object();
  return {*points(o.at("excellent")), *points(o.at("good")), *points(o.at("fair"))};
}

TEST(ReviewRules, TheNationalDefaultsAreTheOnesOfTheCases) {
  const auto& s = national_target_settings();
  const auto& d = cases().at("defaults").as_object();
  const auto& items = d.at("sheet").as_array();
  ASSERT_EQ(s.sheet.items.size(), items.size());
  long long total = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(s.sheet.items[i].key, text(items[i].at("key")));
    EXPECT_EQ(s.sheet.items[i].label, text(items[i].at("label")));
    EXPECT_EQ(s.sheet.items[i].max, points(items[i].at("max")));
    EXPECT_FALSE(s.sheet.items[i].hint.empty()) << s.sheet.items[i].key;
    total += s.sheet.items[i].max;
  }
  EXPECT_EQ(total, 10000);
  EXPECT_EQ(s.sheet.pass_mark, 6000);
  EXPECT_EQ(s.sheet.pass_mark, points(d.at("pass_mark")));
  const auto b = bands_of({});
  EXPECT_EQ(s.bands.excellent, b.excellent);
  EXPECT_EQ(s.bands.good, b.good);
  EXPECT_EQ(s.bands.fair, b.fair);
}

TEST(ReviewRules, ATargetsViewCarriesItsBandsForTheWebApp) {
  const boost::json::object want{
      {"rule", "R-GR-1"}, {"excellent", "90.00"}, {"good", "80.00"}, {"fair", "60.00"}};
  EXPECT_EQ(bands_json(national_target_settings().bands), want);
}

TEST(ReviewRules, GradesOfTheCases) {
  const auto& all = cases().at("grades").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    EXPECT_EQ(grade_label(grade_of(*points(c.at("score")), bands_of(c))), text(c.at("grade")))
        << text(c.at("note"));
  }
}

TEST(ReviewRules, GradeLabels) {
  EXPECT_EQ(grade_label("excellent"), "优");
  EXPECT_EQ(grade_label("good"), "良");
  EXPECT_EQ(grade_label("fair"), "中");
  EXPECT_EQ(grade_label("poor"), "差");
  EXPECT_EQ(grade_label("other"), "");
}

// The scores of a case in sheet order, up to the first one left blank or not a number: the API
// sends numbers in hundredths, so that is where the server's sheet ends.
std::vector<long long> scores_of(const ReviewSheet& sheet, const boost::json::object& c) {
  std::vector<long long> out;
  const auto& given = c.at("scores").as_object();
  for (const auto& item : sheet.items) {
    const auto* v = given.if_contains(item.label);
    const auto h = v ? points(*v) : std::nullopt;
    if (!h) break;
    out.push_back(*h);
  }
  return out;
}

TEST(ReviewRules, ReviewsOfTheCases) {
  const auto& all = cases().at("reviews").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    ReviewSheet sheet = national_target_settings().sheet;
    if (const auto* p = c.if_contains("pass_mark")) sheet.pass_mark = *points(*p);
    const auto scores = scores_of(sheet, c);
    if (const auto* errors = c.if_contains("errors")) {
      // The server reports the first item at fault in sheet order.
      std::string first;
      for (const auto& item : sheet.items)
        if (first.empty() && errors->as_object().contains(item.label)) first = item.key;
      try {
        score_review(sheet, scores, bands_of(c));
        ADD_FAILURE() << "accepted";
      } catch (const AppError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::invalid);
        EXPECT_EQ(e.field(), "scores." + first);
        if (const auto* m = c.if_contains("server_message")) {
          EXPECT_EQ(e.detail(), text(*m));
        }
      }
      continue;
    }
    const auto r = score_review(sheet, scores, bands_of(c));
    EXPECT_EQ(r.total, points(c.at("total")));
    EXPECT_EQ(grade_label(r.grade), text(c.at("grade")));
    EXPECT_EQ(r.passed, c.at("passed").as_bool());
  }
}

TEST(ReviewRules, MoreScoresThanTheSheetHasItemsAreRefused) {
  const auto& s = national_target_settings();
  try {
    score_review(s.sheet, {2000, 3000, 2500, 2500, 100}, s.bands);
    FAIL();
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "scores");
    EXPECT_FALSE(e.detail().empty());
  }
}

}  // namespace
}  // namespace jixiao::targets
