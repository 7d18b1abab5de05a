#include "targets/repo_batch.h"

#include "db/pg_copy.h"

namespace jixiao::targets::repo {
namespace {

// The distinct values of a column of the year's targets, in order, fetched in large batches.
std::vector<long long> distinct_of_year(soci::session& s, const char* column, long long year) {
  std::vector<long long> ids(100'000);
  std::vector<long long> all;
  soci::statement st =
      (s.prepare << "SELECT DISTINCT " << column << " FROM targets WHERE year = :y ORDER BY 1",
       soci::use(year), soci::into(ids));
  st.execute();
  while (st.fetch()) {
    all.insert(all.end(), ids.begin(), ids.end());
    ids.resize(100'000);
  }
  return all;
}

}  // namespace

std::vector<long long> unit_ids_of_year(soci::session& s, long long year) {
  return distinct_of_year(s, "unit_id", year);
}

std::vector<long long> region_ids_of_year(soci::session& s, long long year) {
  return distinct_of_year(s, "region_id", year);
}

UnitTargets targets_of_units(soci::session& s, long long year, long long first_unit,
                             long long last_unit) {
  // One row per indicator, with its target's columns repeated (a target without any: one row,
  // its indicator columns empty and its position null).
  struct Row {
    long long target_id = 0, version = 0, unit_id = 0, region_id = 0, amount = -1;
    std::string kind, framework, goal, project_name;
    std::string category, subcategory, name, comparator, value, unit;
    long long weight = 0, position = -1;
    std::string direction;
    soci::indicator position_ind = soci::i_null;
  } r;
  soci::statement st =
      (s.prepare << "SELECT t.id, t.version, t.unit_id, t.region_id, COALESCE(p.amount_fen, "
                    "t.amount_fen, -1), t.kind, t.framework_version, t.overall_goal, "
                    "COALESCE(p.name, ''), COALESCE(i.category, ''), COALESCE(i.subcategory, ''), "
                    "COALESCE(i.name, ''), COALESCE(i.comparator, ''), COALESCE(i.value, ''), "
                    "COALESCE(i.unit, ''), COALESCE(i.weight, 0), i.position, "
                    "COALESCE(i.direction, '') FROM targets t LEFT JOIN "
                    "projects p ON p.id = t.project_id LEFT JOIN target_indicators i ON "
                    "i.target_id = t.id WHERE t.year = :y AND t.unit_id BETWEEN :a AND :b ORDER "
                    "BY t.unit_id, t.id, i.position",
       soci::use(year), soci::use(first_unit), soci::use(last_unit), soci::into(r.target_id),
       soci::into(r.version), soci::into(r.unit_id), soci::into(r.region_id), soci::into(r.amount),
       soci::into(r.kind), soci::into(r.framework), soci::into(r.goal), soci::into(r.project_name),
       soci::into(r.category), soci::into(r.subcategory), soci::into(r.name),
       soci::into(r.comparator), soci::into(r.value), soci::into(r.unit), soci::into(r.weight),
       soci::into(r.position, r.position_ind), soci::into(r.direction));
  st.execute();
  UnitTargets out;
  auto& targets = out.targets;
  while (st.fetch()) {
    if (targets.empty() || targets.back().id != r.target_id) {
      Target t;
      t.id = r.target_id;
      t.version = r.version;
      t.year = year;
      t.unit_id = r.unit_id;
      t.region_id = r.region_id;
      t.kind = r.kind;
      t.framework_version = r.framework;
      t.project_name = r.project_name;
      t.draft.kind = r.kind;
      t.draft.overall_goal = r.goal;
      if (r.amount >= 0) t.draft.amount_fen = r.amount;
      targets.push_back(std::move(t));
    }
    if (r.position_ind == soci::i_ok) {
      Indicator i;
      i.category = r.category;
      i.subcategory = r.subcategory;
      i.name = r.name;
      i.comparator = r.comparator;
      i.value = r.value;
      i.unit = r.unit;
      i.weight = r.weight;
      i.direction = r.direction;
      targets.back().draft.indicators.push_back(std::move(i));
      ++out.indicators;
    }
  }
  return out;
}

std::map<long long, long long> versions_of_units(soci::session& s, long long year,
                                                 long long first_unit, long long last_unit) {
  std::map<long long, long long> out;
  long long id = 0, version = 0;
  soci::statement st = (s.prepare << "SELECT id, version FROM targets WHERE year = :y AND "
                                     "unit_id BETWEEN :a AND :b",
                        soci::use(year), soci::use(first_unit), soci::use(last_unit),
                        soci::into(id), soci::into(version));
  st.execute();
  while (st.fetch()) out[id] = version;
  return out;
}

void FindingRows::add(long long target_id, long long pos, const Finding& f) {
  target.push_back(target_id);
  position.push_back(pos);
  indicator.push_back(f.indicator ? *f.indicator : -1);
  code.push_back(f.code);
  severity.push_back(std::string(severity_name(f.severity)));
  message.push_back(f.message);
  rule.push_back(f.rule);
}

void delete_findings_of_units(soci::session& s, long long year, long long first_unit,
                              long long last_unit) {
  s << "DELETE FROM target_findings WHERE target_id IN (SELECT id FROM targets WHERE year = :y "
       "AND unit_id BETWEEN :a AND :b)",
      soci::use(year), soci::use(first_unit), soci::use(last_unit);
}

void delete_findings(soci::session& s, std::vector<long long>& target_ids) {
  if (target_ids.empty()) return;  // SOCI cannot bulk-bind empty vectors
  s << "DELETE FROM target_findings WHERE target_id = :id", soci::use(target_ids);
}

void insert_findings_bulk(soci::session& s, db::Dialect dialect, FindingRows& rows) {
  if (rows.target.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    // SOCI runs a vector bind row by row on PostgreSQL: COPY streams them in one command.
    db::PgCopy copy(s, "target_findings",
                    {"target_id", "position", "code", "severity", "indicator", "message", "rule"});
    for (std::size_t k = 0; k < rows.size(); ++k)
      copy.row(rows.target[k], rows.position[k], rows.code[k], rows.severity[k], rows.indicator[k],
               rows.message[k], rows.rule[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO target_findings (target_id, position, code, severity, indicator, message, "
       "rule) VALUES (:t, :p, :c, :s, :i, :m, :r)",
      soci::use(rows.target), soci::use(rows.position), soci::use(rows.code),
      soci::use(rows.severity), soci::use(rows.indicator), soci::use(rows.message),
      soci::use(rows.rule);
}

void update_lint_counts(soci::session& s, db::Dialect dialect, std::vector<long long>& ids,
                        std::vector<long long>& errors, std::vector<long long>& warnings) {
  if (ids.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    // One UPDATE joined with the counts rather than one per target (SOCI's vector bind). Most
    // targets keep the counts they have (0 and 0 on a first run, the same on a rerun): only the
    // rows that change are written, which spares PostgreSQL a new version of every row.
    s << "CREATE TEMP TABLE lint_counts (id BIGINT PRIMARY KEY, errors BIGINT NOT NULL, "
         "warnings BIGINT NOT NULL) ON COMMIT DROP";
    db::PgCopy copy(s, "lint_counts", {"id", "errors", "warnings"});
    for (std::size_t k = 0; k < ids.size(); ++k) copy.row(ids[k], errors[k], warnings[k]);
    copy.finish();
    s << "UPDATE targets t SET errors = c.errors, warnings = c.warnings FROM lint_counts c WHERE "
         "t.id = c.id AND (t.errors <> c.errors OR t.warnings <> c.warnings)";
    return;
  }
  s << "UPDATE targets SET errors = :e, warnings = :w WHERE id = :id", soci::use(errors),
      soci::use(warnings), soci::use(ids);
}

}  // namespace jixiao::targets::repo
