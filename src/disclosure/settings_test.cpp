#include "disclosure/settings.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"

namespace jixiao::disclosure {
namespace {

boost::json::object params(const char* text) { return boost::json::parse(text).as_object(); }

TEST(DisclosureSettings, TheShippedDefaultsAreTwentyDaysAndThirtiethOfJune) {
  const auto s = due_settings(rules::national_rule_set());
  EXPECT_EQ(s.budget_days, 20);
  EXPECT_EQ(s.final_accounts_month, 6);
  EXPECT_EQ(s.final_accounts_day, 30);
  EXPECT_EQ(s.final_accounts_days, 20);
  EXPECT_EQ(s.results_days, 20);
  EXPECT_EQ(self_evaluation_due(s, 2025), "2026-07-20");
}

TEST(DisclosureSettings, ARegionsDaysAreChecked) {
  const auto s = due_settings_of(params(
      R"({"budget_days": 15, "final_accounts_approved": "07-15", "final_accounts_days": 10,
          "key_evaluation_days": 30})"));
  EXPECT_EQ(self_evaluation_due(s, 2025), "2026-07-25");
  EXPECT_EQ(key_evaluation_due(s, "2026-12-20T10:00:00Z"), "2027-01-19");
  for (
      const char* bad :
      {R"({"budget_days": 1.5, "final_accounts_approved": "06-30", "final_accounts_days": 20, "key_evaluation_days": 20})",
       R"({"budget_days": 20, "final_accounts_approved": "02-29", "final_accounts_days": 20, "key_evaluation_days": 20})",
       R"({"budget_days": 20, "final_accounts_approved": "06-30", "final_accounts_days": 400, "key_evaluation_days": 20})"})
    EXPECT_THROW(due_settings_of(params(bad)), AppError) << bad;
}

}  // namespace
}  // namespace jixiao::disclosure
