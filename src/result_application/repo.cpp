#include "result_application/repo.h"

#include <map>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::result_application::repo {

namespace {

constexpr const char* kColumns =
    "SELECT a.id, a.source, a.source_id, a.project_id, COALESCE(a.acted_project_id, 0), "
    "a.region_id, a.department_id, a.unit_id, a.fund_type, a.year, a.base_fen, a.cap_fen, "
    "a.grade, a.rule_id, a.proposed_kind, a.proposed_cut, a.kind, a.cut, "
    "COALESCE(a.limit_fen, -1), a.reason, a.status, COALESCE(a.decided_by, 0), "
    "COALESCE(a.decided_at, ''), a.version, a.created_at, a.updated_at, p.code, p.name, u.name, "
    "d.name, COALESCE(n.code, ''), COALESCE(n.name, ''), COALESCE(n.year, 0), "
    "COALESCE(n.amount_fen, 0), COALESCE(n.status, '') FROM budget_actions a "
    "JOIN projects p ON p.id = a.project_id JOIN units u ON u.id = a.unit_id "
    "JOIN units d ON d.id = a.department_id LEFT JOIN projects n ON n.id = a.acted_project_id";

// A decided action whose project acted on is above its limit, or stands after a cancel (R-RA-2).
constexpr const char* kBreach =
    "(a.status IN ('confirmed', 'changed') AND n.id IS NOT NULL AND ((a.kind = 'cancel' AND "
    "n.status <> 'cancelled') OR (a.kind IN ('cap', 'cut') AND n.amount_fen > a.limit_fen)))";

struct Row {
  BudgetAction a;
  long long limit = -1;
};

void bind_row(soci::statement& st, Row& r) {
  auto& a = r.a;
  st.exchange(soci::into(a.id));
  st.exchange(soci::into(a.source));
  st.exchange(soci::into(a.source_id));
  st.exchange(soci::into(a.project_id));
  st.exchange(soci::into(a.acted_project_id));
  st.exchange(soci::into(a.region_id));
  st.exchange(soci::into(a.department_id));
  st.exchange(soci::into(a.unit_id));
  st.exchange(soci::into(a.fund_type));
  st.exchange(soci::into(a.year));
  st.exchange(soci::into(a.base_fen));
  st.exchange(soci::into(a.cap_fen));
  st.exchange(soci::into(a.grade));
  st.exchange(soci::into(a.rule_id));
  st.exchange(soci::into(a.proposed_kind));
  st.exchange(soci::into(a.proposed_cut));
  st.exchange(soci::into(a.kind));
  st.exchange(soci::into(a.cut));
  st.exchange(soci::into(r.limit));
  st.exchange(soci::into(a.reason));
  st.exchange(soci::into(a.status));
  st.exchange(soci::into(a.decided_by));
  st.exchange(soci::into(a.decided_at));
  st.exchange(soci::into(a.version));
  st.exchange(soci::into(a.created_at));
  st.exchange(soci::into(a.updated_at));
  st.exchange(soci::into(a.project_code));
  st.exchange(soci::into(a.project_name));
  st.exchange(soci::into(a.unit_name));
  st.exchange(soci::into(a.department_name));
  st.exchange(soci::into(a.acted_code));
  st.exchange(soci::into(a.acted_name));
  st.exchange(soci::into(a.acted_year));
  st.exchange(soci::into(a.acted_amount_fen));
  st.exchange(soci::into(a.acted_status));
}

std::vector<BudgetAction> fetch(soci::session& s, db::Query& q) {
  std::vector<BudgetAction> out;
  for (auto& r : db::fetch_all<Row>(s, q, bind_row)) {
    r.a.limit_fen = r.limit >= 0 ? std::optional<Fen>(r.limit) : std::nullopt;
    r.a.breach = (r.a.status == "confirmed" || r.a.status == "changed") && r.a.acted_project_id &&
                 breached(r.a.kind, r.a.limit_fen, r.a.acted_amount_fen, r.a.acted_status);
    out.push_back(std::move(r.a));
  }
  return out;
}

constexpr auth::ScopeColumns kScopeColumns{"a.region_id", "a.department_id", "a.unit_id"};

void append_filter(db::Query& q, const Filter& f, const auth::DataScope& scope) {
  q.sql(" WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  if (f.year) q.sql(" AND a.year = ").bind(*f.year);
  if (f.status) q.sql(" AND a.status = ").bind(*f.status);
  if (f.kind) q.sql(" AND a.kind = ").bind(*f.kind);
  if (f.source) q.sql(" AND a.source = ").bind(*f.source);
  if (f.department_id) q.sql(" AND a.department_id = ").bind(*f.department_id);
  if (f.unit_id) q.sql(" AND a.unit_id = ").bind(*f.unit_id);
  if (f.project_id)
    q.sql(" AND (a.project_id = ")
        .bind(*f.project_id)
        .sql(" OR a.acted_project_id = ")
        .bind(*f.project_id)
        .sql(")");
  if (f.breach) q.sql(" AND ").sql(kBreach);
}

// The project of the year after that continues p (its successor), if linked.
constexpr const char* kSuccessor =
    "(SELECT MIN(l.project_id) FROM project_links l WHERE l.predecessor_id = p.id)";

struct Source {
  const char* name;
  const char* from;  // FROM … WHERE, with e the result and p its project, ending in AND
  const char* key;
  const char* cap;
  const char* acted;
};

constexpr Source kSources[] = {
    // R-SE-8: the grade is the reviewed score's where a review exists (kept on the evaluation).
    {"self_evaluation",
     " FROM self_evaluations e JOIN projects p ON p.id = e.project_id WHERE e.status = "
     "'accepted' AND e.kind = 'project' AND e.grade <> '' AND ",
     "e.grade", "p.amount_fen", kSuccessor},
    {"key_evaluation",
     " FROM key_evaluations e JOIN projects p ON p.id = e.project_id WHERE e.status IN "
     "('finalised', 'results_sent') AND e.grade IS NOT NULL AND e.grade <> '' AND ",
     "e.grade", "p.amount_fen", kSuccessor},
    // R-MO-5: a budget adjusted or money recovered caps next year at the amount after it.
    {"monitoring",
     " FROM monitoring_outcomes e JOIN projects p ON p.id = e.project_id WHERE e.kind IN "
     "('adjust_budget', 'recover') AND ",
     "e.kind", "e.after_fen", kSuccessor},
    // R-EA-2: the conclusion acts on the assessed project itself, a cap at the suggested amount.
    {"assessment",
     " FROM assessments e JOIN projects p ON p.id = e.project_id WHERE e.status = 'concluded' "
     "AND e.conclusion <> '' AND ",
     "e.conclusion", "COALESCE(e.suggested_amount_fen, p.amount_fen)", "p.id"},
};

long long run(soci::session& s, db::Query& q) {
  soci::statement st(s);
  q.execute(st, true);
  return st.get_affected_rows();
}

long long propose_source(soci::session& s, const Source& src, long long region_id, long long year,
                         const Bands& bands, const std::string& now) {
  std::vector<std::pair<std::string, std::string>> keys;  // key → kind
  for (const auto& [key, kind] : bands.kinds)
    if (kind != "none") keys.emplace_back(key, kind);
  if (keys.empty()) return 0;
  db::Query q(
      "INSERT INTO budget_actions (source, source_id, project_id, acted_project_id, region_id, "
      "department_id, unit_id, fund_type, year, base_fen, cap_fen, grade, rule_id, proposed_kind, "
      "proposed_cut, kind, cut, limit_fen, status, version, created_at, updated_at) SELECT ");
  q.sql("CAST(").bind(std::string(src.name)).sql(" AS TEXT), e.id, p.id, ").sql(src.acted);
  q.sql(", p.region_id, p.department_id, p.unit_id, p.fund_type, e.year, p.amount_fen, ");
  q.sql(src.cap).sql(", ").sql(src.key).sql(", 'R-RA-2', ");
  auto kind_case = [&] {
    q.sql("CAST(CASE ").sql(src.key);
    for (const auto& [key, kind] : keys) q.sql(" WHEN ").bind(key).sql(" THEN ").bind(kind);
    q.sql(" END AS TEXT)");
  };
  auto cut_case = [&] {
    q.sql("CAST(CASE ").sql(src.key);
    for (const auto& [key, kind] : keys)
      q.sql(" WHEN ").bind(key).sql(" THEN ").bind(kind == "cut" ? bands.cut : 0LL);
    q.sql(" END AS BIGINT)");
  };
  kind_case();
  q.sql(", ");
  cut_case();
  q.sql(", ");
  kind_case();
  q.sql(", ");
  cut_case();
  // The limit as rules::limit_of computes it: down to the fen for a cut.
  q.sql(", CASE ").sql(src.key);
  for (const auto& [key, kind] : keys) {
    q.sql(" WHEN ").bind(key).sql(" THEN ");
    if (kind == "cap")
      q.sql(src.cap);
    else if (kind == "cut")
      q.sql("(p.amount_fen * (10000 - ").bind(bands.cut).sql(")) / 10000");
    else if (kind == "cancel")
      q.sql("0");
    else
      q.sql("NULL");
  }
  q.sql(" END, 'proposed', 1, ").bind(now).sql(", ").bind(now);
  q.sql(src.from).sql("e.year = ").bind(year).sql(" AND e.region_id = ").bind(region_id);
  q.sql(" AND ").sql(src.key).sql(" IN (");
  for (std::size_t i = 0; i < keys.size(); ++i) q.sql(i ? ", " : "").bind(keys[i].first);
  q.sql(") AND NOT EXISTS (SELECT 1 FROM budget_actions b WHERE b.source = ")
      .bind(std::string(src.name))
      .sql(" AND b.source_id = e.id)");
  return run(s, q);
}

// The name less a leading "YYYY年" (a recurring project renamed each year).
std::string stripped(const char* alias) {
  const std::string a(alias);
  return "CASE WHEN SUBSTR(" + a + ".name, 5, 1) = '年' THEN SUBSTR(" + a + ".name, 6) ELSE " + a +
         ".name END";
}

void append_name_match(db::Query& q, const std::string& region_path, long long year) {
  q.sql(" FROM projects n JOIN projects p ON p.unit_id = n.unit_id AND p.year = ")
      .bind(year - 1)
      .sql(" AND ")
      .sql(stripped("p"))
      .sql(" = ")
      .sql(stripped("n"))
      .sql(" JOIN units u ON u.id = n.unit_id WHERE n.year = ")
      .bind(year)
      .sql(" AND n.category IN ('continuing', 'recurring') AND n.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(") AND NOT EXISTS (SELECT 1 FROM project_links l WHERE l.project_id = n.id)");
}

}  // namespace

std::optional<BudgetAction> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, {}, scope);
  q.sql(" AND a.id = ").bind(id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<BudgetAction> list(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, f, scope);
  if (f.after_id > 0) q.sql(" AND a.id > ").bind(f.after_id);
  q.sql(" ORDER BY a.id").page(f.limit, f.offset);
  return fetch(s, q);
}

