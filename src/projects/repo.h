// SQL for projects. Every query takes the caller's scope; lists are keyset-paginated.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "projects/model.h"

namespace jixiao::projects {

enum class SortKey { id, code, name, amount_fen, updated_at };

struct ProjectFilter {
  std::optional<long long> year;
  std::optional<long long> region_id;      // that region's own level
  std::optional<long long> unit_id;        // the unit and everything below it (the service
  std::optional<std::string> unit_path;    // checks it and sets unit_path from it)
  std::optional<long long> department_id;  // one department's projects
  std::optional<std::string> fund_type;
  std::optional<long long> tag_bits;  // any of these tags
  std::optional<std::string> status;
  // Only what waits for the caller's decision (GET /api/v1/projects?queue=review): the service
  // sets `statuses` to the workflow's states of that queue and reads in the caller's write scope.
  bool review_queue = false;
  std::vector<std::string> statuses;  // any of these
  std::optional<Fen> amount_min;
  std::optional<Fen> amount_max;
  std::optional<std::string> name_contains;
  std::optional<std::string> code;  // exactly this code
  std::optional<long long> parent_id;
  SortKey sort = SortKey::id;
  bool descending = false;
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
  // Keyset position after which the page starts: the sort value of the last row and its id.
  std::optional<std::string> after_value;
  long long after_number = 0;  // after_value as a number, for the sorts by id and money
  long long after_id = 0;
};

struct ProjectTotals {
  long long count = 0;
  Fen amount_fen = 0;
};

// Totals of the filtered projects per fund type, department, status, region or unit, largest
// amount first.
enum class GroupKey { fund_type, department, status, region, unit };
struct ProjectGroup {
  std::string key;    // the fund type or status code, or the department's, region's or unit's id
  std::string label;  // Chinese label, or the department's, region's or unit's name
  long long count = 0;
  Fen amount_fen = 0;
};

namespace repo {

std::optional<Project> find(soci::session& s, long long id, const auth::DataScope& scope);
// One page; returns up to filter.limit + 1 rows so the caller knows whether more follow.
std::vector<Project> list(soci::session& s, const ProjectFilter& f, const auth::DataScope& scope);
// Totals come from project_totals (kept by insert, update and remove) when it can answer the
// filter, and from the projects themselves otherwise.
ProjectTotals totals(soci::session& s, const ProjectFilter& f, const auth::DataScope& scope);
std::vector<ProjectGroup> group_totals(soci::session& s, const ProjectFilter& f,
                                       const auth::DataScope& scope, GroupKey key);
long long insert(soci::session& s, const Project& p);
// Writes p if its stored version is still expected_version; false when it is not.
bool update(soci::session& s, const Project& p, long long expected_version);
// Sub-projects of a project (they keep it from being deleted).
long long child_count(soci::session& s, long long id);
void remove(soci::session& s, long long id);
// Recounts a year's project_totals from its projects: for bulk loads that insert rows directly.
void rebuild_totals(soci::session& s, long long year);
bool code_taken(soci::session& s, long long region_id, long long year, const std::string& code,
                long long except_id);

}  // namespace repo

// The value a row has for the sort key, as stored in a cursor.
std::string sort_value(const Project& p, SortKey key);

}  // namespace jixiao::projects
