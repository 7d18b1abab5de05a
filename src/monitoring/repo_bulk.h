// Loads of many rows at once (the demo, the benchmark data, a region's feed): spending figures
// and report answers in one statement per table, COPY on PostgreSQL.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "db/database.h"
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

}  // namespace jixiao::monitoring::repo
