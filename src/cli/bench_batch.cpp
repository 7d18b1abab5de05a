#include "cli/bench_batch.h"

#include "db/pg_copy.h"

namespace jixiao::cli {

void BenchBatch::clear() {
  for (auto* v : {&ids, &regions, &units, &departments, &amounts, &tags, &scores, &not_funded,
                  &target, &position, &weight})
    v->clear();
  for (auto* v : {&codes, &names, &funds, &classes, &categories, &goals, &target_status, &grades,
                  &category, &subcategory, &name, &comparator, &value, &unit, &direction, &basis})
    v->clear();
}

namespace {

void copy_batch(soci::session& s, const BenchBatch& b, long long year, const std::string& at) {
  db::PgCopy p(
      s, "projects",
      {"id", "region_id", "year", "code", "name", "unit_id", "department_id", "fund_type",
       "amount_fen", "function_class", "category", "tags", "status", "created_at", "updated_at"});
  for (std::size_t k = 0; k < b.ids.size(); ++k)
    p.row(b.ids[k], b.regions[k], year, b.codes[k], b.names[k], b.units[k], b.departments[k],
          b.funds[k], b.amounts[k], b.classes[k], b.categories[k], b.tags[k], "approved", at, at);
  p.finish();
  db::PgCopy t(s, "targets",
               {"id", "region_id", "year", "kind", "project_id", "unit_id", "department_id",
                "framework_version", "overall_goal", "status", "score", "grade", "not_funded",
                "created_at", "updated_at"});
  for (std::size_t k = 0; k < b.ids.size(); ++k)
    t.row(b.ids[k], b.regions[k], year, "project", b.ids[k], b.units[k], b.departments[k], "2021",
          b.goals[k], b.target_status[k], b.scores[k], b.grades[k], b.not_funded[k], at, at);
  t.finish();
  db::PgCopy i(s, "target_indicators",
               {"target_id", "position", "category", "subcategory", "name", "comparator", "value",
                "unit", "weight", "direction", "value_basis"});
  for (std::size_t k = 0; k < b.target.size(); ++k)
    i.row(b.target[k], b.position[k], b.category[k], b.subcategory[k], b.name[k], b.comparator[k],
          b.value[k], b.unit[k], b.weight[k], b.direction[k], b.basis[k]);
  i.finish();
}

void insert_batch(soci::session& s, BenchBatch& m, long long year, const std::string& at) {
  std::vector<long long> years(m.ids.size(), year);
  std::vector<std::string> ats(m.ids.size(), at);
  s << "INSERT INTO projects (id, region_id, year, code, name, unit_id, department_id, "
       "fund_type, amount_fen, function_class, category, tags, status, created_at, "
       "updated_at) VALUES (:id, :r, :y, :c, :n, :u, :d, :f, :a, :fc, :cat, :t, 'approved', "
       ":ca, :ua)",
      soci::use(m.ids), soci::use(m.regions), soci::use(years), soci::use(m.codes),
      soci::use(m.names), soci::use(m.units), soci::use(m.departments), soci::use(m.funds),
      soci::use(m.amounts), soci::use(m.classes), soci::use(m.categories), soci::use(m.tags),
      soci::use(ats), soci::use(ats);
  s << "INSERT INTO targets (id, region_id, year, kind, project_id, unit_id, department_id, "
       "framework_version, overall_goal, status, score, grade, not_funded, created_at, "
       "updated_at) VALUES (:id, :r, :y, 'project', :p, :u, :d, '2021', :g, :s, :sc, :gr, "
       ":nf, :ca, :ua)",
      soci::use(m.ids), soci::use(m.regions), soci::use(years), soci::use(m.ids),
      soci::use(m.units), soci::use(m.departments), soci::use(m.goals), soci::use(m.target_status),
      soci::use(m.scores), soci::use(m.grades), soci::use(m.not_funded), soci::use(ats),
      soci::use(ats);
  if (m.target.empty()) return;
  s << "INSERT INTO target_indicators (target_id, position, category, subcategory, name, "
       "comparator, value, unit, weight, direction, value_basis) VALUES (:t, :p, :c, :s, :n, "
       ":cmp, :v, :u, :w, :d, :b)",
      soci::use(m.target), soci::use(m.position), soci::use(m.category), soci::use(m.subcategory),
      soci::use(m.name), soci::use(m.comparator), soci::use(m.value), soci::use(m.unit),
      soci::use(m.weight), soci::use(m.direction), soci::use(m.basis);
}

}  // namespace

void store(soci::session& s, db::Dialect dialect, BenchBatch& b, long long year,
           const std::string& at) {
  if (b.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql)
    copy_batch(s, b, year, at);
  else
    insert_batch(s, b, year, at);
}

}  // namespace jixiao::cli
