// PostgreSQL snapshots as text (pg_current_snapshot(): "xmin:xmax:xip,..."), read to tell whether
// a change between two of them was known transactions' alone.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace jixiao::db {

struct PgSnapshot {
  std::uint64_t xmin = 0;
  std::uint64_t xmax = 0;          // one past the highest completed transaction id
  std::vector<std::uint64_t> xip;  // in progress, below xmax, ascending
};

std::optional<PgSnapshot> parse_pg_snapshot(const std::string& text);

// Did only transactions of `own` end between before and after? Those that ended are the ones in
// progress at before, or handed out since (from before's xmax), that after no longer shows in
// progress below its xmax: each must be one of own. Anything unreadable, or too many ids handed
// out between the two to look at, answers false.
bool only_these_ended_between(const std::string& before, const std::string& after,
                              const std::set<std::uint64_t>& own);

}  // namespace jixiao::db
