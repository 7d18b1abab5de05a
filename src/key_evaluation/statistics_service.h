// The key-evaluation statistics (重点评价统计) as a use case: a year's figures within the
// caller's read scope (finance and viewers). A region-tree reader may look at any region of its
// tree, with the regions a level down as rows; a business section sees its departments' only.
#pragma once

#include <optional>

#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/statistics.h"

namespace jixiao::key_evaluation {

class KeyStatisticsService {
 public:
  explicit KeyStatisticsService(db::Database& db) : db_(db) {}

  // region_id: a region of the caller's tree, its own when none; only for a region-tree reader
  // (403), a region outside the tree is 404. Other roles than finance and viewers: 403.
  Statistics statistics(const auth::Principal& me, long long year,
                        std::optional<long long> region_id);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
