#include "key_evaluation/plan_suggestions.h"

#include <algorithm>
#include <map>

#include "auth/scope_sql.h"
#include "base/vocabulary.h"
#include "db/query.h"

namespace jixiao::key_evaluation {

namespace {

// The projects the budget holds, as the statistics count them.
constexpr const char* kHeld = "('approved', 'executing', 'completed')";
// A project's red warnings at several checkpoints are several rows: read enough to find
// kPerReason projects in the usual case (a year has a few checkpoints).
constexpr int kRedRows = kPerReason * 5;

struct Hit {
  long long project_id = 0;
  SuggestionReason reason;
};

// The rows of a region tree walked in an index's order: the region tested per row.
void tree(soci::session& s, db::Query& q, long long region_id, const std::string& path,
          const char* column) {
  auth::DataScope scope;
  scope.kind = auth::DataScope::Kind::region_tree;
  scope.id = region_id;
  scope.path = path;
  auth::append_page_scope(s, q, scope, {column, "NULL", "NULL"});
}

// Not in a plan of the year already (of this region or another).
void not_planned(db::Query& q, const char* project_id, long long year) {
  q.sql(" AND NOT EXISTS (SELECT 1 FROM key_evaluations k WHERE k.project_id = ")
      .sql(project_id)
      .sql(" AND k.year = ")
      .bind(year)
      .sql(")");
}

std::string wan(Fen f) { return format_wan(f) + " 万元"; }
std::string points(long long hundredths) {
  const long long whole = hundredths / 100, part = hundredths % 100;
  return std::to_string(whole) + "." + (part < 10 ? "0" : "") + std::to_string(part) + " 分";
}

void large_unevaluated(soci::session& s, long long region_id, const std::string& path,
                       long long year, std::vector<Hit>& out) {
  db::Query q("SELECT p.id, p.amount_fen FROM projects p WHERE p.year = ");
  q.bind(year).sql(" AND ");
  tree(s, q, region_id, path, "p.region_id");
  q.sql(" AND p.status IN ").sql(kHeld);
  not_planned(q, "p.id", year);
  // The same project in the years before: its unit and name (a continuing project's row of each
  // year is its own), found through the department's few key evaluations.
  q.sql(
       " AND NOT EXISTS (SELECT 1 FROM key_evaluations k JOIN projects b ON b.id = k.project_id "
       "WHERE k.department_id = p.department_id AND k.year >= ")
      .bind(year - kUnevaluatedYears)
      .sql(" AND k.year < ")
      .bind(year)
      .sql(" AND b.unit_id = p.unit_id AND b.name = p.name)");
  q.sql(" ORDER BY p.amount_fen DESC, p.id DESC LIMIT ").bind(static_cast<long long>(kPerReason));
  struct Row {
    long long id = 0, amount = 0;
  };
  for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.id));
         st.exchange(soci::into(r.amount));
       }))
    out.push_back({r.id,
                   {"large_unevaluated",
                    "预算 " + wan(r.amount) + "，近 " + std::to_string(kUnevaluatedYears) +
                        " 年未开展财政重点评价",
                    {{"amount_fen", r.amount}, {"years", kUnevaluatedYears}}}});
}

void red_warning(soci::session& s, long long region_id, const std::string& path, long long year,
                 std::vector<Hit>& out) {
  db::Query q(
      "SELECT r.project_id, c.name, c.as_of, r.budget_fen, r.executed_fen FROM "
      "monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id WHERE r.year = ");
  q.bind(year).sql(" AND r.colour = 'red' AND r.project_id IS NOT NULL AND ");
  tree(s, q, region_id, path, "r.region_id");
  not_planned(q, "r.project_id", year);
  q.sql(" ORDER BY r.budget_fen DESC, r.id DESC LIMIT ").bind(static_cast<long long>(kRedRows));
  struct Row {
    long long project_id = 0;
    std::string checkpoint, as_of;
    long long budget = 0, executed = 0;
  };
  int taken = 0;
  std::map<long long, bool> seen;
  for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.project_id));
         st.exchange(soci::into(r.checkpoint));
         st.exchange(soci::into(r.as_of));
         st.exchange(soci::into(r.budget));
         st.exchange(soci::into(r.executed));
       })) {
    if (seen[r.project_id] || taken == kPerReason) continue;
    seen[r.project_id] = true;
    ++taken;
    out.push_back(
        {r.project_id,
         {"red_warning",
          r.checkpoint + "红色预警：预算 " + wan(r.budget) + "，截至 " + r.as_of + " 执行 " +
              wan(r.executed) + "，执行率 " + format_rate(r.executed, r.budget) + "%",
          {{"budget_fen", r.budget}, {"executed_fen", r.executed}}}});
  }
}

void inflated_self_score(soci::session& s, long long region_id, const std::string& path,
                         long long year, std::vector<Hit>& out) {
  db::Query q(
      "SELECT x.project_id, COALESCE(e.self_total, e.computed_total), COALESCE(x.review_total, "
      "0) FROM self_evaluation_review_samples x JOIN self_evaluations e ON e.id = "
      "x.evaluation_id WHERE x.year = ");
  q.bind(year).sql(" AND x.inflated = 1 AND x.project_id IS NOT NULL AND ");
  tree(s, q, region_id, path, "x.region_id");
  not_planned(q, "x.project_id", year);
  q.sql(" ORDER BY x.budget_fen DESC, x.id DESC LIMIT ").bind(static_cast<long long>(kPerReason));
  struct Row {
    long long project_id = 0, self = 0, review = 0;
  };
  for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.project_id));
         st.exchange(soci::into(r.self));
         st.exchange(soci::into(r.review));
       }))
    out.push_back({r.project_id,
                   {"inflated_self_score",
                    "自评 " + points(r.self) + "，复核 " + points(r.review) + "，自评结果虚高",
                    {{"self_score", r.self}, {"review_score", r.review}}}});
}

