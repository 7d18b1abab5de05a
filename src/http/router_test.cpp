#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jixiao::http {
namespace {

Request get(const std::string& path) {
  Request req;
  req.method = "GET";
  req.path = path;
  return req;
}

Response text(const std::string& body) {
  Response r;
  r.body = body;
  return r;
}

TEST(Router, AFastAnswerComesFromItsRouteWithMetricsAndADeclineLeavesItToTheHandler) {
  Router router;
  bool answer_fast = true;
  router.add(
      "GET", "/items/{id}", [](Request& req) { return text("slow " + req.params.at("id")); },
      [&](Request& req) -> std::optional<Response> {
        if (!answer_fast) return std::nullopt;
        return text("fast " + req.params.at("id"));
      });
  router.add("GET", "/plain", [](Request&) { return text("plain"); });
  router.add(
      "GET", "/broken", [](Request&) { return text("handled"); },
      [](Request&) -> std::optional<Response> { throw std::runtime_error("bad input"); });

  auto req = get("/items/7");
  auto fast = router.dispatch_fast(req);
  ASSERT_TRUE(fast);
  EXPECT_EQ(fast->body, "fast 7");
  EXPECT_EQ(req.route, "/items/{id}");
  EXPECT_NE(router.metrics().render().find("/items/{id}"), std::string::npos);

  answer_fast = false;
  auto declined = get("/items/8");
  EXPECT_FALSE(router.dispatch_fast(declined));
  EXPECT_EQ(router.dispatch(declined).body, "slow 8");

  auto plain = get("/plain");
  EXPECT_FALSE(router.dispatch_fast(plain));  // no fast form
  auto broken = get("/broken");
  EXPECT_FALSE(router.dispatch_fast(broken));  // a throw declines: dispatch() answers it
  EXPECT_EQ(router.dispatch(broken).body, "handled");
  auto missing = get("/nowhere");
  EXPECT_FALSE(router.dispatch_fast(missing));
  EXPECT_EQ(router.dispatch(missing).status, 404);
}

}  // namespace
}  // namespace jixiao::http
