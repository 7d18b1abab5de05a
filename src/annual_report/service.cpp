#include "annual_report/service.h"

#include "annual_report/access.h"
#include "annual_report/figures.h"
#include "base/error.h"

namespace jixiao::annual_report {

FigureSet AnnualReportFigures::figures(const auth::Principal& me, std::optional<long long> region,
                                       long long work_year) {
  return db_.read([&](soci::session& s) {
    const auto id = readable_region(s, me, region.value_or(0)).id;
    return figures_of_work_year(s, db_.dialect(), id, work_year);
  });
}

FunnelView AnnualReportFigures::funnel(const auth::Principal& me, std::optional<long long> region,
                                       long long fiscal_year) {
  return db_.read([&](soci::session& s) {
    const auto id = readable_region(s, me, region.value_or(0)).id;
    FunnelView v;
    v.region_id = id;
    v.fiscal_year = fiscal_year;
    const auto levels = levels_of(s, id);
    v.region_name = levels.region_name;
    v.own_label = levels.own_label;
    v.lower_label = levels.lower_label;
    v.steps = annual_report::funnel(s, db_.dialect(), id, fiscal_year);
    v.previous = annual_report::funnel(s, db_.dialect(), id, fiscal_year - 1);
    return v;
  });
}

RowsPage AnnualReportFigures::rows(const auth::Principal& me, const std::string& code,
                                   std::optional<long long> region, long long fiscal_year,
                                   const Part& part, const std::optional<std::string>& cursor,
                                   int limit, long long offset) {
  return db_.read([&](soci::session& s) {
    const auto id = readable_region(s, me, region.value_or(0)).id;
    return figure_rows(s, db_.dialect(), code, id, fiscal_year, part, cursor, limit, offset);
  });
}

}  // namespace jixiao::annual_report
