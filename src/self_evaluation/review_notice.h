// 整改通知书 of a self-evaluation review (R-RV-2 [jixiao], R-RA-1 [local]): the letter the office
// sends a unit whose self score the review found inflated (虚高), with the review's scores beside
// the unit's and jixiao's in an attached table, and what it must do by when; and the finding's
// title and requirement for the ledger. Pure composition: no I/O.
#pragma once

#include <string>

#include "documents/model.h"
#include "self_evaluation/inflation.h"
#include "self_evaluation/model.h"

namespace jixiao::self_evaluation {

struct ReviewNoticeInput {
  long long region_id = 0;       // the office that reviewed (the plan's region): the issuer
  const Evaluation& evaluation;  // with its indicators and their review scores
  const Inflation& inflation;
  std::string due;  // ISO date the answer is due by
};

// 州第一中学教学设备购置项目：绩效自评得分虚高
std::string review_finding_title(const Evaluation& e);
// What the unit must do: the inflation's numbers, each indicator the review scored below the
// unit's claim with the reviewer's note, and the date.
std::string review_requirement(const Evaluation& e, const Inflation& inflation,
                               const std::string& due);
documents::DocumentDraft rectification_notice(const ReviewNoticeInput& in);

// "2026年7月30日"; the text itself when it is not an ISO date.
std::string chinese_date(const std::string& iso);

}  // namespace jixiao::self_evaluation
