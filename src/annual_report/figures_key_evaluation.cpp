// Key evaluations and the findings ledger (fiscal year Y−1, done in Y), by GROUP BY over their
// (year, region) columns: the tables keep no totals.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

FigureSource key_source(std::string code, std::string label, const char* where) {
  return {std::move(code),
          std::move(label),
          "项",
          "key_evaluation",
          true,
          "R-KE-1",
          [=](soci::session& s, const Context& c) {
            db::Query q(
                "SELECT x.region_id, COUNT(*), CAST(COALESCE(SUM(x.budget_fen), 0) AS BIGINT) "
                "FROM key_evaluations x WHERE x.year = ");
            q.bind(c.year).sql(" AND ").sql(where).sql(" AND ");
            append_tree(q, c, "x.region_id");
            q.sql(" GROUP BY x.region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"key_evaluation",
                            "key_evaluations x LEFT JOIN projects pr ON pr.id = x.project_id",
                            "COALESCE(pr.code, '')", "x.name", "x.budget_fen", "x.status",
                            JIXIAO_GRADE_TEXT("x.grade")});
            q.sql("x.year = ").bind(c.year).sql(" AND ").sql(where).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("key_evaluation", st); }};
}

FigureSource finding_source(std::string code, std::string label, const char* where) {
  return {std::move(code),
          std::move(label),
          "个",
          "rectification",
          false,
          "R-RA-1",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT x.region_id, COUNT(*), 0 FROM findings x WHERE x.year = ");
            q.bind(c.year).sql(" AND ").sql(where).sql(" AND ");
            append_tree(q, c, "x.region_id");
            q.sql(" GROUP BY x.region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(
                q, {"finding", "findings x LEFT JOIN projects pr ON pr.id = x.project_id",
                    "COALESCE(pr.code, '')", "x.title", "0", "x.status", "'整改期限 ' || x.due"});
            q.sql("x.year = ").bind(c.year).sql(" AND ").sql(where).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("finding", st); }};
}

}  // namespace

void add_key_evaluation_figures(Sources& s) {
  s.add(key_source("key_evaluation.all", "开展重点绩效评价", "1 = 1"));
  s.add(key_source("key_evaluation.project", "项目支出重点评价", "x.kind = 'project'"));
  s.add(key_source("key_evaluation.department", "部门整体支出重点评价", "x.kind = 'department'"));
  s.add(key_source("key_evaluation.policy", "财政政策重点评价", "x.kind = 'policy'"));
  s.add(key_source("key_evaluation.other", "其他重点评价（下级财政运行、中期评价、专项债券）",
                   "x.kind IN ('fiscal_operation', 'mid_term', 'special_bond')"));
  s.add(finding_source("findings.all", "发现的问题", "1 = 1"));
  s.add(finding_source("findings.closed", "已整改销号的问题", "x.status = 'closed'"));
}

}  // namespace jixiao::annual_report
