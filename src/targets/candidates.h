// The projects a caller may file a target for (新建目标's picker): in the caller's write scope, of
// the year, not cancelled and without a target yet. Offering anything else leads to a refusal.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "base/money.h"

namespace jixiao::targets {

struct ProjectCandidate {
  long long id = 0;
  std::string code;
  std::string name;
  std::string unit_name;
  Fen amount_fen = 0;
};

namespace repo {

// Up to limit projects by id; `words` matches the name or the exact code.
std::vector<ProjectCandidate> candidates(soci::session& s, const auth::DataScope& scope,
                                         long long year, const std::optional<std::string>& words,
                                         int limit);

}  // namespace repo
}  // namespace jixiao::targets
