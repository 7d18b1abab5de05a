#include "self_evaluation/repo_totals.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::self_evaluation::repo {

namespace {

constexpr const char* kKey = "e.year, e.region_id, e.department_id, e.kind";
constexpr const char* kFromRows =
    " FROM self_evaluations e LEFT JOIN self_evaluation_review_samples x ON x.evaluation_id = "
    "e.id";

// Each measure's column and what it sums of an evaluation e with its sample x (none when not
// sampled), in TotalsRow's order; `sample` marks the sample's own.
struct Measure {
  std::string column;
  std::string sum;
  bool sample = false;
};

const std::vector<Measure>& measures() {
  static const std::vector<Measure> all = [] {
    std::vector<Measure> m{{"evaluations", "COUNT(*)"},
                           {"budget_fen", "SUM(e.budget_fen)"},
                           {"executed_fen", "SUM(e.executed_fen)"}};
    for (const char* state : kTotalsStates)
      m.push_back(
          {state, std::string("SUM(CASE WHEN e.status = '") + state + "' THEN 1 ELSE 0 END)"});
    for (const char* grade : kTotalsGrades)
      m.push_back(
          {grade, std::string("SUM(CASE WHEN e.grade = '") + grade + "' THEN 1 ELSE 0 END)"});
    m.push_back({"sampled", "SUM(CASE WHEN x.id IS NULL THEN 0 ELSE 1 END)", true});
    m.push_back({"sampled_fen", "SUM(CASE WHEN x.id IS NULL THEN 0 ELSE e.budget_fen END)", true});
    m.push_back({"reviewed", "SUM(CASE WHEN x.status = 'reviewed' THEN 1 ELSE 0 END)", true});
    m.push_back({"reviewed_fen",
                 "SUM(CASE WHEN x.status = 'reviewed' THEN e.budget_fen ELSE 0 END)", true});
    m.push_back({"inflated",
                 "SUM(CASE WHEN x.status = 'reviewed' AND x.inflated = 1 THEN 1 ELSE 0 END)",
                 true});
    m.push_back({"submitted_fen",
                 "SUM(CASE WHEN e.status IN ('submitted', 'consolidated', 'accepted') THEN "
                 "e.budget_fen ELSE 0 END)"});
    return m;
  }();
  return all;
}

// INSERT … (key, measures) and the upsert that adds a delta to a kept row.
const std::pair<std::string, std::string>& insert_and_add_up() {
  static const auto sql = [] {
    std::string insert = "INSERT INTO self_evaluation_totals (year, region_id, department_id, kind";
    std::string add = " ON CONFLICT (year, region_id, department_id, kind) DO UPDATE SET ";
    bool first = true;
    for (const auto& m : measures()) {
      insert += ", " + m.column;
      add += (first ? "" : ", ") + m.column + " = self_evaluation_totals." + m.column +
             " + excluded." + m.column;
      first = false;
    }
    return std::make_pair(insert + ") ", add);
  }();
  return sql;
}

// Cells in key order, sorted here so that kept and counted compare equal.
std::vector<TotalsRow> read_rows(soci::session& s, db::Query& q) {
  auto rows = db::fetch_all<TotalsRow>(s, q, [](soci::statement& st, TotalsRow& r) {
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.kind));
    st.exchange(soci::into(r.evaluations));
    st.exchange(soci::into(r.budget_fen));
    st.exchange(soci::into(r.executed_fen));
    for (auto& n : r.states) st.exchange(soci::into(n));
    for (auto& n : r.grades) st.exchange(soci::into(n));
    st.exchange(soci::into(r.sampled));
    st.exchange(soci::into(r.sampled_fen));
    st.exchange(soci::into(r.reviewed));
    st.exchange(soci::into(r.reviewed_fen));
    st.exchange(soci::into(r.inflated));
    st.exchange(soci::into(r.submitted_fen));
  });
  std::ranges::sort(
      rows, {}, [](const TotalsRow& r) { return std::tie(r.region_id, r.department_id, r.kind); });
  return rows;
}

}  // namespace

void append_department(db::Query& q, long long departments_of_region, const char* region_col,
                       const char* department_col) {
  if (departments_of_region == 0) {
    q.sql(department_col);
    return;
  }
  q.sql("CASE WHEN ").sql(region_col).sql(" = ").bind(departments_of_region);
  q.sql(" THEN ").sql(department_col).sql(" ELSE 0 END");
}

void add_to_totals(soci::session& s, const std::string& where, long long value, long long sign,
                   bool samples) {
  const auto& [insert, add_up] = insert_and_add_up();
  db::Query q(insert + "SELECT " + kKey);
  for (const auto& m : measures()) {
    if (m.sample && !samples) {
      q.sql(", 0");
      continue;
    }
    q.sql(", CAST(").bind(sign).sql(" AS BIGINT) * CAST(").sql(m.sum).sql(" AS BIGINT)");
  }
  q.sql(kFromRows);
  // The placeholder of `where` is this module's own; it is bound here, after the signs.
  const auto at = where.find(":w");
  q.sql(" WHERE (").sql(where.substr(0, at)).bind(value).sql(where.substr(at + 2));
  q.sql(") GROUP BY ").sql(kKey).sql(add_up);
  soci::statement st(s);
  q.execute(st, true);
}

void add_evaluation_to_totals(soci::session& s, long long evaluation_id, long long sign) {
  add_to_totals(s, "e.id = :w", evaluation_id, sign);
}

void add_plan_samples_to_totals(soci::session& s, long long plan_id) {
  constexpr const char* kSampled =
      "e.id IN (SELECT evaluation_id FROM self_evaluation_review_samples WHERE plan_id = :w)";
  add_to_totals(s, kSampled, plan_id, -1, false);
  add_to_totals(s, kSampled, plan_id, 1);
}

