// 质费挂钩 (R-KE-4): the fee payable to an agency from its contract fee and its report's quality
// score under the region's bands. Pure; integer fen and hundredths only (R-MON-3).
//
// A band is [from, to) in hundredths of a point, the top band [from, 100] with 100 itself; the
// bands cover 0–100 with neither gap nor overlap. The bands below the bar (rework_below, a band's
// lower bound; 0 for none) send the report back first; a report that went back is paid by the band
// of its re-scored quality, but never more than the best-paid band below the bar ("rework, then
// at most 60%" [jixiao]).
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "base/money.h"

namespace jixiao::key_evaluation {

struct FeeBand {
  long long from = 0;     // hundredths of a point, inclusive
  long long to = 0;       // hundredths, exclusive except 100.00 for the top band
  long long percent = 0;  // hundredths of a percent of the contract fee
  bool rework = false;    // below the bar (rework_below): back for rework before any fee
};

// Highest band first.
using FeeBands = std::vector<FeeBand>;

// R-KE-4's parameters as a region writes them (points and percents with at most two decimals,
// already shape-checked): the bands sorted from the top, those below the bar marked rework.
// Throws invalid("params.fee_bands[i].<key>") in Chinese when the table leaves a gap, overlaps,
// does not reach 0 or 100, or pays a higher band less than a lower one;
// invalid("params.rework_below") when the bar is not a band's lower bound or leaves no band paid.
FeeBands read_fee_bands(const boost::json::object& params);

// The shipped defaults (data/rules/key_evaluation.json).
const FeeBands& national_fee_bands();

enum class FeeState {
  payable,          // the fee is due at the band's percent
  rework_required,  // below the bar and not yet reworked: nothing due until the rework is scored
};

struct FeeResult {
  FeeState state = FeeState::payable;
  FeeBand band;           // the band the score fell in
  long long percent = 0;  // applied, hundredths of a percent (capped after a rework)
  bool capped = false;    // a reworked report paid at the rework band's percent, not its own
  Fen payable_fen = 0;    // half up to the fen (R-MON-3); 0 while rework is required
  Fen deducted_fen = 0;   // contract − payable, when payable
  std::string detail;     // the working in a Chinese sentence
  std::string rule = "R-KE-4";
};

// Throws invalid("contract_fen") when negative, invalid("quality_score") outside 0–100.
// `reworked`: the score is of a report that was sent back for rework.
FeeResult fee_payable(Fen contract_fen, long long quality_score, bool reworked,
                      const FeeBands& bands);

std::string_view fee_state_code(FeeState s);  // "payable" | "rework_required"

}  // namespace jixiao::key_evaluation
