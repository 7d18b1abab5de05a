#include "projects/repo.h"

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::projects {

namespace {

#define JIXIAO_PROJECT_COLUMNS                                                                  \
  "SELECT p.id, p.region_id, p.year, p.code, p.name, p.unit_id, p.department_id, p.fund_type, " \
  "p.amount_fen, p.function_class, p.category, COALESCE(p.parent_id, 0), p.tags, p.status, "    \
  "p.version, p.created_at, p.updated_at, u.name, d.name, r.name FROM "
#define JIXIAO_PROJECT_JOINS                                                  \
  " JOIN units u ON u.id = p.unit_id JOIN units d ON d.id = p.department_id " \
  "JOIN regions r ON r.id = p.region_id "

constexpr const char* kSelect = JIXIAO_PROJECT_COLUMNS "projects p" JIXIAO_PROJECT_JOINS;
// A page picks its ids first and joins the names of those rows only, not of every row sorted.
constexpr const char* kPageSelect = JIXIAO_PROJECT_COLUMNS "(SELECT p.id FROM projects p ";
constexpr const char* kPageJoins = ") k JOIN projects p ON p.id = k.id" JIXIAO_PROJECT_JOINS;
#undef JIXIAO_PROJECT_COLUMNS
#undef JIXIAO_PROJECT_JOINS

constexpr auth::ScopeColumns kScopeColumns{"p.region_id", "p.department_id", "p.unit_id"};

const char* sort_column(SortKey k) {
  switch (k) {
    case SortKey::code:
      return "p.code";
    case SortKey::name:
      return "p.name";
    case SortKey::amount_fen:
      return "p.amount_fen";
    case SortKey::updated_at:
      return "p.updated_at";
    case SortKey::id:
      break;
  }
  return "p.id";
}

// Exchanges the columns of kSelect into p.
void exchange_project(soci::statement& st, Project& p) {
  st.exchange(soci::into(p.id));
  st.exchange(soci::into(p.region_id));
  st.exchange(soci::into(p.year));
  st.exchange(soci::into(p.code));
  st.exchange(soci::into(p.name));
  st.exchange(soci::into(p.unit_id));
  st.exchange(soci::into(p.department_id));
  st.exchange(soci::into(p.fund_type));
  st.exchange(soci::into(p.amount_fen));
  st.exchange(soci::into(p.function_class));
  st.exchange(soci::into(p.category));
  st.exchange(soci::into(p.parent_id));
  st.exchange(soci::into(p.tags));
  st.exchange(soci::into(p.status));
  st.exchange(soci::into(p.version));
  st.exchange(soci::into(p.created_at));
  st.exchange(soci::into(p.updated_at));
  st.exchange(soci::into(p.unit_name));
  st.exchange(soci::into(p.department_name));
  st.exchange(soci::into(p.region_name));
}

std::vector<Project> fetch_projects(soci::session& s, db::Query& q) {
  return db::fetch_all<Project>(s, q, exchange_project);
}

// WHERE conditions shared by a page and its totals (everything but the keyset position); a page
// passes its session to choose the scope's form (auth::append_page_scope).
void append_filters(db::Query& q, const ProjectFilter& f, const auth::DataScope& scope,
                    soci::session* page = nullptr) {
  q.sql("WHERE ");
  // A code names one project per region: the (region_id, year, code) key finds it in each.
  if (page && !f.code)
    auth::append_page_scope(*page, q, scope, kScopeColumns);
  else
    auth::append_scope(q, scope, kScopeColumns);
  if (f.year) q.sql(" AND p.year = ").bind(*f.year);
  if (f.region_id) q.sql(" AND p.region_id = ").bind(*f.region_id);
  if (f.department_id) q.sql(" AND p.department_id = ").bind(*f.department_id);
  if (f.unit_path)
    q.sql(" AND p.unit_id IN (SELECT id FROM units WHERE path LIKE ")
        .bind(*f.unit_path + "%")
        .sql(")");
  if (f.fund_type) q.sql(" AND p.fund_type = ").bind(*f.fund_type);
  if (f.tag_bits) q.sql(" AND (p.tags & ").bind(static_cast<long long>(*f.tag_bits)).sql(") <> 0");
  if (f.status) q.sql(" AND p.status = ").bind(*f.status);
  if (!f.statuses.empty()) {
    q.sql(" AND p.status IN (");
    for (std::size_t i = 0; i < f.statuses.size(); ++i) q.sql(i ? ", " : "").bind(f.statuses[i]);
    q.sql(")");
  }
  if (f.amount_min) q.sql(" AND p.amount_fen >= ").bind(static_cast<long long>(*f.amount_min));
  if (f.amount_max) q.sql(" AND p.amount_fen <= ").bind(static_cast<long long>(*f.amount_max));
  if (f.parent_id) q.sql(" AND p.parent_id = ").bind(*f.parent_id);
  if (f.code) q.sql(" AND p.code = ").bind(*f.code);
  if (f.name_contains && !f.name_contains->empty())
    q.sql(" AND p.name LIKE ").bind("%" + escape_like(*f.name_contains) + "%").sql(" ESCAPE '\\'");
}

// Whether project_totals answers the filter in this scope: it keeps year, region, department,
// fund type and status, but not units (a unit's own projects are few: they are counted live).
bool totals_answer(const ProjectFilter& f, const auth::DataScope& scope) {
  return f.year && scope.kind != auth::DataScope::Kind::unit && !f.unit_path && !f.tag_bits &&
         !f.amount_min && !f.amount_max && !f.parent_id && !f.code &&
         !(f.name_contains && !f.name_contains->empty());
}

// Adds (sign 1) or takes away (sign -1) a project's row from its totals, as stored now.
// The columns of project_totals that a project's own columns fill, key first.
constexpr const char* kTotalsInsert =
    "INSERT INTO project_totals (year, region_id, department_id, fund_type, status, projects, "
    "amount_fen) SELECT year, region_id, department_id, fund_type, status, ";

void add_to_totals(soci::session& s, long long id, long long sign) {
  s << std::string(kTotalsInsert) +
           "CAST(:s AS BIGINT), CAST(:s2 AS BIGINT) * amount_fen FROM projects WHERE id = :id ON "
           "CONFLICT (year, region_id, department_id, fund_type, status) DO UPDATE SET projects = "
           "project_totals.projects + excluded.projects, amount_fen = project_totals.amount_fen + "
           "excluded.amount_fen",
      soci::use(sign), soci::use(sign), soci::use(id);
}

}  // namespace

std::string sort_value(const Project& p, SortKey key) {
  switch (key) {
    case SortKey::code:
      return p.code;
    case SortKey::name:
      return p.name;
    case SortKey::amount_fen:
      return std::to_string(p.amount_fen);
    case SortKey::updated_at:
      return p.updated_at;
    case SortKey::id:
      break;
  }
  return std::to_string(p.id);
}

namespace repo {

std::optional<Project> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kSelect);
  q.sql("WHERE p.id = ").bind(id).sql(" AND ");
  auth::append_scope(q, scope, kScopeColumns);
  return db::fetch_first<Project>(s, q, exchange_project);
}

