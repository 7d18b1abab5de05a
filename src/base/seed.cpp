#include "base/seed.h"

#include <cstdint>
#include <random>

#include "base/error.h"

namespace jixiao {

long long fresh_seed() {
  std::random_device rd;
  const std::uint64_t high = rd(), low = rd();
  return static_cast<long long>(((high << 32) | low) & static_cast<std::uint64_t>(kMaxSeed));
}

long long seed_or_fresh(const std::optional<long long>& given) {
  if (!given) return fresh_seed();
  if (*given < 0 || *given > kMaxSeed)
    throw invalid("seed", "随机种子应为 0 到 9007199254740991 之间的整数");
  return *given;
}

}  // namespace jixiao
