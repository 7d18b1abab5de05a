#include "annual_report/service.h"

#include "annual_report/figures.h"
#include "base/error.h"

namespace jixiao::annual_report {

long long AnnualReportFigures::readable_region(soci::session& s, const auth::Principal& me,
                                               std::optional<long long> region) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::viewer)
    throw forbidden("只有绩效科和监督用户可以查看年度报告的数据");
  if (!region) return me.region_id;
  std::string path;
  s << "SELECT path FROM regions WHERE id = :id", soci::use(*region), soci::into(path);
  if (!s.got_data() || !path.starts_with(me.region_path)) throw not_found("地区不存在或无权访问");
  return *region;
}

FigureSet AnnualReportFigures::figures(const auth::Principal& me, std::optional<long long> region,
                                       long long work_year) {
  return db_.read([&](soci::session& s) {
    const auto id = readable_region(s, me, region);
    return figures_of_work_year(s, db_.dialect(), id, work_year);
  });
}

FunnelView AnnualReportFigures::funnel(const auth::Principal& me, std::optional<long long> region,
                                       long long fiscal_year) {
  return db_.read([&](soci::session& s) {
    const auto id = readable_region(s, me, region);
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
    const auto id = readable_region(s, me, region);
    return figure_rows(s, db_.dialect(), code, id, fiscal_year, part, cursor, limit, offset);
  });
}

}  // namespace jixiao::annual_report
