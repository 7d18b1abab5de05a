// The annual_reports table: a region's report of a work year, its narrative, and once frozen the
// figures kept (db/migrations/0028_annual_report.sql).
#pragma once

#include <optional>
#include <string>

#include "db/database.h"

namespace jixiao::annual_report::repo {

struct ReportRecord {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string narrative = "{}";  // JSON object: field → text
  std::string status;
  std::string frozen_figures;  // JSON of the FigureSet; "" while live
  std::string frozen_at;
  long long frozen_by = 0;
  std::string frozen_by_name;
  long long version = 0;  // 0: no row yet
  std::string created_at;
  std::string updated_at;
};

std::optional<ReportRecord> find(soci::session& s, long long region_id, long long year);

long long insert(soci::session& s, long long region_id, long long year, const std::string& status,
                 const std::string& at);

// Both change a row at the version the caller read only, stepping it; false when it moved on.
bool set_narrative(soci::session& s, const ReportRecord& r, const std::string& narrative,
                   const std::string& at);
bool set_frozen(soci::session& s, const ReportRecord& r, const std::string& status,
                const std::string& narrative, const std::string& figures, long long by,
                const std::string& at);

}  // namespace jixiao::annual_report::repo
