#include "cli/report_annual.h"

#include <cstdio>
#include <fstream>

#include "annual_report/figures.h"
#include "annual_report/report_docx.h"
#include "annual_report/report_service.h"
#include "org/repo.h"

namespace jixiao::cli {

int report_annual(db::Database& db, const ReportAnnualOptions& options) {
  const auto doc = db.read([&](soci::session& s) -> std::optional<annual_report::ReportDocument> {
    const auto region = org::repo::find_region_by_code(s, options.region_code);
    if (!region) return std::nullopt;
    return annual_report::report_document(s, db.dialect(), annual_report::figures_of_work_year,
                                          region->id, options.year);
  });
  if (!doc) {
    std::fprintf(stderr, "no region %s\n", options.region_code.c_str());
    return 2;
  }
  std::fputs(annual_report::plain_text(*doc).c_str(), stdout);
  if (!options.out.empty()) {
    std::ofstream out(options.out, std::ios::binary);
    const auto bytes = annual_report::report_docx(*doc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", options.out.c_str());
      return 1;
    }
    std::fprintf(stderr, "wrote %s\n", options.out.c_str());
  }
  return 0;
}

}  // namespace jixiao::cli
