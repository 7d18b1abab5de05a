// `jixiao report annual`: a region's annual work report (年度预算绩效管理工作报告) of a work year
// printed as plain text, and written as a Word file with --out.
#pragma once

#include <string>

#include "db/database.h"

namespace jixiao::cli {

struct ReportAnnualOptions {
  std::string region_code;
  long long year = 0;
  std::string out;  // FILE.docx, or empty
};

// Returns the process's exit status.
int report_annual(db::Database& db, const ReportAnnualOptions& options);

}  // namespace jixiao::cli