std::vector<Project> list(soci::session& s, const ProjectFilter& f, const auth::DataScope& scope) {
  db::Query q(kPageSelect);
  append_filters(q, f, scope, &s);
  const char* col = sort_column(f.sort);
  const char* op = f.descending ? " < " : " > ";
  if (f.after_value) {
    // Row-value comparison: both engines walk the (key, id) index from the position.
    q.sql(" AND (").sql(col).sql(", p.id)").sql(op).sql("(");
    if (f.sort == SortKey::id || f.sort == SortKey::amount_fen)
      q.bind(f.after_number);
    else
      q.bind(*f.after_value);
    q.sql(", ").bind(f.after_id).sql(")");
  }
  const char* dir = f.descending ? " DESC" : " ASC";
  auto order_by = [&] {
    q.sql(" ORDER BY ").sql(col).sql(dir);
    if (f.sort != SortKey::id) q.sql(", p.id").sql(dir);
  };
  order_by();
  q.page(f.limit, f.offset);
  q.sql(kPageJoins);
  order_by();
  return fetch_projects(s, q);
}

ProjectTotals totals(soci::session& s, const ProjectFilter& f, const auth::DataScope& scope) {
  db::Query q(totals_answer(f, scope) ? "SELECT CAST(COALESCE(SUM(p.projects), 0) AS BIGINT), "
                                        "CAST(COALESCE(SUM(p.amount_fen), 0) AS BIGINT) FROM "
                                        "project_totals p "
                                      : "SELECT COUNT(*), CAST(COALESCE(SUM(p.amount_fen), 0) AS "
                                        "BIGINT) FROM projects p ");
  append_filters(q, f, scope);
  ProjectTotals t;
  soci::statement st(s);
  st.exchange(soci::into(t.count));
  st.exchange(soci::into(t.amount_fen));
  q.execute(st, true);
  return t;
}