long long count(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(f.breach ? "SELECT COUNT(*) FROM budget_actions a LEFT JOIN projects n ON n.id = "
                         "a.acted_project_id"
                       : "SELECT COUNT(*) FROM budget_actions a");
  append_filter(q, f, scope);
  return q.scalar(s);
}

bool update(soci::session& s, const BudgetAction& a, long long expected_version) {
  long long limit = a.limit_fen.value_or(0);
  soci::indicator limit_ind = a.limit_fen ? soci::i_ok : soci::i_null;
  long long by = a.decided_by;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  const std::string at = a.decided_at;
  soci::indicator at_ind = at.empty() ? soci::i_null : soci::i_ok;
  return db::execute_counting(
             s,
             "UPDATE budget_actions SET status = :st, kind = :k, cut = :c, limit_fen = :l, "
             "reason = :r, decided_by = :b, decided_at = :da, updated_at = :up, version = "
             "version + 1 WHERE id = :id AND version = :v",
             soci::use(a.status), soci::use(a.kind), soci::use(a.cut), soci::use(limit, limit_ind),
             soci::use(a.reason), soci::use(by, by_ind), soci::use(at, at_ind),
             soci::use(a.updated_at), soci::use(a.id), soci::use(expected_version)) == 1;
}

std::vector<long long> regions_under(soci::session& s, const std::string& path) {
  db::Query q;
  auth::append_regions_under(q, path);
  q.sql(" ORDER BY path");
  std::vector<long long> out;
  long long id = 0;
  soci::statement st(s);
  st.exchange(soci::into(id));
  q.execute(st);
  while (st.fetch()) out.push_back(id);
  return out;
}

