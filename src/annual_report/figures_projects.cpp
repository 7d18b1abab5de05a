// The targets section's figures: the year's projects (项目支出总额) and their targets, from the
// kept totals (project_totals, target_totals); the rows are the projects and targets themselves.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

// A project is in the year's spending once declared (R-AP-1: draft, returned and cancelled
// projects are not).
constexpr const char* kDeclared = "('declared', 'approved', 'executing', 'completed')";

std::vector<RegionCount> project_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, CAST(SUM(projects) AS BIGINT), CAST(SUM(amount_fen) AS BIGINT) FROM "
      "project_totals WHERE year = ");
  q.bind(c.year).sql(" AND status IN ").sql(kDeclared).sql(" AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id");
  return fetch_counts(s, q);
}

void project_rows(db::Query& q, const Context& c, const Part& p) {
  append_rows(q, {"project", "projects x", "x.code", "x.name", "x.amount_fen", "x.status", "''"});
  q.sql("x.year = ").bind(c.year).sql(" AND x.status IN ").sql(kDeclared).sql(" AND ");
  append_part(q, c, p, "x.region_id");
}

// Targets of a kind (a department's carries no project money: 0, as target_totals keeps it), not of
// a cancelled project; approved ones only when asked; not_funded counts those below the pass mark
// (R-TR-2).
std::vector<RegionCount> target_counts(soci::session& s, const Context& c, const char* kind,
                                       bool approved, bool not_funded) {
  db::Query q("SELECT region_id, CAST(SUM(");
  q.sql(not_funded ? "not_funded" : "targets").sql(") AS BIGINT), CAST(SUM(");
  q.sql(not_funded ? "0" : "amount_fen").sql(") AS BIGINT) FROM target_totals WHERE year = ");
  q.bind(c.year).sql(" AND kind = '").sql(kind).sql("' AND cancelled = 0 AND ");
  if (approved) q.sql("status = 'approved' AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id");
  return fetch_counts(s, q);
}

void target_rows(db::Query& q, const Context& c, const Part& p, const char* kind, bool approved,
                 bool not_funded) {
  append_rows(q, {"target", "targets x LEFT JOIN projects pr ON pr.id = x.project_id",
                  "COALESCE(pr.code, '')", "COALESCE(pr.name, '部门整体绩效目标')",
                  not_funded ? "0" : "COALESCE(pr.amount_fen, 0)", "x.status",
                  "CASE WHEN x.not_funded = 1 THEN '未达到入库分数' ELSE '' END"});
  q.sql("x.year = ").bind(c.year).sql(" AND x.kind = '").sql(kind);
  q.sql("' AND (pr.id IS NULL OR pr.status <> 'cancelled') AND ");
  if (approved) q.sql("x.status = 'approved' AND ");
  if (not_funded) q.sql("x.not_funded = 1 AND ");
  append_part(q, c, p, "x.region_id");
}

std::string project_label(std::string_view, std::string_view st) {
  return state_label("project", st);
}
std::string target_label(std::string_view, std::string_view st) {
  return state_label("target", st);
}

FigureSource target_source(std::string code, std::string label, const char* kind, bool approved,
                           bool not_funded) {
  return {std::move(code),
          std::move(label),
          "个",
          "targets",
          !not_funded && std::string_view(kind) == "project",
          "R-TR-2",
          [=](soci::session& s, const Context& c) {
            return target_counts(s, c, kind, approved, not_funded);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            target_rows(q, c, p, kind, approved, not_funded);
          },
          target_label};
}

}  // namespace

void add_project_figures(Sources& s) {
  s.add({"projects.all", "申报预算的项目", "个", "targets", true, "R-AP-1", project_counts,
         project_rows, project_label});
  s.add(target_source("targets.projects", "实施绩效目标管理的项目", "project", false, false));
  s.add(target_source("targets.approved", "绩效目标已批复的项目", "project", true, false));
  s.add(target_source("targets.departments", "编制部门整体绩效目标的部门", "department", false,
                      false));
  s.add(target_source("targets.not_funded", "审核未达及格分、不予安排资金的绩效目标", "project",
                      false, true));
}

}  // namespace jixiao::annual_report
