// The letters the performance office's decision on a target issues (documents/): a 批复 when it
// approves, a notice of the result when the target fails the pass mark (R-TR-2), a notice of the
// review opinions when it returns it. Pure composition: the target and its reviews in, the
// letter's text out.
#pragma once

#include <string>
#include <vector>

#include "documents/model.h"
#include "library/framework.h"
#include "targets/model.h"
#include "targets/repo.h"

namespace jixiao::targets {

struct LetterInput {
  const Target& target;  // as decided: status, score, grade, not_funded; with its indicators
  std::string decision;  // approve | reject | return (the office's, after the pass mark)
  // The reviews of this submission, oldest first (department, section, experts, the office).
  const std::vector<repo::Review>& reviews;
  const library::Framework& framework;  // the target's version, for the indicator table
  long long pass_mark = 6000;           // hundredths (R-TR-2)
};

documents::DocumentDraft decision_letter(const LetterInput& in);

}  // namespace jixiao::targets