Proposed propose(soci::session& s, long long region_id, long long year, const Bands& bands,
                 const std::string& now) {
  Proposed out;
  out.self_evaluation = propose_source(s, kSources[0], region_id, year, bands, now);
  out.key_evaluation = propose_source(s, kSources[1], region_id, year, bands, now);
  out.monitoring = propose_source(s, kSources[2], region_id, year, bands, now);
  out.assessment = propose_source(s, kSources[3], region_id, year, bands, now);
  return out;
}

long long pick_up_successors(soci::session& s, const std::string& region_path,
                             const std::string& now) {
  db::Query q(
      "UPDATE budget_actions SET acted_project_id = (SELECT MIN(l.project_id) FROM project_links "
      "l WHERE l.predecessor_id = budget_actions.project_id), updated_at = ");
  q.bind(now).sql(
      " WHERE acted_project_id IS NULL AND source <> 'assessment' AND EXISTS (SELECT 1 FROM "
      "project_links l WHERE l.predecessor_id = budget_actions.project_id) AND region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(")");
  return run(s, q);
}

long long link_by_code(soci::session& s, const std::string& region_path, long long year,
                       long long user_id, const std::string& now) {
  db::Query q(
      "INSERT INTO project_links (project_id, predecessor_id, how, linked_by, linked_at) SELECT "
      "n.id, p.id, 'code', ");
  q.bind(user_id).sql(", ").bind(now);
  q.sql(
       " FROM projects n JOIN projects p ON p.region_id = n.region_id AND p.code = n.code AND "
       "p.year = ")
      .bind(year - 1)
      .sql(" WHERE n.year = ")
      .bind(year)
      .sql(" AND n.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(") AND NOT EXISTS (SELECT 1 FROM project_links l WHERE l.project_id = n.id)");
  return run(s, q);
}