// The continuing project of the year that a project of the year before became (its unit and
// name), found through the year's projects of the unit.
void poor_grade(soci::session& s, long long region_id, const std::string& path, long long year,
                std::vector<Hit>& out) {
  struct Row {
    long long project_id = 0;
  };
  const auto bind = [](soci::statement& st, Row& r) { st.exchange(soci::into(r.project_id)); };
  const auto successor = [&](db::Query& q) {
    q.sql(" JOIN projects p ON p.year = ")
        .bind(year)
        .sql(
            " AND p.unit_id = b.unit_id AND p.name = b.name AND p.category = 'continuing' AND "
            "p.status IN ")
        .sql(kHeld);
  };
  const auto add = [&](const std::vector<Row>& rows, const char* source) {
    for (const auto& r : rows)
      out.push_back({r.project_id,
                     {"poor_grade",
                      std::to_string(year - 1) + " 年度" + source + "等级为差",
                      {{"year", year - 1}}}});
  };
  // The scores' own index of the poor ones, in descending money (migration 0035).
  db::Query q(
      "SELECT p.id FROM self_evaluation_scores x JOIN self_evaluation_forms e ON e.id = "
      "x.evaluation_id JOIN projects b ON b.id = e.project_id");
  successor(q);
  q.sql(" WHERE x.year = ").bind(year - 1).sql(" AND x.grade = 'poor' AND ");
  tree(s, q, region_id, path, "e.region_id");
  not_planned(q, "p.id", year);
  q.sql(" ORDER BY x.budget_fen DESC, x.evaluation_id DESC LIMIT ")
      .bind(static_cast<long long>(kPerReason));
  add(db::fetch_all<Row>(s, q, bind), "绩效自评");

  db::Query k("SELECT p.id FROM key_evaluations e JOIN projects b ON b.id = e.project_id");
  successor(k);
  k.sql(" WHERE e.year = ").bind(year - 1).sql(" AND e.grade = 'poor' AND e.region_id IN (");
  auth::append_regions_under(k, path);
  k.sql(")");
  not_planned(k, "p.id", year);
  k.sql(" ORDER BY e.budget_fen DESC, e.id DESC LIMIT ").bind(static_cast<long long>(kPerReason));
  add(db::fetch_all<Row>(s, k, bind), "财政重点评价");
}

void read_projects(soci::session& s, std::map<long long, Suggestion>& by_id) {
  db::Query q(
      "SELECT p.id, p.code, p.name, p.region_id, p.department_id, p.unit_id, r.name, d.name, "
      "u.name, p.fund_type, p.category, p.amount_fen FROM projects p JOIN regions r ON r.id = "
      "p.region_id JOIN units d ON d.id = p.department_id JOIN units u ON u.id = p.unit_id WHERE "
      "p.id IN (");
  bool first = true;
  for (const auto& [id, _] : by_id) {
    q.sql(first ? "" : ", ").bind(id);
    first = false;
  }
  q.sql(")");
  for (const auto& p : db::fetch_all<Suggestion>(s, q, [](soci::statement&st, Suggestion&p) {
         st.exchange(soci::into(p.project_id));
         st.exchange(soci::into(p.code));
         st.exchange(soci::into(p.name));
         st.exchange(soci::into(p.region_id));
         st.exchange(soci::into(p.department_id));
         st.exchange(soci::into(p.unit_id));
         st.exchange(soci::into(p.region_name));
         st.exchange(soci::into(p.department_name));
         st.exchange(soci::into(p.unit_name));
         st.exchange(soci::into(p.fund_type));
         st.exchange(soci::into(p.category));
         st.exchange(soci::into(p.amount_fen));
       })) {
    auto reasons = std::move(by_id[p.project_id].reasons);
    by_id[p.project_id] = p;
    by_id[p.project_id].reasons = std::move(reasons);
  }
}

}  // namespace

std::vector<Suggestion> plan_suggestions(soci::session& s, long long region_id,
                                         const std::string& region_path, long long year) {
  std::vector<Hit> hits;
  large_unevaluated(s, region_id, region_path, year, hits);
  red_warning(s, region_id, region_path, year, hits);
  inflated_self_score(s, region_id, region_path, year, hits);
  poor_grade(s, region_id, region_path, year, hits);
  if (hits.empty()) return {};

  std::map<long long, Suggestion> by_id;
  for (auto& h : hits) {
    auto& reasons = by_id[h.project_id].reasons;
    // One reason of a code per project (both a poor self-evaluation and a poor key evaluation).
    const bool dup = std::any_of(reasons.begin(), reasons.end(),
                                 [&](const auto& r) { return r.code == h.reason.code; });
    if (!dup) reasons.push_back(std::move(h.reason));
  }
  read_projects(s, by_id);

  const auto& order = vocabulary("key_evaluation_suggestion");
  std::vector<Suggestion> out;
  for (auto& [id, sug] : by_id) {
    if (sug.name.empty()) continue;  // a project gone between the reads
    std::sort(sug.reasons.begin(), sug.reasons.end(), [&](const auto& a, const auto& b) {
      return order.index_of(a.code).value_or(99) < order.index_of(b.code).value_or(99);
    });
    out.push_back(std::move(sug));
  }
  std::sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) {
    if (a.amount_fen != b.amount_fen) return a.amount_fen > b.amount_fen;
    return a.project_id > b.project_id;
  });
  return out;
}

}  // namespace jixiao::key_evaluation
