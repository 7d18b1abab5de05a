#include "db/pg_snapshot.h"

#include <gtest/gtest.h>

namespace jixiao::db {
namespace {

TEST(PgSnapshot, ReadsTheTextForm) {
  const auto s = parse_pg_snapshot("10:20:10,14,17");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->xmin, 10u);
  EXPECT_EQ(s->xmax, 20u);
  EXPECT_EQ(s->xip, (std::vector<std::uint64_t>{10, 14, 17}));
  EXPECT_TRUE(parse_pg_snapshot("942:942:"));
  EXPECT_FALSE(parse_pg_snapshot(""));
  EXPECT_FALSE(parse_pg_snapshot("942:942"));
  EXPECT_FALSE(parse_pg_snapshot("9:8:"));
  EXPECT_FALSE(parse_pg_snapshot("1:2:3,"));
  EXPECT_FALSE(parse_pg_snapshot("1:2:x"));
}

TEST(PgSnapshot, TellsWhetherOnlyKnownTransactionsEnded) {
  const std::set<std::uint64_t> ours{942};
  // Ours is 942: nothing else began or ended.
  EXPECT_TRUE(only_these_ended_between("942:942:", "943:943:", ours));
  EXPECT_TRUE(only_these_ended_between("900:942:900", "900:943:900", ours));
  // Another id was handed out before ours and ended, or after ours and ended.
  EXPECT_FALSE(only_these_ended_between("942:942:", "944:944:", {943}));
  EXPECT_FALSE(only_these_ended_between("942:942:", "944:944:", ours));
  // One that was in progress ended meanwhile.
  EXPECT_FALSE(only_these_ended_between("900:942:900", "942:943:", ours));
  // Others ended before ours began.
  EXPECT_FALSE(only_these_ended_between("940:940:", "943:943:", ours));
  EXPECT_FALSE(only_these_ended_between("garbage", "943:943:", ours));
  // Several of ours ended, one of them in progress at before; another began and is in progress.
  EXPECT_TRUE(only_these_ended_between("941:942:941", "945:946:945", {941, 942, 943, 944}));
  // Nothing ended at all.
  EXPECT_TRUE(only_these_ended_between("942:942:", "942:942:", {}));
  EXPECT_TRUE(only_these_ended_between("942:942:", "942:944:942,943", {}));
}

}  // namespace
}  // namespace jixiao::db
