#include "targets/repo_bulk.h"

#include "db/pg_copy.h"

namespace jixiao::targets::repo {

void TargetRows::clear() {
  for (auto* v :
       {&id, &region_id, &year, &project_id, &unit_id, &department_id, &score, &not_funded})
    v->clear();
  for (auto* v :
       {&kind, &framework_version, &overall_goal, &status, &grade, &created_at, &updated_at})
    v->clear();
}

void IndicatorRows::clear() {
  for (auto* v : {&target_id, &position, &weight}) v->clear();
  for (auto* v :
       {&category, &subcategory, &name, &comparator, &value, &unit, &direction, &value_basis})
    v->clear();
}

void insert_bulk(soci::session& s, db::Dialect dialect, TargetRows& r) {
  if (r.size() == 0) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "targets",
                    {"id", "region_id", "year", "kind", "project_id", "unit_id", "department_id",
                     "framework_version", "overall_goal", "status", "score", "grade", "not_funded",
                     "created_at", "updated_at"});
    for (std::size_t k = 0; k < r.size(); ++k)
      copy.row(r.id[k], r.region_id[k], r.year[k], r.kind[k], r.project_id[k], r.unit_id[k],
               r.department_id[k], r.framework_version[k], r.overall_goal[k], r.status[k],
               r.score[k], r.grade[k], r.not_funded[k], r.created_at[k], r.updated_at[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO targets (id, region_id, year, kind, project_id, unit_id, department_id, "
       "framework_version, overall_goal, status, score, grade, not_funded, created_at, "
       "updated_at) VALUES (:id, :r, :y, :k, :p, :u, :d, :f, :g, :s, :sc, :gr, :nf, :ca, :ua)",
      soci::use(r.id), soci::use(r.region_id), soci::use(r.year), soci::use(r.kind),
      soci::use(r.project_id), soci::use(r.unit_id), soci::use(r.department_id),
      soci::use(r.framework_version), soci::use(r.overall_goal), soci::use(r.status),
      soci::use(r.score), soci::use(r.grade), soci::use(r.not_funded), soci::use(r.created_at),
      soci::use(r.updated_at);
}

void insert_indicators_bulk(soci::session& s, db::Dialect dialect, IndicatorRows& r) {
  if (r.size() == 0) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "target_indicators",
                    {"target_id", "position", "category", "subcategory", "name", "comparator",
                     "value", "unit", "weight", "direction", "value_basis"});
    for (std::size_t k = 0; k < r.size(); ++k)
      copy.row(r.target_id[k], r.position[k], r.category[k], r.subcategory[k], r.name[k],
               r.comparator[k], r.value[k], r.unit[k], r.weight[k], r.direction[k],
               r.value_basis[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO target_indicators (target_id, position, category, subcategory, name, "
       "comparator, value, unit, weight, direction, value_basis) VALUES (:t, :p, :c, :s, :n, "
       ":cmp, :v, :u, :w, :d, :b)",
      soci::use(r.target_id), soci::use(r.position), soci::use(r.category),
      soci::use(r.subcategory), soci::use(r.name), soci::use(r.comparator), soci::use(r.value),
      soci::use(r.unit), soci::use(r.weight), soci::use(r.direction), soci::use(r.value_basis);
}

void insert_totals_bulk(soci::session& s, db::Dialect dialect, TargetTotalRows& r) {
  if (r.year.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "target_totals",
                    {"year", "region_id", "department_id", "kind", "fund_type", "cancelled",
                     "status", "targets", "not_funded", "amount_fen", "first_pass"});
    // Targets loaded in bulk were never returned: every one is a first pass.
    for (std::size_t k = 0; k < r.year.size(); ++k)
      copy.row(r.year[k], r.region_id[k], r.department_id[k], r.kind[k], r.fund_type[k],
               r.cancelled[k], r.status[k], r.targets[k], r.not_funded[k], r.amount_fen[k],
               r.targets[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, cancelled, "
       "status, targets, not_funded, amount_fen, first_pass) VALUES (:y, :r, :d, :k, :f, :c, :s, "
       ":t, :nf, :a, :fp)",
      soci::use(r.year), soci::use(r.region_id), soci::use(r.department_id), soci::use(r.kind),
      soci::use(r.fund_type), soci::use(r.cancelled), soci::use(r.status), soci::use(r.targets),
      soci::use(r.not_funded), soci::use(r.amount_fen), soci::use(r.targets);
}

void sync_id_sequence(soci::session& s, db::Dialect dialect) {
  if (dialect != db::Dialect::postgresql) return;  // SQLite numbers past the largest id itself
  s << "SELECT setval(pg_get_serial_sequence('targets', 'id'), "
       "(SELECT COALESCE(MAX(id), 1) FROM targets))";
}

}  // namespace jixiao::targets::repo
