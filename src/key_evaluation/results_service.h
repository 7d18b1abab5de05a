// Sending a finalised key evaluation's results (R-RA-1): the office of the evaluation's region
// lists the problems found, and in one transaction jixiao issues the 评价结果反馈函, hands each
// problem to the findings ledger (rectify/, source key_evaluation) due by R-RA-1's answer days,
// and takes the workflow's send_results step. The evaluated party answers in the ledger. A lower
// region's fiscal operation has no budget unit to answer in the ledger: its problems go in the
// letter to that region's finance bureau and stay on the evaluation.
#pragma once

#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/results_letter.h"

namespace jixiao::key_evaluation {

struct ProblemView {
  long long id = 0;
  long long seq = 0;
  std::string title, requirement;
  long long finding_id = 0;    // 0 when it went to no ledger
  std::string finding_status;  // open | answered | closed; empty without a finding
  std::string finding_due;
};

struct ResultsView {
  KeyEvaluation evaluation;
  std::vector<std::string> actions;
  std::string results_due;  // finalised + R-RA-1's results days; empty before finalised
  bool late = false;        // sent after results_due, or not sent and past it today
  std::string answer_due;   // sent + R-RA-1's answer days; empty before sent
  std::string document_number;
  std::vector<ProblemView> problems;
};

class ResultsService {
 public:
  explicit ResultsService(db::Database& db) : db_(db) {}

  ResultsView get(const auth::Principal& me, long long id);
  // problems: at most 30, each a title (≤ 100 characters) and a requirement (≤ 2,000); none
  // when the evaluation found nothing to correct.
  ResultsView send(const auth::Principal& me, long long id, long long version,
                   const std::vector<Problem>& problems);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
