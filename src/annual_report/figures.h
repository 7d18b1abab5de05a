// The figures of a region's annual report, with no caller's scope: the service authorises, the
// CLI and the report document call these directly.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "annual_report/model.h"
#include "db/database.h"

namespace jixiao::annual_report {

// Every figure of every section for its section's fiscal year (R-RPT-1 of the region and work
// year), by level, with the sections and the rates. Throws not_found for an unknown region.
FigureSet figures_of_work_year(soci::session& s, db::Dialect d, long long region_id,
                               long long work_year);

// The lifecycle funnel of one fiscal year's cohort: projects → with targets → approved →
// monitored → warned → self-evaluated → reviewed → key-evaluated → findings rectified → results
// applied → disclosed, each a figure of that fiscal year.
std::vector<Figure> funnel(soci::session& s, db::Dialect d, long long region_id,
                           long long fiscal_year);
// The funnel's figure codes, in order.
const std::vector<std::string>& funnel_codes();

// The rows behind a figure for a part of the region's tree, by id, a page after cursor (or after
// offset rows, a page jump; limit 0: every row); total counts every row of the part and equals
// the figure's. Throws not_found for an unknown figure or region, invalid for a part region that
// is not a level down or a bad cursor.
RowsPage figure_rows(soci::session& s, db::Dialect d, const std::string& code, long long region_id,
                     long long fiscal_year, const Part& part,
                     const std::optional<std::string>& cursor, int limit, long long offset = 0);

// One figure of a fiscal year (the funnel's and the comparison's building block).
Figure figure_of_year(soci::session& s, db::Dialect d, const std::string& code, long long region_id,
                      long long fiscal_year);

// 州级, 市级, 地区本级, 省级, 县级: how reports name a region's own level.
std::string own_level_label(const std::string& name, const std::string& level);

// How a region's report names it and its levels. Throws not_found for an unknown region.
struct Levels {
  std::string region_name;
  std::string region_level;
  std::string own_label;    // 州级
  std::string lower_label;  // 县级; "" without lower regions
};
Levels levels_of(soci::session& s, long long region_id);

}  // namespace jixiao::annual_report
