// Loads of many rows at once (the demo, the benchmark data, a region's feed, a forecast):
// spending figures, report answers and early warnings in one statement per table, COPY on
// PostgreSQL.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "db/database.h"
#include "monitoring/early_warning.h"
#include "monitoring/model.h"

namespace jixiao::monitoring::repo {

// New figures only: a project and date already there is a constraint violation.
void insert_executions_bulk(soci::session& s, db::Dialect dialect,
                            const std::vector<Execution>& rows);

struct AnswerRow {
  long long report_id = 0;
  IndicatorReport answer;
};
void insert_answers_bulk(soci::session& s, db::Dialect dialect, const std::vector<AnswerRow>& rows);

// A forecast's warned projects (the joined display fields are not stored).
void insert_early_warnings_bulk(soci::session& s, db::Dialect dialect,
                                const std::vector<EarlyWarning>& rows);

}  // namespace jixiao::monitoring::repo