long long link_by_name(soci::session& s, const std::string& region_path, long long year,
                       long long user_id, const std::string& now) {
  db::Query q(
      "INSERT INTO project_links (project_id, predecessor_id, how, linked_by, linked_at) SELECT "
      "n.id, MIN(p.id), 'name', ");
  q.bind(user_id).sql(", ").bind(now);
  append_name_match(q, region_path, year);
  q.sql(" GROUP BY n.id");
  return run(s, q);
}

void link_by_hand(soci::session& s, long long project_id, long long predecessor_id,
                  long long user_id, const std::string& now) {
  // A project continues one predecessor, and a predecessor continues into one project.
  s << "DELETE FROM project_links WHERE project_id = :p OR predecessor_id = :q",
      soci::use(project_id), soci::use(predecessor_id);
  s << "INSERT INTO project_links (project_id, predecessor_id, how, linked_by, linked_at) VALUES "
       "(:p, :q, 'hand', :u, :t)",
      soci::use(project_id), soci::use(predecessor_id), soci::use(user_id), soci::use(now);
  // The actions that followed the old links follow the new one (pick_up_successors).
  s << "UPDATE budget_actions SET acted_project_id = NULL WHERE source <> 'assessment' AND "
       "(acted_project_id = :p OR project_id = :q)",
      soci::use(project_id), soci::use(predecessor_id);
}

std::vector<Suggestion> suggestions(soci::session& s, const std::string& region_path,
                                    long long year, int limit) {
  db::Query q(
      "SELECT n.id, n.code, n.name, n.amount_fen, MIN(p.id), MIN(p.code), MIN(p.name), "
      "MIN(p.amount_fen), u.name");
  append_name_match(q, region_path, year);
  q.sql(" GROUP BY n.id, n.code, n.name, n.amount_fen, u.name ORDER BY n.id LIMIT ")
      .bind(static_cast<long long>(limit));
  return db::fetch_all<Suggestion>(s, q, [](soci::statement& st, Suggestion& r) {
    st.exchange(soci::into(r.project_id));
    st.exchange(soci::into(r.project_code));
    st.exchange(soci::into(r.project_name));
    st.exchange(soci::into(r.amount_fen));
    st.exchange(soci::into(r.predecessor_id));
    st.exchange(soci::into(r.predecessor_code));
    st.exchange(soci::into(r.predecessor_name));
    st.exchange(soci::into(r.predecessor_amount_fen));
    st.exchange(soci::into(r.unit_name));
  });
}

