// The ex-ante assessment report (事前绩效评估报告): print-ready HTML laid out like the official
// documents (A4, 2号小标宋 title, 3号仿宋 body, 一、（一） headings): the sheet with its scores,
// the conclusion and the suggestions. Pure.
#pragma once

#include <string>

#include "assessment/service.h"
#include "documents/docx.h"

namespace jixiao::assessment {

std::string report_html(const AssessmentView& v);

// The same report as a letter for the Word file (documents/docx.h): its sections as numbered
// paragraphs, the scoring sheet as the attachment.
documents::Letter report_letter(const AssessmentView& v);

}  // namespace jixiao::assessment
