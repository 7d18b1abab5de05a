// The annual report as a Word file (.docx), laid out as the page prints it (GB/T 9704-2012: A4,
// the title in 2号 小标宋, the body in 3号 仿宋 with two characters' indent, headings 一、 in 黑体,
// （一） in 楷体, 1. in bold 仿宋, issuer and date at the foot). Pure: the document in, the bytes
// out.
#pragma once

#include <string>

#include "annual_report/template.h"

namespace jixiao::annual_report {

std::string report_docx(const ReportDocument& doc);

}  // namespace jixiao::annual_report
