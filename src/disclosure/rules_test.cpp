#include "disclosure/rules.h"

#include <gtest/gtest.h>

#include "cases/cases.h"

namespace jixiao::disclosure {
namespace {

using cases::text;

std::vector<std::string> texts(const boost::json::value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.as_array()) out.push_back(text(s));
  return out;
}

// tests/cases/disclosure.json: what a snapshot may not carry.
TEST(DisclosureRules, PersonalDataFollowsTheCases) {
  for (const auto& c : cases::load("disclosure").at("personal").as_array()) {
    const auto& o = c.as_object();
    const auto found = find_personal_data(text(o.at("text")), texts(o.at("names")));
    const auto& want = o.at("found").as_array();
    ASSERT_EQ(found.size(), want.size()) << text(o.at("note"));
    for (std::size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].kind, text(want[i].as_array()[0])) << text(o.at("note"));
      EXPECT_EQ(found[i].text, text(want[i].as_array()[1])) << text(o.at("note"));
    }
  }
}

TEST(DisclosureRules, PersonNameOfADisplayName) {
  for (const auto& c : cases::load("disclosure").at("person_name").as_array())
    EXPECT_EQ(person_name(text(c.as_array()[0])), text(c.as_array()[1])) << text(c.as_array()[0]);
}

TEST(DisclosureRules, IdNumberCheckDigit) {
  EXPECT_TRUE(is_id_number("11010519491231002X"));
  EXPECT_TRUE(is_id_number("532901198001011236"));
  EXPECT_FALSE(is_id_number("532901198001011237"));
  EXPECT_FALSE(is_id_number("53290119800101123"));
}

TEST(DisclosureRules, DueDatesFollowTheCases) {
  const DueSettings s;
  for (const auto& c : cases::load("disclosure").at("due").as_array()) {
    const auto& o = c.as_object();
    const std::string kind = text(o.at("kind"));
    std::string due;
    if (kind == "target") due = target_due(s, text(o.at("date")));
    if (kind == "self_evaluation") due = self_evaluation_due(s, o.at("year").as_int64());
    if (kind == "key_evaluation") due = key_evaluation_due(s, text(o.at("date")));
    EXPECT_EQ(due, text(o.at("due"))) << text(o.at("note"));
  }
}

TEST(DisclosureRules, RateFollowsTheCases) {
  for (const auto& c : cases::load("disclosure").at("rate").as_array()) {
    const auto& o = c.as_object();
    RateCounts counts;
    for (const auto& i : o.at("items").as_array())
      count_item(counts, text(i.as_array()[0]), text(i.as_array()[1]), text(o.at("today")));
    EXPECT_EQ(counts.due, o.at("due").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.published, o.at("published").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.overdue, o.at("overdue").as_int64()) << text(o.at("note"));
    EXPECT_EQ(disclosure_rate(counts), text(o.at("rate"))) << text(o.at("note"));
  }
}

}  // namespace
}  // namespace jixiao::disclosure
