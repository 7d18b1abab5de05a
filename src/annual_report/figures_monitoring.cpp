// The monitoring figures (fiscal year Y): projects monitored, counted once each from the last
// checkpoint of the year at which their region has reports submitted (R-MO-1), those of them
// warned there, and the warnings of all the year's checkpoints (R-MO-4), from monitoring_totals;
// the outcomes (R-MO-5) by GROUP BY over monitoring_outcomes.
#include "annual_report/sources.h"

namespace jixiao::annual_report {

namespace {

constexpr const char* kSubmitted = "('submitted', 'checked', 'accepted')";

// warned: only those warned (blue or red) at that checkpoint, the funnel's step after it.
std::vector<RegionCount> monitored_counts(soci::session& s, const Context& c, bool warned) {
  db::Query q(
      "SELECT t.region_id, CAST(SUM(t.reports) AS BIGINT), CAST(SUM(t.budget_fen) AS BIGINT) "
      "FROM monitoring_totals t JOIN checkpoints k ON k.id = t.checkpoint_id WHERE k.year = ");
  q.bind(c.year).sql(" AND t.with_project = 1 AND t.status IN ").sql(kSubmitted).sql(" AND ");
  if (warned) q.sql("t.colour <> 'none' AND ");
  append_tree(q, c, "t.region_id");
  q.sql(
      " AND k.id = (SELECT k2.id FROM monitoring_totals t2 JOIN checkpoints k2 ON k2.id = "
      "t2.checkpoint_id WHERE k2.year = ");
  q.bind(c.year).sql(" AND t2.region_id = t.region_id AND t2.with_project = 1 AND t2.status IN ");
  q.sql(kSubmitted).sql(" AND t2.reports > 0 ORDER BY k2.as_of DESC, k2.id DESC LIMIT 1)");
  q.sql(" GROUP BY t.region_id");
  return fetch_counts(s, q);
}

void monitored_rows(db::Query& q, const Context& c, const Part& p, bool warned) {
  append_rows(q,
              {"monitoring_report",
               "monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id JOIN "
               "projects pr ON pr.id = x.project_id",
               "pr.code", "pr.name", "x.budget_fen", "x.status",
               "k.name || CASE x.colour WHEN 'red' THEN ' 红色预警' WHEN 'blue' THEN ' 蓝色预警' "
               "ELSE '' END"});
  q.sql("k.year = ").bind(c.year).sql(" AND x.status IN ").sql(kSubmitted).sql(" AND ");
  if (warned) q.sql("x.colour <> 'none' AND ");
  append_part(q, c, p, "x.region_id");
  q.sql(
      " AND k.id = (SELECT k2.id FROM monitoring_reports r2 JOIN checkpoints k2 ON k2.id = "
      "r2.checkpoint_id WHERE k2.year = ");
  q.bind(c.year).sql(" AND r2.region_id = x.region_id AND r2.project_id IS NOT NULL AND ");
  q.sql("r2.status IN ").sql(kSubmitted).sql(" ORDER BY k2.as_of DESC, k2.id DESC LIMIT 1)");
}

// Reports of projects warned at the year's checkpoints; colours "('blue')", "('blue', 'red')".
FigureSource warned_source(std::string code, std::string label, const char* colours) {
  return {
      std::move(code),
      std::move(label),
      "次",
      "monitoring",
      true,
      "R-MO-4",
      [=](soci::session& s, const Context& c) {
        db::Query q(
            "SELECT t.region_id, CAST(SUM(t.reports) AS BIGINT), CAST(SUM(t.budget_fen) AS "
            "BIGINT) FROM monitoring_totals t JOIN checkpoints k ON k.id = t.checkpoint_id "
            "WHERE k.year = ");
        q.bind(c.year).sql(" AND t.with_project = 1 AND t.colour IN ").sql(colours);
        q.sql(" AND ");
        append_tree(q, c, "t.region_id");
        q.sql(" GROUP BY t.region_id");
        return fetch_counts(s, q);
      },
      [=](db::Query& q, const Context& c, const Part& p) {
        append_rows(q, {"monitoring_report",
                        "monitoring_reports x JOIN checkpoints k ON k.id = x.checkpoint_id "
                        "JOIN projects pr ON pr.id = x.project_id",
                        "pr.code", "pr.name", "x.budget_fen", "x.status",
                        "k.name || CASE WHEN x.colour = 'red' THEN ' 红色预警' ELSE ' 蓝色预警' "
                        "END"});
        q.sql("k.year = ").bind(c.year).sql(" AND x.colour IN ").sql(colours).sql(" AND ");
        append_part(q, c, p, "x.region_id");
      },
      [](std::string_view, std::string_view st) { return state_label("monitoring_report", st); }};
}

std::string outcome_label(std::string_view, std::string_view kind) {
  if (kind == "adjust_budget") return "调整预算";
  if (kind == "adjust_target") return "调整目标";
  if (kind == "recover") return "收回资金";
  if (kind == "continue") return "继续执行";
  return std::string(kind);
}

// The year's outcomes of kinds; amount is the money each adds (SQL over x).
FigureSource outcome_source(std::string code, std::string label, const char* kinds,
                            const char* amount) {
  return {std::move(code),
          std::move(label),
          "个",
          "monitoring",
          true,
          "R-MO-5",
          [=](soci::session& s, const Context& c) {
            db::Query q("SELECT x.region_id, COUNT(*), CAST(COALESCE(SUM(");
            q.sql(amount).sql("), 0) AS BIGINT) FROM monitoring_outcomes x WHERE x.year = ");
            q.bind(c.year).sql(" AND x.kind IN ").sql(kinds).sql(" AND ");
            append_tree(q, c, "x.region_id");
            q.sql(" GROUP BY x.region_id");
            return fetch_counts(s, q);
          },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(q, {"monitoring_outcome",
                            "monitoring_outcomes x LEFT JOIN projects pr ON pr.id = x.project_id",
                            "COALESCE(pr.code, '')", "COALESCE(pr.name, '部门整体')", amount,
                            "x.kind", "x.reason"});
            q.sql("x.year = ").bind(c.year).sql(" AND x.kind IN ").sql(kinds).sql(" AND ");
            append_part(q, c, p, "x.region_id");
          },
          outcome_label};
}

}  // namespace

void add_monitoring_figures(Sources& s) {
  for (const bool warned : {false, true})
    s.add({warned ? "monitoring.warned" : "monitoring.projects",
           warned ? "监控发现预警的项目" : "开展绩效运行监控的项目", "个", "monitoring", true,
           warned ? "R-MO-4" : "R-MO-1",
           [warned](soci::session& s, const Context& c) { return monitored_counts(s, c, warned); },
           [warned](db::Query& q, const Context& c, const Part& p) {
             monitored_rows(q, c, p, warned);
           },
           [](std::string_view, std::string_view st) {
             return state_label("monitoring_report", st);
           }});
  s.add(warned_source("monitoring.blue", "蓝色预警", "('blue')"));
  s.add(warned_source("monitoring.red", "红色预警", "('red')"));
  s.add(outcome_source("monitoring.adjusted", "监控后调整预算或目标的项目",
                       "('adjust_budget', 'adjust_target')",
                       "CASE WHEN x.kind = 'adjust_budget' THEN x.before_fen - x.after_fen ELSE 0 "
                       "END"));
  s.add(outcome_source("monitoring.recovered", "监控后收回资金的项目", "('recover')",
                       "x.recovered_fen"));
}

}  // namespace jixiao::annual_report
