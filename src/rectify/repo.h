// SQL of the findings ledger. The caller's scope is a parameter of every read.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "rectify/model.h"
#include "rectify/rules.h"

namespace jixiao::rectify::repo {

struct Filter {
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> source;
  std::optional<long long> unit_id;
  std::optional<long long> department_id;
  std::optional<long long> project_id;
  std::optional<long long> document_id;
  std::optional<std::string> overdue_on;  // open and due before this day
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

long long insert(soci::session& s, const Finding& f);
std::optional<Finding> find(soci::session& s, long long id, const auth::DataScope& scope);
// By id, newest first.
std::vector<Finding> list(soci::session& s, const Filter& f, const auth::DataScope& scope);
long long count(soci::session& s, const Filter& f, const auth::DataScope& scope);
// Writes status, answer, decision and their dates, and moves the version on; false when it
// moved on already.
bool update(soci::session& s, const Finding& f, long long expected_version);
// Whether the source's item has a finding already.
bool handed_over(soci::session& s, const std::string& source, long long source_id);
// The findings of a project, for its timeline.
std::vector<long long> of_project(soci::session& s, long long project_id);

// R-RA-1 counts of the year's findings in the scope, in all and per department.
struct DepartmentCounts {
  long long department_id = 0;
  std::string department_name;
  long long total = 0;
  long long answered = 0;
  RateCounts counts;
};
struct Counts {
  long long total = 0;
  long long open = 0;
  long long answered = 0;
  RateCounts counts;
  std::vector<DepartmentCounts> departments;
};
Counts statistics(soci::session& s, long long year, const std::string& today,
                  const auth::DataScope& scope);

}  // namespace jixiao::rectify::repo
