// SQL of the office's batch lint (`jixiao lint-all`, targets/batch): the year's targets read a
// range of units at a time with their indicators, and their findings and counts written in bulk.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "db/database.h"
#include "targets/model.h"

namespace jixiao::targets::repo {

// The distinct units, and regions, of the year's targets, in order.
std::vector<long long> unit_ids_of_year(soci::session& s, long long year);
std::vector<long long> region_ids_of_year(soci::session& s, long long year);

// The year's targets of units [first_unit, last_unit] in (unit, id) order, with what the lint
// reads: id, version, unit, region, framework version, project name, and a draft of the kind,
// the goal, the indicators in order and the money (the project's, else the target's own).
struct UnitTargets {
  std::vector<Target> targets;
  long long indicators = 0;
};
UnitTargets targets_of_units(soci::session& s, long long year, long long first_unit,
                             long long last_unit);

// id → version of the year's targets of units [first_unit, last_unit] as stored now.
std::map<long long, long long> versions_of_units(soci::session& s, long long year,
                                                 long long first_unit, long long last_unit);

// Findings of many targets, column by column (SOCI binds vectors by address).
struct FindingRows {
  std::vector<long long> target, position, indicator;  // indicator -1: the whole target
  std::vector<std::string> code, severity, message, rule;

  void add(long long target_id, long long pos, const Finding& f);
  std::size_t size() const { return target.size(); }
};

// Removes the findings of the year's targets of units [first_unit, last_unit].
void delete_findings_of_units(soci::session& s, long long year, long long first_unit,
                              long long last_unit);
void delete_findings(soci::session& s, std::vector<long long>& target_ids);
void insert_findings_bulk(soci::session& s, db::Dialect dialect, FindingRows& rows);
// Stores each target's counts of errors and warnings (the vectors run in parallel).
void update_lint_counts(soci::session& s, db::Dialect dialect, std::vector<long long>& ids,
                        std::vector<long long>& errors, std::vector<long long>& warnings);

}  // namespace jixiao::targets::repo
