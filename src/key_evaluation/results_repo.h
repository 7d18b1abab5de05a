// SQL of a key evaluation's results: its problems with their findings' state and the letter's
// number.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "key_evaluation/results_service.h"

namespace jixiao::key_evaluation::results_repo {

std::vector<ProblemView> problems(soci::session& s, long long evaluation_id);
long long insert_problem(soci::session& s, long long evaluation_id, long long seq,
                         const Problem& p);
void set_finding(soci::session& s, long long problem_id, long long finding_id);
std::string document_number(soci::session& s, long long document_id);

}  // namespace jixiao::key_evaluation::results_repo
