// R-RA-2 as pure rules: what a graded result proposes for the next year's budget (by grade R-GR-1,
// by ex-ante conclusion R-EA-2, by monitoring outcome R-MO-5), the limit an action sets on the
// project acted on, and whether that project breaches it. Money in fen, percentages in
// hundredths, integer arithmetic only.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/money.h"

namespace jixiao::result_application {

// The keys a region maps to an action, in the rule's order.
inline constexpr std::string_view kBandKeys[] = {
    "excellent", "good",          "fair",   "poor", "not_supported", "support_after_changes",
    "support",   "adjust_budget", "recover"};

// prioritise 优先保障, cap 不得高于上年, cut 按比例压减, cancel 取消, none 不调整.
bool is_kind(std::string_view kind);
bool is_action_kind(std::string_view kind);  // a kind an action may take: not none

struct Bands {
  std::map<std::string, std::string, std::less<>> kinds;  // key → kind
  long long cut = 2000;                                   // hundredths of a percent
};

// Reads and checks R-RA-2's parameters (or a what-if's bands): every key a kind, the cut between
// 0 and 100 percent with two decimals at most. Throws invalid("<prefix>.<key>") in Chinese.
Bands read_bands(const boost::json::object& params, const std::string& prefix = "params");

// The action a key proposes, nullopt where the region proposes none.
std::optional<std::string> proposed_kind(const Bands& bands, std::string_view key);

// The limit an action sets: cap → cap_fen; cut → base × (100 − p) / 100 rounded down to the fen;
// cancel → 0; prioritise → none.
std::optional<Fen> limit_of(std::string_view kind, long long cut, Fen base_fen, Fen cap_fen);

// A decided action is breached when the project acted on is above its limit, or still stands
// (not cancelled) after a cancel.
bool breached(std::string_view kind, std::optional<Fen> limit, Fen amount_fen,
              std::string_view project_status);

// "20.00": hundredths of a percent as shown (targets::points).
std::string percent_text(long long hundredths);

}  // namespace jixiao::result_application
