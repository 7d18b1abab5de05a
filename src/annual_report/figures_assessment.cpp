// The ex-ante assessment and budget review figures (fiscal year Y+1 by R-RPT-1), from the kept
// totals (assessment_totals, budget_review_totals); the rows are the records themselves.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

// What a concluded assessment kept out of the budget (assessment/repo.cpp keeps the same in
// assessment_totals.kept_out_fen): all of a project not supported, else what the suggestion cut.
constexpr const char* kKeptOut =
    "CASE WHEN x.status <> 'concluded' THEN 0 WHEN x.conclusion = 'not_supported' THEN "
    "x.amount_fen WHEN x.suggested_amount_fen IS NOT NULL AND x.suggested_amount_fen < "
    "x.amount_fen THEN x.amount_fen - x.suggested_amount_fen ELSE 0 END";

constexpr const char* kConclusion =
    "CASE x.conclusion WHEN 'support' THEN '予以支持' WHEN 'support_after_changes' THEN "
    "'调整后支持' WHEN 'not_supported' THEN '不予支持' ELSE '' END";

// condition: over assessment_totals' columns and, the same, over an assessment aliased x.
FigureSource assessment_source(std::string code, std::string label, const char* where,
                               const char* where_x, bool kept_out) {
  return {std::move(code),
          std::move(label),
          "个",
          "assessment",
          true,
          "R-EA-2",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT region_id, CAST(SUM(assessments) AS BIGINT), CAST(SUM(");
            q.sql(kept_out ? "kept_out_fen" : "amount_fen");
            q.sql(") AS BIGINT) FROM assessment_totals WHERE year = ").bind(c.year);
            q.sql(" AND ").sql(where).sql(" AND ");
            append_tree(q, c, "region_id");
            q.sql(" GROUP BY region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"assessment", "assessments x JOIN projects pr ON pr.id = x.project_id",
                            "pr.code", "pr.name", kept_out ? kKeptOut : "x.amount_fen", "x.status",
                            kConclusion});
            q.sql("x.year = ").bind(c.year).sql(" AND ").sql(where_x).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("assessment", st); }};
}

constexpr const char* kSupported =
    "status = 'concluded' AND conclusion IN ('support', "
    "'support_after_changes')";
constexpr const char* kSupportedX =
    "x.status = 'concluded' AND x.conclusion IN ('support', "
    "'support_after_changes')";

std::string review_label(std::string_view, std::string_view st) {
  if (st == "pending") return "待评审";
  if (st == "done") return "已评审";
  if (st == "withdrawn") return "已撤回";
  return std::string(st);
}

// A review done (R-BR-1): what was submitted, cut and approved; measure is the totals' column.
FigureSource review_source(std::string code, std::string label, const char* measure,
                           const char* amount_x) {
  return {std::move(code),
          std::move(label),
          "个",
          "budget_review",
          true,
          "R-BR-1",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT region_id, CAST(SUM(reviews) AS BIGINT), CAST(SUM(");
            q.sql(measure).sql(") AS BIGINT) FROM budget_review_totals WHERE year = ");
            q.bind(c.year).sql(" AND status = 'done' AND ");
            append_tree(q, c, "region_id");
            q.sql(" GROUP BY region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(
                q, {"budget_review", "budget_reviews x JOIN projects pr ON pr.id = x.project_id",
                    "pr.code", "pr.name", amount_x, "x.status", "x.cut_reason"});
            q.sql("x.year = ").bind(c.year).sql(" AND x.status = 'done' AND ");
            append_part(q, c, p, "x.region_id");
          },
          review_label};
}

}  // namespace

void add_assessment_figures(Sources& s) {
  s.add(assessment_source("assessment.all", "开展事前绩效评估的项目", "1 = 1", "1 = 1", false));
  s.add(assessment_source("assessment.key", "财政重点评估的项目", "level = 'key'",
                          "x.level = 'key'", false));
  s.add(assessment_source("assessment.supported", "评估结论为予以支持的项目", kSupported,
                          kSupportedX, false));
  s.add(assessment_source("assessment.not_supported", "评估结论为不予支持的项目",
                          "status = 'concluded' AND conclusion = 'not_supported'",
                          "x.status = 'concluded' AND x.conclusion = 'not_supported'", false));
  s.add(assessment_source("assessment.kept_out", "评估后核减资金的项目", "status = 'concluded'",
                          "x.status = 'concluded'", true));
}

void add_budget_review_figures(Sources& s) {
  s.add(
      review_source("budget_review.submitted", "预算评审送审", "submitted_fen", "x.submitted_fen"));
  s.add(review_source("budget_review.cut", "预算评审审减", "cut_fen",
                      "x.submitted_fen - COALESCE(x.approved_fen, 0)"));
  s.add(review_source("budget_review.approved", "预算评审审定的项目", "approved_fen",
                      "COALESCE(x.approved_fen, 0)"));
}

}  // namespace jixiao::annual_report