std::optional<Link> link_of(soci::session& s, long long project_id) {
  db::Query q(
      "SELECT l.project_id, l.predecessor_id, l.how, l.linked_at, p.code, p.name, p.year FROM "
      "project_links l JOIN projects p ON p.id = l.predecessor_id WHERE l.project_id = ");
  q.bind(project_id);
  return db::fetch_first<Link>(s, q, [](soci::statement& st, Link& r) {
    st.exchange(soci::into(r.project_id));
    st.exchange(soci::into(r.predecessor_id));
    st.exchange(soci::into(r.how));
    st.exchange(soci::into(r.linked_at));
    st.exchange(soci::into(r.predecessor_code));
    st.exchange(soci::into(r.predecessor_name));
    st.exchange(soci::into(r.predecessor_year));
  });
}

namespace {

void bind_group(soci::statement& st, Group& g) {
  st.exchange(soci::into(g.department_id));
  st.exchange(soci::into(g.department_name));
  st.exchange(soci::into(g.fund_type));
  st.exchange(soci::into(g.key));
  st.exchange(soci::into(g.count));
  st.exchange(soci::into(g.base_fen));
  st.exchange(soci::into(g.moved_fen));
}

}  // namespace

std::vector<Group> result_groups(soci::session& s, long long year, long long cut,
                                 const auth::DataScope& scope) {
  // Each source's results as (project, key), summed per department, fund type and key; a cut's
  // money is rounded per project as its limit is.
  db::Query q(
      "SELECT p.department_id, d.name, p.fund_type, r.k, COUNT(*), SUM(p.amount_fen), "
      "SUM(p.amount_fen - (p.amount_fen * (10000 - ");
  q.bind(cut).sql(")) / 10000) FROM (");
  for (std::size_t i = 0; i < std::size(kSources); ++i) {
    const auto& src = kSources[i];
    if (i) q.sql(" UNION ALL ");
    q.sql("SELECT p.id AS pid, ").sql(src.key).sql(" AS k").sql(src.from);
    q.sql("e.year = ").bind(year);
  }
  q.sql(") r JOIN projects p ON p.id = r.pid JOIN units d ON d.id = p.department_id WHERE ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", "p.unit_id"});
  q.sql(
      " GROUP BY p.department_id, d.name, p.fund_type, r.k ORDER BY p.department_id, "
      "p.fund_type, r.k");
  return db::fetch_all<Group>(s, q, bind_group);
}

std::vector<Group> decided_groups(soci::session& s, long long year, const auth::DataScope& scope) {
  db::Query q(
      "SELECT a.department_id, d.name, a.fund_type, a.kind, COUNT(*), SUM(a.base_fen), "
      "SUM(CASE WHEN a.kind IN ('cut', 'cancel') THEN a.base_fen - a.limit_fen ELSE 0 END) "
      "FROM budget_actions a JOIN units d ON d.id = a.department_id");
  Filter f;
  f.year = year;
  append_filter(q, f, scope);
  q.sql(
      " AND a.status IN ('confirmed', 'changed') GROUP BY a.department_id, d.name, "
      "a.fund_type, a.kind ORDER BY a.department_id, a.fund_type, a.kind");
  return db::fetch_all<Group>(s, q, bind_group);
}

StatusCounts status_counts(soci::session& s, long long year, const auth::DataScope& scope) {
  db::Query q("SELECT a.status, COUNT(*) FROM budget_actions a");
  Filter f;
  f.year = year;
  append_filter(q, f, scope);
  q.sql(" GROUP BY a.status");
  StatusCounts out;
  std::string status;
  long long n = 0;
  soci::statement st(s);
  st.exchange(soci::into(status));
  st.exchange(soci::into(n));
  q.execute(st);
  while (st.fetch()) {
    if (status == "proposed") out.proposed = n;
    if (status == "confirmed") out.confirmed = n;
    if (status == "changed") out.changed = n;
    if (status == "waived") out.waived = n;
  }
  f.breach = true;
  out.breaches = count(s, f, scope);
  return out;
}

std::vector<BudgetAction> decided_on(soci::session& s, long long project_id) {
  db::Query q(kColumns);
  q.sql(" WHERE a.acted_project_id = ")
      .bind(project_id)
      .sql(" AND a.status IN ('confirmed', 'changed') ORDER BY a.id");
  return fetch(s, q);
}

std::vector<long long> of_project(soci::session& s, long long project_id) {
  db::Query q("SELECT id FROM budget_actions WHERE project_id = ");
  q.bind(project_id).sql(" OR acted_project_id = ").bind(project_id).sql(" ORDER BY id");
  std::vector<long long> out;
  long long id = 0;
  soci::statement st(s);
  st.exchange(soci::into(id));
  q.execute(st);
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace jixiao::result_application::repo
