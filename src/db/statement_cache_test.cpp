#include "db/statement_cache.h"

#include <gtest/gtest.h>

namespace jixiao::db {
namespace {

TEST(StatementCache, KeepsOneEntryAKeyAndMakesRoomByTheLeastRecentlyUsed) {
  StatementCache cache(2);
  Prepared* a = cache.find_or_add("a");
  Prepared* b = cache.find_or_add("b");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(cache.find_or_add("a"), a);  // a is now the more recent
  Prepared* c = cache.find_or_add("c");
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.find_or_add("a"), a);
  EXPECT_EQ(cache.find_or_add("c"), c);
}

TEST(StatementCache, ABusyEntryIsNeitherHandedOutNorEvicted) {
  StatementCache cache(1);
  Prepared* a = cache.find_or_add("a");
  a->busy = true;
  EXPECT_EQ(cache.find_or_add("a"), nullptr);
  EXPECT_NE(cache.find_or_add("b"), nullptr);  // over capacity rather than drop a busy one
  EXPECT_EQ(cache.size(), 2u);
  a->busy = false;
  EXPECT_EQ(cache.find_or_add("a"), a);
}

}  // namespace
}  // namespace jixiao::db
