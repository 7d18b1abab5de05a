#include "db/pg_snapshot.h"

#include <algorithm>
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

bool only_these_ended_between(const std::string& before, const std::string& after,
                              const std::set<std::uint64_t>& own) {
  const auto b = parse_pg_snapshot(before);
  const auto a = parse_pg_snapshot(after);
  if (!b || !a) return false;
  // Between two polls a busy server hands out a few hundred ids; far more is no quiet moment.
  constexpr std::uint64_t kMostIds = 100'000;
  if (a->xmax > b->xmax && a->xmax - b->xmax > kMostIds) return false;
  const auto ended = [&](std::uint64_t x) {
    return x < a->xmax && !std::binary_search(a->xip.begin(), a->xip.end(), x);
  };
  for (const auto x : b->xip)
    if (ended(x) && !own.contains(x)) return false;
  for (auto x = b->xmax; x < a->xmax; ++x)
    if (ended(x) && !own.contains(x)) return false;
  return true;
}

}  // namespace jixiao::db