std::vector<ProjectGroup> group_totals(soci::session& s, const ProjectFilter& f,
                                       const auth::DataScope& scope, GroupKey key) {
  const char* column = key == GroupKey::fund_type    ? "p.fund_type"
                       : key == GroupKey::status     ? "p.status"
                       : key == GroupKey::department ? "CAST(p.department_id AS TEXT)"
                       : key == GroupKey::unit       ? "CAST(p.unit_id AS TEXT)"
                                                     : "CAST(p.region_id AS TEXT)";
  const char* label = key == GroupKey::department ? "MAX(d.name)"
                      : key == GroupKey::region   ? "MAX(r.name)"
                      : key == GroupKey::unit     ? "MAX(u.name)"
                                                  : column;
  db::Query q("SELECT ");
  q.sql(column).sql(", ").sql(label);
  // project_totals keeps no units.
  const bool pre = key != GroupKey::unit && totals_answer(f, scope);
  q.sql(pre ? ", CAST(SUM(p.projects) AS BIGINT), CAST(SUM(p.amount_fen) AS BIGINT) FROM "
              "project_totals p "
            : ", COUNT(*), CAST(COALESCE(SUM(p.amount_fen), 0) AS BIGINT) FROM projects p ");
  if (key == GroupKey::department) q.sql("JOIN units d ON d.id = p.department_id ");
  if (key == GroupKey::region) q.sql("JOIN regions r ON r.id = p.region_id ");
  if (key == GroupKey::unit) q.sql("JOIN units u ON u.id = p.unit_id ");
  append_filters(q, f, scope);
  q.sql(" GROUP BY ").sql(column);
  if (pre) q.sql(" HAVING SUM(p.projects) > 0");
  q.sql(" ORDER BY 4 DESC, 1");
  auto groups = db::fetch_all<ProjectGroup>(s, q, [](soci::statement& st, ProjectGroup& g) {
    st.exchange(soci::into(g.key));
    st.exchange(soci::into(g.label));
    st.exchange(soci::into(g.count));
    st.exchange(soci::into(g.amount_fen));
  });
  for (auto& g : groups) {
    if (key == GroupKey::fund_type) g.label = std::string(fund_type_label(g.key));
    if (key == GroupKey::status) g.label = std::string(status_label(g.key));
  }
  return groups;
}

long long insert(soci::session& s, const Project& p) {
  long long id = 0;
  soci::indicator parent_ind = p.parent_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO projects (region_id, year, code, name, unit_id, department_id, fund_type, "
       "amount_fen, function_class, category, parent_id, tags, status, version, created_at, "
       "updated_at) VALUES (:region_id, :year, :code, :name, :unit_id, :department_id, "
       ":fund_type, :amount_fen, :function_class, :category, :parent_id, :tags, :status, 1, "
       ":created_at, :updated_at) RETURNING id",
      soci::use(p.region_id), soci::use(p.year), soci::use(p.code), soci::use(p.name),
      soci::use(p.unit_id), soci::use(p.department_id), soci::use(p.fund_type),
      soci::use(p.amount_fen), soci::use(p.function_class), soci::use(p.category),
      soci::use(p.parent_id, parent_ind), soci::use(p.tags), soci::use(p.status),
      soci::use(p.created_at), soci::use(p.updated_at), soci::into(id);
  add_to_totals(s, id, 1);
  return id;
}

bool update(soci::session& s, const Project& p, long long expected_version) {
  soci::indicator parent_ind = p.parent_id ? soci::i_ok : soci::i_null;
  add_to_totals(s, p.id, -1);
  const bool written =
      db::execute_counting(
          s,
          "UPDATE projects SET region_id = :region_id, code = :code, name = :name, "
          "unit_id = :unit_id, department_id = :department_id, fund_type = :fund_type, "
          "amount_fen = :amount_fen, function_class = :function_class, "
          "category = :category, parent_id = :parent_id, tags = :tags, "
          "status = :status, version = version + 1, updated_at = :updated_at "
          "WHERE id = :id AND version = :version",
          soci::use(p.region_id), soci::use(p.code), soci::use(p.name), soci::use(p.unit_id),
          soci::use(p.department_id), soci::use(p.fund_type), soci::use(p.amount_fen),
          soci::use(p.function_class), soci::use(p.category), soci::use(p.parent_id, parent_ind),
          soci::use(p.tags), soci::use(p.status), soci::use(p.updated_at), soci::use(p.id),
          soci::use(expected_version)) == 1;
  add_to_totals(s, p.id, 1);  // the row as it now is, written or not
  return written;
}

long long child_count(soci::session& s, long long id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM projects WHERE parent_id = :id", soci::into(n), soci::use(id);
  return n;
}

void remove(soci::session& s, long long id) {
  add_to_totals(s, id, -1);
  s << "DELETE FROM projects WHERE id = :id", soci::use(id);
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM project_totals WHERE year = :y", soci::use(year);
  s << std::string(kTotalsInsert) +
           "COUNT(*), SUM(amount_fen) FROM projects WHERE year = :y GROUP BY year, region_id, "
           "department_id, fund_type, status",
      soci::use(year);
}

bool code_taken(soci::session& s, long long region_id, long long year, const std::string& code,
                long long except_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM projects WHERE region_id = :r AND year = :y AND code = :c AND id <> "
       ":id",
      soci::into(n), soci::use(region_id), soci::use(year), soci::use(code), soci::use(except_id);
  return n > 0;
}

}  // namespace repo
}  // namespace jixiao::projects
