#include "http/page_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

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

TEST(PageCache, CallersOfAPageBeingBuiltWaitForItInsteadOfBuildingItAgain) {
  PageCache cache(1 << 20);
  std::atomic<int> built{0};
  std::promise<void> release;
  auto gate = release.get_future().share();
  auto slow = [&] {
    gate.wait();
    return boost::json::value(++built);
  };
  std::vector<std::future<std::string>> answers;
  for (int i = 0; i < 4; ++i) {
    answers.push_back(
        std::async(std::launch::async, [&] { return *cache.answer("k", "v", slow).shared_body; }));
  }
  // Give every caller time to arrive while the first build is held.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  release.set_value();
  for (auto& a : answers) EXPECT_EQ(a.get(), "1");
  EXPECT_EQ(built.load(), 1);

  // A build that fails lets its waiters build for themselves; another version never waits.
  std::promise<void> fail_now;
  auto fail_gate = fail_now.get_future().share();
  auto failing = std::async(std::launch::async, [&] {
    return cache.answer("f", "v", [&]() -> boost::json::value {
      fail_gate.wait();
      throw std::runtime_error("database gone");
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  auto waiting = std::async(std::launch::async, [&] {
    return *cache.answer("f", "v", [] { return boost::json::value("mine"); }).shared_body;
  });
  EXPECT_EQ(*cache.answer("f", "w", [] { return boost::json::value("other"); }).shared_body,
            R"("other")");
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  fail_now.set_value();
  EXPECT_THROW(failing.get(), std::runtime_error);
  EXPECT_EQ(waiting.get(), R"("mine")");
}

}  // namespace
}  // namespace jixiao::http
