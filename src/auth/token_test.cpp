#include "auth/token.h"

#include <gtest/gtest.h>

namespace jixiao::auth {

TEST(Token, MadeTokensAreWellFormedAndDiffer) {
  const std::string a = make_token(), b = make_token();
  EXPECT_TRUE(well_formed_token(a)) << a;
  EXPECT_NE(a, b);
  EXPECT_FALSE(well_formed_token("jxt_" + std::string(48, 'G')));
  EXPECT_FALSE(well_formed_token(a.substr(1)));
  EXPECT_FALSE(well_formed_token(a + "0"));
}

TEST(Token, BearerHeaderIsReadInAnyCaseAndMalformedIsEmpty) {
  const std::string t = make_token();
  EXPECT_EQ(bearer_token("Bearer " + t), t);
  EXPECT_EQ(bearer_token("bearer  " + t + " "), t);
  EXPECT_EQ(bearer_token("Bearer nonsense"), "");
  EXPECT_FALSE(bearer_token(""));
  EXPECT_FALSE(bearer_token("Basic dXNlcjpwYXNz"));
}

TEST(Token, AQueryThatCarriesATokenIsFound) {
  EXPECT_EQ(token_in_query({{"year", "2026"}, {"access_token", "x"}}), "access_token");
  EXPECT_EQ(token_in_query({{"API_KEY", "x"}}), "API_KEY");
  EXPECT_EQ(token_in_query({{"q", make_token()}}), "q");
  EXPECT_FALSE(token_in_query({{"year", "2026"}, {"limit", "50"}}));
}

TEST(Token, RouteLimitsMatchWholeKeysAndEmptyAllowsAll) {
  const std::string stored = join_routes(
      {route_key("POST", "/api/v1/executions:import"), route_key("GET", "/api/v1/projects")});
  EXPECT_EQ(split_routes(stored).size(), 2u);
  EXPECT_TRUE(route_allowed(stored, "GET /api/v1/projects"));
  EXPECT_TRUE(route_allowed(stored, "POST /api/v1/executions:import"));
  EXPECT_FALSE(route_allowed(stored, "GET /api/v1/projects/{id}"));
  EXPECT_FALSE(route_allowed(stored, "POST /api/v1/projects"));
  EXPECT_TRUE(route_allowed("", "DELETE /api/v1/projects/{id}"));
  EXPECT_TRUE(split_routes("").empty());
}

TEST(Token, ExpiryIsAfterTodayAndWithinTwoYears) {
  EXPECT_FALSE(expiry_problem("2026-12-06", "2026-12-05"));
  EXPECT_FALSE(expiry_problem("2028-12-05", "2026-12-05"));
  EXPECT_TRUE(expiry_problem("2028-12-06", "2026-12-05"));
  EXPECT_TRUE(expiry_problem("2026-12-05", "2026-12-05"));
  EXPECT_TRUE(expiry_problem("2026-02-30", "2026-01-05"));
  EXPECT_FALSE(expiry_problem("2030-02-28", "2028-02-29"));  // two years from a 29 February
  EXPECT_TRUE(token_expired("2026-12-04", "2026-12-05"));
  EXPECT_FALSE(token_expired("2026-12-05", "2026-12-05"));
}

}  // namespace jixiao::auth
