// 绩效管理工作考核结果通报: the official notice a region's finance issues with an appraisal's
// scores (R-AP-1): who was appraised, on what items and weights, the ranked totals attached.
// Pure composition: no I/O.
#pragma once

#include "appraisal/model.h"
#include "documents/model.h"

namespace jixiao::appraisal {

documents::DocumentDraft appraisal_notice(const Scorecard& card, long long appraisal_id);

}  // namespace jixiao::appraisal
