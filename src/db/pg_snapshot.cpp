#include "db/pg_snapshot.h"

#include <charconv>

namespace jixiao::db {

namespace {

bool read_number(const char*& p, const char* end, std::uint64_t& out) {
  const auto [next, ec] = std::from_chars(p, end, out);
  if (ec != std::errc() || next == p) return false;
  p = next;
  return true;
}

}  // namespace

std::optional<PgSnapshot> parse_pg_snapshot(const std::string& text) {
  PgSnapshot s;
  const char* p = text.data();
  const char* end = p + text.size();
  if (!read_number(p, end, s.xmin) || p == end || *p++ != ':') return std::nullopt;
  if (!read_number(p, end, s.xmax) || p == end || *p++ != ':') return std::nullopt;
  while (p != end) {
    std::uint64_t x = 0;
    if (!read_number(p, end, x)) return std::nullopt;
    s.xip.push_back(x);
    if (p == end) break;
    if (*p++ != ',' || p == end) return std::nullopt;
  }
  if (s.xmin > s.xmax) return std::nullopt;
  return s;
}

bool only_this_ended_between(const std::string& before, const std::string& after,
                             std::uint64_t xid) {
  const auto b = parse_pg_snapshot(before);
  const auto a = parse_pg_snapshot(after);
  if (!b || !a) return false;
  return b->xmax == xid && a->xmax == xid + 1 && b->xip == a->xip;
}

}  // namespace jixiao::db
