#include "key_evaluation/fee.h"

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

// The cases a finance officer reads: tests/cases/key_evaluation_fee.json.
const boost::json::object& cases() { return cases::load("key_evaluation_fee").as_object(); }
using cases::text;

long long decimal(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }

// R-KE-4's parameters of a case: the shipped ones, a band table of its own, or changes by index.
boost::json::object params_of(const boost::json::object& c) {
  boost::json::object params = rules::find_national_rule("R-KE-4")->params;
  if (const auto* bands = c.if_contains("fee_bands")) params["fee_bands"] = *bands;
  if (const auto* bar = c.if_contains("rework_below")) params["rework_below"] = *bar;
  if (const auto* change = c.if_contains("change"))
    for (const auto& [index, fields] : change->as_object())
      for (const auto& [key, value] : fields.as_object())
        params["fee_bands"].as_array().at(std::stoul(std::string(index))).as_object()[key] = value;
  return params;
}

// The field the rule kinds refuse with its message, or "(accepted)".
std::pair<std::string, std::string> refused(const boost::json::object& params) {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  try {
    kinds.validate(*rules::find_national_rule("R-KE-4"), params);
    return {"(accepted)", ""};
  } catch (const AppError& e) {
    return {e.field(), e.detail()};
  }
}

TEST(KeyEvalFee, TheShippedBandsAreRulesMdDefaults) {
  const FeeBands& b = national_fee_bands();
  ASSERT_EQ(b.size(), 5u);
  EXPECT_EQ(b.front().from, 9000);
  EXPECT_EQ(b.front().percent, 10000);
  EXPECT_EQ(b.back().from, 0);
  EXPECT_EQ(b.back().percent, 6000);
  EXPECT_TRUE(b.back().rework);
  EXPECT_EQ(national_key_evaluation_settings().fee_bands.size(), 5u);
}

TEST(KeyEvalFee, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 20u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto params = params_of(c);
    ASSERT_EQ(refused(params).first, "(accepted)");
    const FeeBands bands = read_fee_bands(params);
    const Fen contract = decimal(c.at("contract"));
    const long long quality = decimal(c.at("quality"));
    const bool reworked = c.contains("reworked") && c.at("reworked").as_bool();
    if (const auto* field = c.if_contains("refused")) {
      try {
        fee_payable(contract, quality, reworked, bands);
        ADD_FAILURE() << "accepted";
      } catch (const AppError& e) {
        EXPECT_EQ(e.field(), text(*field));
      }
      continue;
    }
    const FeeResult r = fee_payable(contract, quality, reworked, bands);
    EXPECT_EQ(fee_state_code(r.state), text(c.at("state")));
    EXPECT_EQ(r.payable_fen, decimal(c.at("payable")));
    EXPECT_EQ(r.rule, "R-KE-4");
    if (r.state == FeeState::payable) {
      EXPECT_EQ(r.deducted_fen, contract - r.payable_fen);
    }
    if (const auto* from = c.if_contains("band_from")) {
      EXPECT_EQ(targets::points(r.band.from), text(*from));
    }
    if (const auto* percent = c.if_contains("percent")) {
      EXPECT_EQ(r.percent, decimal(*percent));
    }
    if (const auto* capped = c.if_contains("capped")) {
      EXPECT_EQ(r.capped, capped->as_bool());
    }
    if (const auto* detail = c.if_contains("detail")) {
      EXPECT_EQ(r.detail, text(*detail));
    }
  }
}

TEST(KeyEvalFee, BandTablesCoverZeroToHundred) {
  for (const auto& v : cases().at("band_tables").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto [field, message] = refused(params_of(c));
    const auto& server = c.at("server").as_array();
    EXPECT_EQ(field, server.empty() ? "(accepted)" : text(server.front()));
    if (const auto* m = c.if_contains("message")) {
      EXPECT_NE(message.find(text(*m)), std::string::npos) << message;
    }
  }
}

// Every score from 0 to 100 in hundredths falls in exactly one band, and the fee never rises as
// the score falls.
TEST(KeyEvalFee, EveryScoreHasOneBandAndTheFeeFallsWithTheScore) {
  const FeeBands& bands = national_fee_bands();
  Fen previous = -1;
  for (long long q = 0; q <= 10000; ++q) {
    int holding = 0;
    for (const auto& b : bands)
      if (q >= b.from && (q < b.to || (b.to == 10000 && q == 10000))) ++holding;
    ASSERT_EQ(holding, 1) << q;
    const FeeResult r = fee_payable(1'000'000, q, false, bands);
    if (r.state == FeeState::rework_required) {
      ASSERT_LT(q, 6000);
      continue;
    }
    ASSERT_GE(r.payable_fen, previous) << q;
    previous = r.payable_fen;
  }
}

}  // namespace
}  // namespace jixiao::key_evaluation
