// The appraisal (fiscal year Y, R-AP-1): the departments and the lower regions appraised by a
// region whose appraisal of them is issued, counted where the appraising region stands (its own
// departments; the regions a level below it), by GROUP BY over units and regions.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

// The subjects x of an appraisal, each with x.region_id the appraising region: the region's own
// departments, or the regions directly below it.
constexpr const char* kDepartments = "units x";
constexpr const char* kRegions = "(SELECT id, parent_id AS region_id, code, name FROM regions) x";

void append_issued(db::Query& q, const Context& c, const char* subject) {
  q.sql("EXISTS (SELECT 1 FROM appraisals a WHERE a.region_id = x.region_id AND a.year = ");
  q.bind(c.year).sql(" AND a.subject = '").sql(subject).sql("' AND a.status = 'issued')");
}

FigureSource appraisal_source(std::string code, std::string label, const char* subject) {
  const bool departments = std::string_view(subject) == "department";
  return {std::move(code),
          std::move(label),
          "个",
          "appraisal",
          false,
          "R-AP-1",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT x.region_id, COUNT(*), 0 FROM ");
            q.sql(departments ? kDepartments : kRegions).sql(" WHERE ");
            if (departments) q.sql("x.kind = 'department' AND ");
            append_issued(q, c, subject);
            q.sql(" AND ");
            append_tree(q, c, "x.region_id");
            q.sql(" GROUP BY x.region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(
                q, {"appraisal_subject", departments ? kDepartments : kRegions, "x.code", "x.name",
                    "0", "'issued'", departments ? "'部门绩效考核'" : "'下级政府绩效考核'", false});
            if (departments) q.sql("x.kind = 'department' AND ");
            append_issued(q, c, subject);
            q.sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("appraisal", st); }};
}

}  // namespace

void add_appraisal_figures(Sources& s) {
  s.add(appraisal_source("appraisal.departments", "开展绩效考核的部门", "department"));
  s.add(appraisal_source("appraisal.regions", "开展绩效考核的下级地区", "region"));
}

}  // namespace jixiao::annual_report