namespace {

// Grade deltas kCells cells a statement: one UPDATE joined to a VALUES list, prepared once per
// batch (a statement a cell, or one of many cells, cost the job more in SQLite's parsing than it
// saved). A cell counted is kept already. A last, short group repeats its last cell: a row joined
// twice is updated once, by either (identical) row.
class GradeMover {
 public:
  static constexpr std::size_t kCells = 64;
  explicit GradeMover(soci::session& s) : st_(s) {
    std::string sql = "WITH d (y, r, dep, k, e, g, f, p) AS (VALUES ";
    for (std::size_t k = 0; k < kCells; ++k) {
      const std::string n = std::to_string(k);
      sql += k ? ", (" : "(";
      for (const char* c : {"y", "r", "dep"}) sql += "CAST(:" + (c + n) + " AS BIGINT), ";
      sql += "CAST(:k" + n + " AS TEXT)";
      for (const char* c : {"e", "g", "f", "p"}) sql += ", CAST(:" + (c + n) + " AS BIGINT)";
      sql += ")";
    }
    sql +=
        ") UPDATE self_evaluation_totals SET excellent = self_evaluation_totals.excellent + d.e, "
        "good = self_evaluation_totals.good + d.g, fair = self_evaluation_totals.fair + d.f, "
        "poor = self_evaluation_totals.poor + d.p FROM d WHERE self_evaluation_totals.year = d.y "
        "AND self_evaluation_totals.region_id = d.r AND self_evaluation_totals.department_id = "
        "d.dep AND self_evaluation_totals.kind = d.k";
    for (auto& c : cells_) {
      st_.exchange(soci::use(c.year));
      st_.exchange(soci::use(c.region_id));
      st_.exchange(soci::use(c.department_id));
      st_.exchange(soci::use(c.kind));
      for (auto& n : c.grades) st_.exchange(soci::use(n));
    }
    st_.alloc();
    st_.prepare(sql);
    st_.define_and_bind();
  }
  void add(long long year, long long region_id, long long department_id, const std::string& kind,
           const std::array<long long, kTotalsGrades.size()>& grades) {
    auto& c = cells_[used_++];
    c.year = year;
    c.region_id = region_id;
    c.department_id = department_id;
    c.kind = kind;
    c.grades = grades;
    if (used_ == kCells) flush();
  }
  void flush() {
    if (used_ == 0) return;
    for (std::size_t k = used_; k < kCells; ++k) cells_[k] = cells_[used_ - 1];
    st_.execute(true);
    used_ = 0;
  }

 private:
  struct Cell {
    long long year = 0, region_id = 0, department_id = 0;
    std::string kind;
    std::array<long long, kTotalsGrades.size()> grades{};
  };
  std::array<Cell, kCells> cells_;
  std::size_t used_ = 0;
  soci::statement st_;
};

}  // namespace

void move_grades(soci::session& s, const std::vector<Evaluation>& rows,
                 const std::vector<std::string>& before, const std::vector<char>& written) {
  using Cell = std::tuple<long long, long long, long long, std::string>;
  std::map<Cell, std::array<long long, kTotalsGrades.size()>> moved;
  const auto add = [&](std::array<long long, kTotalsGrades.size()>& grades,
                       const std::string& grade, long long n) {
    for (std::size_t g = 0; g < kTotalsGrades.size(); ++g)
      if (grade == kTotalsGrades[g]) grades[g] += n;
  };
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto& e = rows[k];
    if (!written[k] || before[k] == e.grade) continue;
    auto& grades = moved[{e.year, e.region_id, e.department_id, e.kind}];
    add(grades, before[k], -1);
    add(grades, e.grade, 1);
  }
  if (moved.empty()) return;
  GradeMover mover(s);
  for (const auto& [cell, grades] : moved) {
    const auto& [year, region_id, department_id, kind] = cell;
    mover.add(year, region_id, department_id, kind, grades);
  }
  mover.flush();
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM self_evaluation_totals WHERE year = :y", soci::use(year);
  add_to_totals(s, "e.year = :w", year, 1);
}

std::vector<TotalsRow> totals(soci::session& s, long long year, const auth::DataScope& scope,
                              long long departments_of_region) {
  if (scope.kind == auth::DataScope::Kind::unit)
    return recount(s, year, scope, departments_of_region);
  db::Query q("SELECT t.region_id, ");
  append_department(q, departments_of_region, "t.region_id", "t.department_id");
  q.sql(", t.kind");
  for (const auto& m : measures()) q.sql(", CAST(SUM(t.").sql(m.column).sql(") AS BIGINT)");
  q.sql(" FROM self_evaluation_totals t WHERE t.year = ").bind(year).sql(" AND ");
  auth::append_scope(q, scope, {"t.region_id", "t.department_id", "NULL"});
  q.sql(" GROUP BY 1, 2, 3 HAVING SUM(t.evaluations) <> 0");
  return read_rows(s, q);
}

std::vector<TotalsRow> recount(soci::session& s, long long year, const auth::DataScope& scope,
                               long long departments_of_region) {
  db::Query q("SELECT e.region_id, ");
  append_department(q, departments_of_region, "e.region_id", "e.department_id");
  q.sql(", e.kind");
  for (const auto& m : measures()) q.sql(", CAST(").sql(m.sum).sql(" AS BIGINT)");
  q.sql(kFromRows).sql(" WHERE e.year = ").bind(year).sql(" AND ");
  auth::append_scope(q, scope, {"e.region_id", "e.department_id", "e.unit_id"});
  q.sql(" GROUP BY 1, 2, 3");
  return read_rows(s, q);
}

}  // namespace jixiao::self_evaluation::repo
