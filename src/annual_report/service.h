// The annual report's figures for a caller: the performance office and viewers (监督) of the
// region or a region above it read them; every other role is refused (403), since the rows behind
// a figure cross every unit. A region outside the caller's tree is not found (404).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annual_report/model.h"
#include "auth/model.h"
#include "db/database.h"

namespace jixiao::annual_report {

// The funnel of a fiscal year's cohort with the previous fiscal year's beside each step.
struct FunnelView {
  long long region_id = 0;
  std::string region_name;
  std::string own_label;
  std::string lower_label;
  long long fiscal_year = 0;
  std::vector<Figure> steps;     // of fiscal_year
  std::vector<Figure> previous;  // of fiscal_year − 1, in the same order
};

class AnnualReportFigures {
 public:
  explicit AnnualReportFigures(db::Database& db) : db_(db) {}

  // region: the caller's own when absent.
  FigureSet figures(const auth::Principal& me, std::optional<long long> region,
                    long long work_year);
  FunnelView funnel(const auth::Principal& me, std::optional<long long> region,
                    long long fiscal_year);
  RowsPage rows(const auth::Principal& me, const std::string& code, std::optional<long long> region,
                long long fiscal_year, const Part& part, const std::optional<std::string>& cursor,
                int limit, long long offset = 0);

 private:
  db::Database& db_;
};

}  // namespace jixiao::annual_report
