// Agency scorecards (机构考评): how each third-party agency's key evaluations went in a year:
// mean report quality (R-KE-4, the experts' score of the final report), the share finished by
// the plan's deadline, the share sent back for rework, and the fee deducted for quality. Pure:
// the counts in, the figures out; rates per R-MON-2 ("—" on a zero denominator), means half up
// to the hundredth (R-MON-3).
#pragma once

#include <string>
#include <vector>

#include "base/money.h"

namespace jixiao::key_evaluation {

// What the database counts for one agency in one year.
struct AgencyYearCounts {
  long long agency_id = 0;
  std::string agency_name;
  long long year = 0;
  long long evaluations = 0;  // commissioned to it
  long long scored = 0;       // with a report quality score
  long long quality_sum = 0;  // hundredths, over the scored
  long long finalised = 0;    // final report accepted
  long long on_time = 0;      // of the finalised, by the plan's deadline
  long long reworked = 0;     // of the scored, sent back for rework
  Fen contract_fen = 0;       // of those with a fee worked out
  Fen payable_fen = 0;
};

struct Scorecard {
  AgencyYearCounts counts;
  long long mean_quality = -1;    // hundredths; -1 when nothing was scored
  std::string mean_quality_text;  // "86.50" or "—"
  std::string on_time_rate;       // finalised by the deadline ÷ finalised, "—" when none
  std::string rework_rate;        // reworked ÷ scored
  Fen deducted_fen = 0;           // contract − payable over those with a fee worked out
  long long rank = 0;             // within its year by mean quality, 1 the best; 0 unscored
};

// In the order given; ranks within each year by mean quality (ties share a rank, the next rank
// skips: 1, 1, 3), unscored agencies unranked.
std::vector<Scorecard> scorecards(const std::vector<AgencyYearCounts>& counts);

}  // namespace jixiao::key_evaluation
