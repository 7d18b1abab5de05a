// SQL of targets, their indicators, lint findings, reviews and review assignments. The caller's
// scope (and, for experts and agencies, their assignments) is a parameter of every read.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "targets/lint.h"
#include "targets/model.h"

namespace jixiao::targets::repo {

// Who is reading: their data scope, or for experts and agencies their assignments.
struct Reader {
  auth::DataScope scope;
  long long reviewer_id = 0;  // > 0: only targets assigned to this user
};

// What waits for one kind of reviewer (a queue): targets in `states`, and in
// `states_without_section` only where no business section is in charge of the department. The
// states come from the workflow table (targets/workflow.h), not from here.
struct Queue {
  std::vector<std::string> states;
  std::vector<std::string> states_without_section;
};

struct TargetFilter {
  std::optional<long long> year;
  std::optional<std::string> kind;
  std::optional<std::string> status;
  std::optional<long long> department_id;
  std::optional<long long> unit_id;
  std::optional<long long> project_id;
  std::optional<std::string> fund_type;
  std::optional<std::string> words;  // project name (bigram-free LIKE: targets are listed per year)
  bool assigned_only = false;        // with Reader::reviewer_id
  // Only what waits in a queue: a department's review, a section's first review or the office's
  // decision (targets/workflow.h).
  std::optional<Queue> queue;
  long long after_id = 0;
  bool descending = false;
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
};

// The target without its indicators (lists), or nullopt when absent or out of reach.
std::optional<Target> find(soci::session& s, long long id, const Reader& reader);
std::vector<Target> list(soci::session& s, const TargetFilter& f, const Reader& reader);
long long count(soci::session& s, const TargetFilter& f, const Reader& reader);
std::vector<Indicator> indicators(soci::session& s, long long target_id);
std::optional<long long> target_of_project(soci::session& s, long long project_id);
std::optional<long long> target_of_department(soci::session& s, long long department_id,
                                              long long year);

long long insert(soci::session& s, const Target& t);
// Writes the content fields and the lint counts; false when the version moved on.
bool update_content(soci::session& s, const Target& t, long long expected_version);
// Moves the status (and review outcome) on; false when the version moved on.
bool update_status(soci::session& s, const Target& t, long long expected_version);
void replace_indicators(soci::session& s, long long target_id, const std::vector<Indicator>& list);
void remove(soci::session& s, long long id);

// target_totals (by year, region, department, kind, the project's fund type and status) is kept
// by insert, update_status and remove. A change of a target's project moves its row too: take
// the target out before (sign -1) and add it back after (sign 1).
void add_to_totals(soci::session& s, long long target_id, long long sign);
// Recounts a year's target_totals: for bulk loads that insert rows directly.
void rebuild_totals(soci::session& s, long long year);

void replace_findings(soci::session& s, long long target_id, const std::vector<Finding>& list);
std::vector<Finding> findings(soci::session& s, long long target_id);

// Other targets of the same unit and year, to catch copying.
std::vector<SiblingTarget> siblings(soci::session& s, long long unit_id, long long year,
                                    long long except_id);

struct Review {
  long long id = 0;
  long long target_id = 0;
  long long reviewer_id = 0;
  std::string reviewer_name;
  std::string stage;          // section | expert | office
  std::string decision;       // pass | return | approve | reject | advise
  std::string scores = "{}";  // JSON object of hundredths by sheet key
  long long total = -1;
  std::string grade;
  long long pass_mark = -1;
  std::string comment;
  std::string created_at;
};
long long insert_review(soci::session& s, const Review& r);
std::vector<Review> reviews(soci::session& s, long long target_id);

struct Batch {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string name;
  long long reviewer_id = 0;
  std::string reviewer_name;
  std::string due_date;
  long long created_by = 0;
  std::string created_at;
  long long target_count = 0;
};
long long insert_batch(soci::session& s, const Batch& b, const std::vector<long long>& target_ids);
std::vector<Batch> batches(soci::session& s, long long region_id, long long year);
bool assigned(soci::session& s, long long target_id, long long reviewer_id);

}  // namespace jixiao::targets::repo
