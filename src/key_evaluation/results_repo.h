// SQL of a key evaluation's results: its problems with their findings' state, the final score
// sheets the letter reports, the letter's number.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "key_evaluation/results_service.h"
#include "key_evaluation/score.h"

namespace jixiao::key_evaluation::results_repo {

std::vector<ProblemView> problems(soci::session& s, long long evaluation_id);
long long insert_problem(soci::session& s, long long evaluation_id, long long seq,
                         const Problem& p);
void set_finding(soci::session& s, long long problem_id, long long finding_id);
// The final report's score sheets as stored ({part code: hundredths}), in the order given.
std::vector<std::string> score_sheets(soci::session& s, long long evaluation_id);
std::string document_number(soci::session& s, long long document_id);

}  // namespace jixiao::key_evaluation::results_repo
