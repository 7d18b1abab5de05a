// Loads of many evaluations at once (the demo, benchmark data): the answers, scores and states
// of evaluations already opened (repo::create_evaluations, or EvaluationService::open_round), in
// one statement per table (COPY into a temporary table and one joined UPDATE on PostgreSQL).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "db/database.h"
#include "self_evaluation/model.h"

namespace jixiao::self_evaluation::repo {

// Writes each row's status, money, words, scores, grade, opinion and dates, and each of its
// indicators (by position) with the unit's answers and the computed scores; the version moves
// on. Rows are matched by id, indicators by (id, position); the copied target fields are kept.
// The kept totals follow, in two grouped statements over the rows.
void write_results_bulk(soci::session& s, db::Dialect dialect, const std::vector<Evaluation>& rows);

// The re-scoring's write (score_job.h): each row's kept scores (execution, totals, grade, and
// `packed`, its indicators' weights, scores, rules, details and R-SE-7's flags as pack_scores
// gives them, one for each row), where the evaluation still has the version it was read with:
// one saved since keeps what its save scored. The version does not move (the answers are the
// unit's, as they were). Returns, per row, whether it was written. The grades it moves are the
// caller's to carry to the kept totals (repo::move_grades).
std::vector<char> write_scores_bulk(soci::session& s, db::Dialect dialect,
                                    const std::vector<Evaluation>& rows,
                                    const std::vector<std::string>& packed);

}  // namespace jixiao::self_evaluation::repo
