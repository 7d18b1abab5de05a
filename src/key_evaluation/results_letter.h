// 评价结果反馈函 (R-RA-1 [local]): the letter a region's finance sends the evaluated party once a
// key evaluation's final report is accepted: the score and grade (R-KE-1, R-GR-1), every problem
// the evaluation found with what must be done, and the date the measures are due; the score table
// attached. Pure composition: no I/O.
#pragma once

#include <string>
#include <vector>

#include "documents/model.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/score.h"

namespace jixiao::key_evaluation {

// A problem the evaluation found and what the evaluated party must do about it.
struct Problem {
  std::string title;
  std::string requirement;
};

struct ResultsLetterInput {
  const KeyEvaluation& evaluation;  // finalised: its score and grade set
  const EvaluationScore& score;     // the parts as the final score sheets gave them
  const std::vector<Problem>& problems;
  std::string due;  // ISO date the answer is due by
};

// 州教育体育局 / 州第一中学 / 云岭县财政局: whom the results go to.
std::string results_addressee(const KeyEvaluation& e);
// 州第一中学教学设备购置项目（重点评价）：资金使用效益不高
std::string problem_finding_title(const KeyEvaluation& e, const Problem& p);
documents::DocumentDraft results_letter(const ResultsLetterInput& in);

}  // namespace jixiao::key_evaluation
