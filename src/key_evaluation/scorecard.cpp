#include "key_evaluation/scorecard.h"

#include <map>

#include "targets/json.h"

namespace jixiao::key_evaluation {

std::vector<Scorecard> scorecards(const std::vector<AgencyYearCounts>& counts) {
  std::vector<Scorecard> out;
  out.reserve(counts.size());
  for (const auto& c : counts) {
    Scorecard s;
    s.counts = c;
    if (c.scored > 0) {
      s.mean_quality = (2 * c.quality_sum + c.scored) / (2 * c.scored);
      s.mean_quality_text = targets::points(s.mean_quality);
    } else {
      s.mean_quality_text = "—";
    }
    s.on_time_rate = format_rate(c.on_time, c.finalised);
    s.rework_rate = format_rate(c.reworked, c.scored);
    s.deducted_fen = c.contract_fen - c.payable_fen;
    out.push_back(std::move(s));
  }
  // Competition ranking per year: one more than the number of better means that year.
  std::map<long long, std::vector<long long>> means;
  for (const auto& s : out)
    if (s.mean_quality >= 0) means[s.counts.year].push_back(s.mean_quality);
  for (auto& s : out) {
    if (s.mean_quality < 0) continue;
    long long better = 0;
    for (long long m : means[s.counts.year])
      if (m > s.mean_quality) ++better;
    s.rank = better + 1;
  }
  return out;
}

}  // namespace jixiao::key_evaluation
