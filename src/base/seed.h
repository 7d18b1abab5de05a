// The seeds of reproducible draws (a review's sample, a cross-review round): recorded with what
// they drew, so that the same seed over the same rows draws the same again.
#pragma once

#include <optional>

namespace jixiao {

// What a browser's number holds exactly (2^53 − 1), so that a page shows and sends it unchanged.
inline constexpr long long kMaxSeed = (1LL << 53) - 1;

// A fresh seed from the system's random device, 0 … kMaxSeed.
long long fresh_seed();

// The seed given, checked: throws invalid("seed") outside 0 … kMaxSeed; a fresh one when absent.
long long seed_or_fresh(const std::optional<long long>& given);

}  // namespace jixiao
