// Ex-ante assessment rules (R-EA-1 to R-EA-3), pure: whether a project needs an assessment, the
// scoring sheet, and how scorers' sheets combine into a score, a grade and a conclusion. Scores
// are integers in hundredths of a point (R-MON-3); money is fen.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "targets/review_rules.h"

namespace jixiao::assessment {

// ---- R-EA-3: which projects need one ----

struct NeedParams {
  Fen threshold_fen = 0;                // at or above it, a project of a counted category needs one
  std::vector<std::string> categories;  // project categories counted: new, continuing
};

struct NeedInput {
  std::string category;  // new | continuing | recurring (data/vocabularies/projects.json)
  Fen amount_fen = 0;
  bool major = false;  // finance marked it a major project
};

struct NeedAnswer {
  bool needed = false;
  // Chinese, one a clause that decided: "新增项目，金额 620.00 万元 ≥ 500.00 万元（R-EA-3）".
  std::vector<std::string> reasons;
};

NeedAnswer need_assessment(const NeedInput& in, const NeedParams& params);

// ---- R-EA-1: the scoring sheet ----

struct SheetItem {
  std::string key;    // policy_basis
  std::string label;  // 政策相关性
  std::string hint;   // the scoring guidance
  long long max = 0;  // hundredths
};

struct Aspect {
  std::string key;       // necessity
  std::string label;     // 立项必要性
  long long weight = 0;  // hundredths: the sum of its items' maxima
  std::vector<SheetItem> items;
};

struct Sheet {
  std::vector<Aspect> aspects;
  // The items in sheet order (aspect by aspect): the order scores are given in.
  std::vector<const SheetItem*> items() const;
};

// Throws invalid("<field>…") in Chinese when the sheet makes no sense: no aspects, an item
// maximum not above 0, maxima not summing to 100, a key used twice, an aspect's rows apart.
void check_sheet(const Sheet& sheet, const std::string& field);

// ---- Scoring and combination ----

// One scorer's item scores in sheet order, hundredths. Throws invalid("items[i].score") when a
// score is missing, negative or over its maximum. Returns the total (the sum of the parts).
long long sheet_total(const Sheet& sheet, const std::vector<long long>& scores);

struct Combination {
  std::map<std::string, std::string> conclusions;  // grade → conclusion (R-EA-2)
  long long trim_at_least = 0;  // drop the highest and lowest total from this many scorers; 0 off
};

struct Outcome {
  long long score = 0;  // hundredths, the mean rounded half up (R-MON-3)
  std::string grade;    // excellent | good | fair | poor (R-GR-1)
  std::string conclusion;
  long long used = 0;  // the totals the mean was taken of (after trimming)
};

// The scorers' totals → the score (their mean, rounded half up to hundredths, after dropping the
// highest and lowest when there are at least trim_at_least of them), its grade and conclusion.
// Throws std::invalid_argument for no totals.
Outcome combine(const std::vector<long long>& totals, const Combination& c,
                const targets::GradeBands& bands);

// The conclusion the mapping gives a grade.
std::string conclusion_of(std::string_view grade, const Combination& c);

}  // namespace jixiao::assessment
