// 预警纠偏告知函 (R-MO-2 [local: 004 喀什]): the letter the office sends a unit whose projects were
// warned at a checkpoint, listing each project, its colour and the rules that fired, and what it
// must do by when (R-RA-1, R-MO-5). Pure composition: the warned reports in, the letter's text
// and each report's requirement out.
#pragma once

#include <string>
#include <vector>

#include "documents/model.h"
#include "monitoring/model.h"

namespace jixiao::monitoring {

struct NoticeInput {
  const Checkpoint& checkpoint;
  std::string addressee;              // the unit (the department, for its own projects)
  const std::vector<Report>& warned;  // the unit's reports coloured blue or red, by id
  std::string due;                    // ISO date the answer is due by
};

// The Chinese details of the rules that fired, from a report's `fired` JSON.
std::vector<std::string> fired_details(const std::string& fired_json);
// What the unit must do about one warned report: the finding's requirement.
std::string requirement_of(const Report& r, const std::string& due);
// 文艺精品创作与惠民演出：红色重要预警
std::string finding_title(const Report& r);

documents::DocumentDraft warning_notice(const NoticeInput& in);

// The day the answer is due: issued_on + days (R-RA-1: 30 unless the region says otherwise).
std::string due_after(const std::string& issued_on, long long days);

}  // namespace jixiao::monitoring
