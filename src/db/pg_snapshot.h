// PostgreSQL snapshots as text (pg_current_snapshot(): "xmin:xmax:xip,..."), read to tell whether
// a change between two of them was one known transaction's alone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::db {

struct PgSnapshot {
  std::uint64_t xmin = 0;
  std::uint64_t xmax = 0;          // one past the highest completed transaction id
  std::vector<std::uint64_t> xip;  // in progress, below xmax, ascending
};

std::optional<PgSnapshot> parse_pg_snapshot(const std::string& text);

// Did only transaction xid end between before and after? True when no other transaction id
// completed (xmax moved from xid to xid + 1: ids are handed out in order, so any other id that
// ended would lie beyond) and the transactions in progress are the same ones (none of them
// ended). Anything unreadable answers false.
bool only_this_ended_between(const std::string& before, const std::string& after,
                             std::uint64_t xid);

}  // namespace jixiao::db
