// 绩效管理工作考核评分 (R-AP-1 [jixiao]): each item's rate from integer counts (R-MON-2), its
// points the weight times the rate exactly, rounded half up to hundredths per item, the total the
// sum of the rounded items (R-MON-3); an item that does not apply to a subject (nothing due, or no
// source yet) is left out and the others are rescaled to 100, as R-SE does for not-applicable
// indicators, or scores nothing when the region chose so; subjects ranked with ties. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::appraisal {

// What the region decided for an item that does not apply (R-AP-1's "not_applicable").
enum class NotApplicable { rescale, zero };

struct ItemWeight {
  std::string item;      // "target_count"
  long long weight = 0;  // points in hundredths (10 points → 1000)
};

// One item's counts for one subject; applied false when the item has no source at all.
struct ItemCounts {
  std::string item;
  bool applied = true;
  long long numerator = 0;
  long long denominator = 0;
};

struct ItemScore {
  std::string item;
  long long weight = 0;            // as set, hundredths
  long long effective_weight = 0;  // after rescaling, hundredths, rounded half up (shown only)
  bool applied = true;             // false: no source, or a zero denominator
  long long numerator = 0;
  long long denominator = 0;
  std::string rate;                 // "97.50", or "—"
  std::optional<long long> points;  // hundredths; none when the item is left out
};

struct SubjectScore {
  std::vector<ItemScore> items;
  std::optional<long long> total;  // hundredths; none when no item applies
};

// Scores a subject's items under the weights (same order as the weights; an item of the weights
// missing from counts is treated as without source).
SubjectScore score_subject(const std::vector<ItemWeight>& weights,
                           const std::vector<ItemCounts>& counts, NotApplicable rule);

// Competition ranking by total, highest first: equal totals share a rank and the next rank skips
// (1, 1, 3). A subject without a total has no rank (0).
std::vector<long long> rank(const std::vector<std::optional<long long>>& totals);

// "12.50" from hundredths.
std::string points_text(long long hundredths);

}  // namespace jixiao::appraisal
