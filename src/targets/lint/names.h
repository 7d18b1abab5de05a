// When two indicators, or two targets, say the same thing (R-LINT-2, R-LINT-4). The lint and the
// batch run that looks for copies among a unit's targets both compare by these keys.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "targets/model.h"

namespace jixiao::targets {

// The key for "the same indicator name": white space removed (ASCII and U+3000).
std::string name_key(std::string_view name);

// The distinct non-empty name keys of a target's indicators, sorted: two targets whose sets are
// equal (and hold at least kMinCopiedNames keys) have the same indicators.
std::vector<std::string> name_set(const std::vector<std::string>& names);
std::vector<std::string> name_set(const std::vector<Indicator>& indicators);
// Fewer names than this are too common to call a copy.
inline constexpr std::size_t kMinCopiedNames = 3;

// The key for "the same overall goal": normalize_text (punctuation, white space and width left
// out); empty for a goal with nothing to compare.
std::string goal_key(std::string_view goal);

}  // namespace jixiao::targets
