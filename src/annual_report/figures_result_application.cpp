// Result application (fiscal year Y−1's results, applied in Y's budget): the budget actions
// decided (confirmed or changed, R-RA-2) by kind, by GROUP BY over budget_actions. The money of
// a cut or cancel is base − limit, as result_application/repo.cpp's summary moves it; of the
// others the base.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

constexpr const char* kMoved =
    "CASE WHEN x.kind IN ('cut', 'cancel') THEN x.base_fen - COALESCE(x.limit_fen, 0) ELSE "
    "x.base_fen END";

// The note: the action's kind in Chinese.
constexpr const char* kKindText =
    "CASE x.kind WHEN 'prioritise' THEN '优先保障' WHEN 'cap' THEN '不得高于上年' WHEN 'cut' "
    "THEN '按比例压减' WHEN 'cancel' THEN '取消' ELSE x.kind END";

FigureSource action_source(std::string code, std::string label, const char* kinds) {
  return {std::move(code),
          std::move(label),
          "个",
          "result_application",
          true,
          "R-RA-2",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT x.region_id, COUNT(*), CAST(COALESCE(SUM(");
            q.sql(kMoved).sql("), 0) AS BIGINT) FROM budget_actions x WHERE x.year = ");
            q.bind(c.year).sql(" AND x.status IN ('confirmed', 'changed') AND x.kind IN ");
            q.sql(kinds).sql(" AND ");
            append_tree(q, c, "x.region_id");
            q.sql(" GROUP BY x.region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"budget_action",
                            "budget_actions x JOIN projects pr ON pr.id = "
                            "x.project_id",
                            "pr.code", "pr.name", kMoved, "x.status", kKindText});
            q.sql("x.year = ").bind(c.year).sql(" AND x.status IN ('confirmed', 'changed') AND ");
            q.sql("x.kind IN ").sql(kinds).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("budget_action", st); }};
}

}  // namespace

void add_result_application_figures(Sources& s) {
  s.add(action_source("result_application.actions", "评价结果应用于预算安排的项目",
                      "('prioritise', 'cap', 'cut', 'cancel')"));
  s.add(action_source("result_application.prioritise", "优先保障的项目", "('prioritise')"));
  s.add(action_source("result_application.cap", "不得高于上年的项目", "('cap')"));
  s.add(action_source("result_application.cut", "压减或取消预算的项目", "('cut', 'cancel')"));
}

}  // namespace jixiao::annual_report
