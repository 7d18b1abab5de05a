// The quality sheet of an agency's plan and report (R-KE-4): each assigned expert scores the
// region's items (格式规范, 内容完整, 绩效反映, 证据, 语言文字规范性 by default) within their
// points; a stage's quality score is the mean of the experts' totals. Pure; hundredths (R-MON-3).
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "rules/model.h"

namespace jixiao::key_evaluation {

struct QualityItem {
  std::string code;      // e.g. "language"
  std::string label;     // e.g. 语言文字规范性
  long long points = 0;  // hundredths
};

// The sheet's items in the region's order; their points add up to 100.
using QualityItems = std::vector<QualityItem>;

// R-KE-4's quality_items (shape-checked). Throws invalid("params.quality_items[i].<key>") in
// Chinese when a code repeats or is not lower-case letters, digits and underscores, a label is
// empty or an item's points are 0 or above 100; invalid("params.quality_items") when the points
// do not add up to 100.
QualityItems read_quality_items(const boost::json::object& params);

// The shipped defaults (data/rules/key_evaluation.json).
const QualityItems& national_quality_items();

// One expert's sheet, checked: scores in the items' order, hundredths.
struct QualitySheet {
  std::vector<long long> scores;
  long long total = 0;
};

// `scores`: {code: points} as the expert sent them, numbers with at most two decimals. Throws
// invalid("scores.<code>") in Chinese when an item is missing, unknown, not such a number or
// outside 0 … its points; invalid("scores") when it is not an object.
QualitySheet check_quality_sheet(const boost::json::value& scores, const QualityItems& items);

struct StageQuality {
  long long score = 0;  // the mean of the totals, half up to the hundredth (R-MON-3)
  long long sheets = 0;
  std::string detail;  // the working in a Chinese sentence
  std::string rule = "R-KE-4";
};

// The experts' totals (hundredths), at least one; throws invalid("sheets") when there is none.
StageQuality stage_quality(const std::vector<long long>& totals);

}  // namespace jixiao::key_evaluation
