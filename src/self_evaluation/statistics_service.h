// The self-evaluation statistics (自评统计) as a use case: a year's figures in the caller's read
// scope, summed from the kept totals with the projects the budget holds and the review's
// findings in the ledger (statistics.h). A region-tree reader may look at any region of its tree,
// listed by the regions a level down and that region's own departments, or by every department
// of it; other readers see their own departments.
#pragma once

#include <optional>
#include <string>

#include "auth/model.h"
#include "db/database.h"
#include "self_evaluation/statistics.h"
#include "self_evaluation/statistics_paging.h"

namespace jixiao::self_evaluation {

class StatisticsService {
 public:
  explicit StatisticsService(db::Database& db) : db_(db) {}

  // by: "region" (the regions a level down and the own level's departments) or "department"
  // (every department of the region looked at). region_id: a region of the caller's tree, its
  // own when none; only for a region-tree reader (403), a region outside it is 404. The
  // departments' rows are sorted and sliced as `page` asks; the other figures cover them all.
  Statistics statistics(const auth::Principal& me, long long year,
                        std::optional<long long> region_id, const std::string& by,
                        const DepartmentPage& page = {});

 private:
  db::Database& db_;
};

}  // namespace jixiao::self_evaluation
