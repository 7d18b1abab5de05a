#include "http/page_cache.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <stdexcept>

namespace jixiao::http {
namespace {

TEST(PageCache, ServesAKeptPageWhileTheVersionIsTheSame) {
  PageCache cache(1 << 20);
  int built = 0;
  auto build = [&] { return boost::json::value{{"n", ++built}}; };
  EXPECT_EQ(*cache.answer("scope?q", "v1", build).shared_body, R"({"n":1})");
  EXPECT_EQ(*cache.answer("scope?q", "v1", build).shared_body, R"({"n":1})");
  EXPECT_EQ(built, 1);
  // Anyone's commit changes the version: the page is built again.
  EXPECT_EQ(*cache.answer("scope?q", "v2", build).shared_body, R"({"n":2})");
  // Another scope or query is another page.
  EXPECT_EQ(*cache.answer("other?q", "v2", build).shared_body, R"({"n":3})");
  EXPECT_EQ(cache.stats().hits, 1u);
  EXPECT_EQ(cache.stats().misses, 3u);
  EXPECT_EQ(cache.answer("scope?q", "v2", build).content_type, "application/json; charset=utf-8");
}

TEST(PageCache, KeepsNoMoreThanItsBytesAndNothingWhenABuildFails) {
  const std::string text(100, 'x');
  PageCache cache(250);  // two bodies of ~106 bytes fit, not three
  auto build = [&] { return boost::json::value(text); };
  cache.answer("a", "v", build);
  cache.answer("b", "v", build);
  cache.answer("a", "v", build);  // a is now the more recent
  cache.answer("c", "v", build);  // b makes room
  EXPECT_EQ(cache.stats().pages, 2u);
  EXPECT_LE(cache.stats().bytes, 250u);
  const auto misses = cache.stats().misses;
  cache.answer("a", "v", build);
  cache.answer("c", "v", build);
  EXPECT_EQ(cache.stats().misses, misses);
  cache.answer("b", "v", build);
  EXPECT_EQ(cache.stats().misses, misses + 1);

  EXPECT_THROW(
      cache.answer("d", "v", [&]() -> boost::json::value { throw std::runtime_error("x"); }),
      std::runtime_error);
  int built = 0;
  cache.answer("d", "v", [&] { return boost::json::value(++built); });
  EXPECT_EQ(built, 1);

  PageCache none(0);
  cache.answer("a", "v", build);
  none.answer("a", "v", build);
  none.answer("a", "v", build);
  EXPECT_EQ(none.stats().hits, 0u);
  EXPECT_EQ(none.stats().pages, 0u);
}

}  // namespace
}  // namespace jixiao::http
