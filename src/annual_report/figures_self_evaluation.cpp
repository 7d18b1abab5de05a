// The self-evaluation figures (fiscal year Y−1, done in Y): evaluations submitted or later with
// their budget, and the review's sample (sampled, reviewed, inflated: R-RV-2), all from the kept
// totals (self_evaluation_totals, migrations 0021 and 0029).
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

constexpr const char* kSubmitted = "('submitted', 'consolidated', 'accepted')";

// kind: the evaluations' kind ("project", "department"), or "" for both.
FigureSource evaluated_source(std::string code, std::string label, const char* kind) {
  return {std::move(code),
          std::move(label),
          "个",
          "self_evaluation",
          true,
          "R-SE-1",
          [=](soci::session& s, const Context& c) {
            db::Query q(
                "SELECT region_id, CAST(SUM(submitted + consolidated + accepted) AS BIGINT), "
                "CAST(SUM(submitted_fen) AS BIGINT) FROM self_evaluation_totals WHERE year = ");
            q.bind(c.year).sql(" AND ");
            if (*kind) q.sql("kind = ").bind(std::string(kind)).sql(" AND ");
            append_tree(q, c, "region_id");
            q.sql(" GROUP BY region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"self_evaluation",
                            "self_evaluations x LEFT JOIN projects pr ON pr.id = x.project_id",
                            "COALESCE(pr.code, '')", "COALESCE(pr.name, '部门整体支出')",
                            "x.budget_fen", "x.status", JIXIAO_GRADE_TEXT("x.grade")});
            q.sql("x.year = ").bind(c.year);
            if (*kind) q.sql(" AND x.kind = ").bind(std::string(kind));
            q.sql(" AND x.status IN ").sql(kSubmitted).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("self_evaluation", st); }};
}

// The review's sample: count and money columns of self_evaluation_totals and the same condition
// over a sample sm of an evaluation x.
FigureSource review_source(std::string code, std::string label, const char* count_col,
                           const char* fen_col, const char* where_sample, bool money) {
  return {std::move(code),
          std::move(label),
          "个",
          "review",
          money,
          "R-RV-2",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT region_id, CAST(SUM(");
            q.sql(count_col).sql(") AS BIGINT), CAST(SUM(").sql(fen_col);
            q.sql(") AS BIGINT) FROM self_evaluation_totals WHERE year = ").bind(c.year);
            q.sql(" AND ");
            append_tree(q, c, "region_id");
            q.sql(" GROUP BY region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"self_evaluation",
                            "self_evaluations x JOIN self_evaluation_review_samples sm ON "
                            "sm.evaluation_id = x.id LEFT JOIN projects pr ON pr.id = x.project_id",
                            "COALESCE(pr.code, '')", "COALESCE(pr.name, '部门整体支出')",
                            money ? "x.budget_fen" : "0", "sm.status",
                            "CASE WHEN sm.inflated = 1 THEN '自评虚高' ELSE '' END"});
            q.sql("x.year = ").bind(c.year).sql(" AND ").sql(where_sample).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) {
            return state_label("self_evaluation_review", st);
          }};
}

}  // namespace

void add_self_evaluation_figures(Sources& s) {
  s.add(evaluated_source("self_evaluation.all", "绩效自评（项目和部门整体）", ""));
  s.add(evaluated_source("self_evaluation.projects", "开展绩效自评的项目", "project"));
  s.add(evaluated_source("self_evaluation.departments", "开展部门整体支出绩效自评的部门",
                         "department"));
  s.add(review_source("review.sampled", "抽取复核的自评", "sampled", "sampled_fen", "1 = 1", true));
  s.add(review_source("review.reviewed", "完成复核的自评", "reviewed", "reviewed_fen",
                      "sm.status = 'reviewed'", true));
  s.add(review_source("review.inflated", "复核发现自评虚高", "inflated", "0",
                      "sm.status = 'reviewed' AND sm.inflated = 1", false));
}

}  // namespace jixiao::annual_report
