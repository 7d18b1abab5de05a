#include "projects/repo_bulk.h"

#include <algorithm>

#include "db/pg_copy.h"

namespace jixiao::projects::repo {

void ProjectRows::add(const Project& p) {
  region_id.push_back(p.region_id);
  year.push_back(p.year);
  code.push_back(p.code);
  name.push_back(p.name);
  unit_id.push_back(p.unit_id);
  department_id.push_back(p.department_id);
  fund_type.push_back(p.fund_type);
  amount_fen.push_back(p.amount_fen);
  function_class.push_back(p.function_class);
  category.push_back(p.category);
  parent_id.push_back(p.parent_id);
  tags.push_back(p.tags);
  status.push_back(p.status);
  created_at.push_back(p.created_at);
  updated_at.push_back(p.updated_at);
}

void ProjectRows::clear() {
  for (auto* v : {&id, &region_id, &year, &unit_id, &department_id, &amount_fen, &parent_id, &tags})
    v->clear();
  for (auto* v :
       {&code, &name, &fund_type, &function_class, &category, &status, &created_at, &updated_at})
    v->clear();
}

namespace {

void copy_rows(soci::session& s, const ProjectRows& r) {
  db::PgCopy copy(
      s, "projects",
      {"id", "region_id", "year", "code", "name", "unit_id", "department_id", "fund_type",
       "amount_fen", "function_class", "category", "tags", "status", "created_at", "updated_at"});
  for (std::size_t k = 0; k < r.size(); ++k) {
    copy.row(r.id[k], r.region_id[k], r.year[k], r.code[k], r.name[k], r.unit_id[k],
             r.department_id[k], r.fund_type[k], r.amount_fen[k], r.function_class[k],
             r.category[k], r.tags[k], r.status[k], r.created_at[k], r.updated_at[k]);
  }
  copy.finish();
}

}  // namespace

void insert_bulk(soci::session& s, db::Dialect dialect, ProjectRows& r) {
  if (r.size() == 0) return;  // SOCI cannot bulk-bind empty vectors
  const bool with_ids = !r.id.empty();
  // COPY for loads (explicit ids, no programs): the only rows PostgreSQL gets in bulk.
  const bool parents = std::ranges::any_of(r.parent_id, [](long long p) { return p != 0; });
  if (with_ids && !parents && dialect == db::Dialect::postgresql) return copy_rows(s, r);
  std::vector<soci::indicator> parent_ind;
  parent_ind.reserve(r.size());
  for (const long long p : r.parent_id) parent_ind.push_back(p ? soci::i_ok : soci::i_null);
  const std::string columns =
      "region_id, year, code, name, unit_id, department_id, fund_type, amount_fen, "
      "function_class, category, parent_id, tags, status, created_at, updated_at";
  const std::string values =
      ":region_id, :year, :code, :name, :unit_id, :department_id, :fund_type, :amount_fen, "
      ":function_class, :category, :parent_id, :tags, :status, :created_at, :updated_at";
  const std::string sql =
      with_ids ? "INSERT INTO projects (id, " + columns + ") VALUES (:id, " + values + ")"
               : "INSERT INTO projects (" + columns + ") VALUES (" + values + ")";
  soci::details::prepare_temp_type prep = s.prepare << sql;
  if (with_ids) prep, soci::use(r.id);
  prep, soci::use(r.region_id), soci::use(r.year), soci::use(r.code), soci::use(r.name),
      soci::use(r.unit_id), soci::use(r.department_id), soci::use(r.fund_type),
      soci::use(r.amount_fen), soci::use(r.function_class), soci::use(r.category),
      soci::use(r.parent_id, parent_ind), soci::use(r.tags), soci::use(r.status),
      soci::use(r.created_at), soci::use(r.updated_at);
  soci::statement st(prep);
  st.execute(true);
}

void insert_totals_bulk(soci::session& s, db::Dialect dialect, ProjectTotalRows& r) {
  if (r.year.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(
        s, "project_totals",
        {"year", "region_id", "department_id", "fund_type", "status", "projects", "amount_fen"});
    for (std::size_t k = 0; k < r.year.size(); ++k)
      copy.row(r.year[k], r.region_id[k], r.department_id[k], r.fund_type[k], r.status[k],
               r.projects[k], r.amount_fen[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO project_totals (year, region_id, department_id, fund_type, status, projects, "
       "amount_fen) VALUES (:y, :r, :d, :f, :s, :c, :a)",
      soci::use(r.year), soci::use(r.region_id), soci::use(r.department_id), soci::use(r.fund_type),
      soci::use(r.status), soci::use(r.projects), soci::use(r.amount_fen);
}

long long max_id(soci::session& s) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM projects", soci::into(id);
  return id;
}

void sync_id_sequence(soci::session& s, db::Dialect dialect) {
  if (dialect != db::Dialect::postgresql) return;  // SQLite numbers past the largest id itself
  s << "SELECT setval(pg_get_serial_sequence('projects', 'id'), "
       "(SELECT COALESCE(MAX(id), 1) FROM projects))";
}

std::vector<Project> year_projects(soci::session& s, long long year) {
  std::vector<Project> out;
  Project p;
  soci::statement st =
      (s.prepare << "SELECT id, region_id, year, unit_id, department_id, function_class, name, "
                    "amount_fen, status FROM projects WHERE status <> 'cancelled' AND year = :y "
                    "ORDER BY id",
       soci::use(year), soci::into(p.id), soci::into(p.region_id), soci::into(p.year),
       soci::into(p.unit_id), soci::into(p.department_id), soci::into(p.function_class),
       soci::into(p.name), soci::into(p.amount_fen), soci::into(p.status));
  st.execute();
  while (st.fetch()) out.push_back(p);
  return out;
}

}  // namespace jixiao::projects::repo
