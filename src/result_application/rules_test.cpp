#include "result_application/rules.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "base/vocabulary.h"
#include "cases/cases.h"
#include "rules/model.h"

namespace jixiao::result_application {
namespace {

using cases::text;

const boost::json::object& shipped() { return rules::national_rule_set().params("R-RA-2"); }

std::optional<Fen> fen_or_null(const boost::json::value& v) {
  if (v.is_null()) return std::nullopt;
  return v.to_number<long long>();
}

// tests/cases/result_application.json: a result's proposal and the limit it sets.
TEST(ResultApplicationRules, ProposalsFollowTheCases) {
  const Bands bands = read_bands(shipped());
  EXPECT_EQ(bands.cut, 2000);
  for (const auto& c : cases::load("result_application").at("proposals").as_array()) {
    const auto& o = c.as_object();
    const auto kind = proposed_kind(bands, text(o.at("key")));
    if (o.at("kind").is_null()) {
      EXPECT_FALSE(kind) << text(o.at("note"));
      continue;
    }
    ASSERT_TRUE(kind) << text(o.at("note"));
    EXPECT_EQ(*kind, text(o.at("kind"))) << text(o.at("note"));
    EXPECT_EQ(limit_of(*kind, bands.cut, o.at("base").as_int64(), o.at("cap").as_int64()),
              fen_or_null(o.at("limit")))
        << text(o.at("note"));
  }
}

TEST(ResultApplicationRules, CutsRoundDownToTheFen) {
  for (const auto& c : cases::load("result_application").at("cuts").as_array()) {
    const auto& o = c.as_object();
    auto params = shipped();
    params["cut_percent"] = o.at("cut_percent");
    const Bands bands = read_bands(params);
    const Fen base = o.at("base").as_int64();
    EXPECT_EQ(limit_of("cut", bands.cut, base, base), o.at("limit").as_int64())
        << text(o.at("note"));
  }
}

TEST(ResultApplicationRules, BadBandsAreRefusedNamingTheField) {
  for (const auto& c : cases::load("result_application").at("bad_bands").as_array()) {
    const auto& o = c.as_object();
    auto params = shipped();
    for (const auto& [k, v] : o.at("change").as_object()) params[k] = v;
    try {
      read_bands(params);
      ADD_FAILURE() << text(o.at("note"));
    } catch (const AppError& e) {
      EXPECT_EQ(e.field(), text(o.at("field"))) << text(o.at("note"));
    }
  }
}

TEST(ResultApplicationRules, BreachesFollowTheCases) {
  for (const auto& c : cases::load("result_application").at("breaches").as_array()) {
    const auto& o = c.as_object();
    EXPECT_EQ(breached(text(o.at("kind")), fen_or_null(o.at("limit")), o.at("amount").as_int64(),
                       text(o.at("status"))),
              o.at("breached").as_bool())
        << text(o.at("note"));
  }
}

TEST(ResultApplicationRules, EveryKindHasItsLabel) {
  for (std::string_view k : {"prioritise", "cap", "cut", "cancel", "none"}) {
    EXPECT_TRUE(is_kind(k));
    EXPECT_FALSE(vocabulary("budget_action_kind").label(k).empty());
  }
  EXPECT_FALSE(is_action_kind("none"));
  EXPECT_EQ(percent_text(2000), "20.00");
  EXPECT_EQ(percent_text(1205), "12.05");
}

}  // namespace
}  // namespace jixiao::result_application
