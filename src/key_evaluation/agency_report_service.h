// The agencies' reports: scorecards across years (scorecard.h) and an agency's fee statement for
// a year (质费挂钩, R-KE-4: every commission's contract fee, report quality, band and fee payable,
// with the totals). Finance and viewers read their regions' agencies; an agency's account reads
// its own agency only; others get 403.
#pragma once

#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/fee.h"
#include "key_evaluation/registry_model.h"
#include "key_evaluation/scorecard.h"

namespace jixiao::key_evaluation {

struct FeeLine {
  KeyEvaluation evaluation;
  // The fee as R-KE-4 works it out from the report's quality; pending until it is scored.
  bool pending = true;
  FeeResult fee;
};

struct FeeStatement {
  Agency agency;
  long long year = 0;
  std::string contract_no;     // the year's contract, empty when none is recorded
  Fen contract_total_fen = 0;  // the year's contract fee as recorded
  std::vector<FeeLine> lines;
  Fen commissioned_fen = 0;  // Σ the commissions' contract fees
  Fen payable_fen = 0;       // Σ payable over those worked out
  Fen deducted_fen = 0;
  long long pending = 0;  // commissions whose fee is not yet worked out
};

class AgencyReportService {
 public:
  explicit AgencyReportService(db::Database& db) : db_(db) {}

  // Years from..to (at most 10 years), every agency the caller reads.
  std::vector<Scorecard> scorecards(const auth::Principal& me, long long year_from,
                                    long long year_to);
  FeeStatement fee_statement(const auth::Principal& me, long long agency_id, long long year);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
