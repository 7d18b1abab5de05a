// SQL of the self-evaluation review: plans, their candidates and samples, and the review's scores
// on the evaluation. The caller's scope is a parameter of every read of plans and samples.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "self_evaluation/review_model.h"

namespace jixiao::self_evaluation::review_repo {

// --- Plans -------------------------------------------------------------------------------------

long long insert_plan(soci::session& s, const ReviewPlan& p);
// A plan whose region lies in the scope (region_tree or region; any other scope finds none).
std::optional<ReviewPlan> find_plan(soci::session& s, long long id, const auth::DataScope& scope);
// The plan of a sample already found in the caller's scope (no scope of its own).
std::optional<ReviewPlan> plan_of_sample(soci::session& s, long long plan_id);
// The plans in the scope, of one year or all, the latest year first.
std::vector<ReviewPlan> plans(soci::session& s, std::optional<long long> year,
                              const auth::DataScope& scope);
// The plan of the year of the region on the path or of a region above it, if any: its sample
// is drawn from the region's evaluations already.
std::optional<ReviewPlan> plan_over(soci::session& s, const std::string& region_path,
                                    long long year);
// Writes the parameters, status, coverage and fixing; false when the version moved on.
bool update_plan(soci::session& s, const ReviewPlan& p, long long expected_version);

// --- Candidates --------------------------------------------------------------------------------

// An evaluation the plan may draw.
struct CandidateRow {
  long long evaluation_id = 0;
  long long project_id = 0;
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  Fen budget_fen = 0;
  bool major = false;  // a project finance marked major (重大项目, assessment_major_projects)
};

// The evaluations of the plan's year in the region tree of `region_path` that no other plan
// sampled, by id.
std::vector<CandidateRow> candidates(soci::session& s, const ReviewPlan& p,
                                     const std::string& region_path);
// Whether the project has an evaluation of the year in the region tree.
bool evaluated_project(soci::session& s, const std::string& region_path, long long year,
                       long long project_id);
// Whether the department is one of the region tree's.
bool department_in(soci::session& s, const std::string& region_path, long long department_id);

// Names for display.
struct Named {
  long long id = 0;
  std::string code;
  std::string name;
  std::string unit_name;        // evaluations: the unit
  std::string department_name;  // evaluations: the department
};
// Evaluations by id: the project's code and name (or the department's name), unit, department.
std::vector<Named> evaluation_names(soci::session& s, const std::vector<long long>& ids);
// Projects (code, name) and departments (name) by id.
std::vector<Named> project_names(soci::session& s, const std::vector<long long>& ids);
std::vector<Named> department_names(soci::session& s, const std::vector<long long>& ids);

// --- Samples -----------------------------------------------------------------------------------

// Who reads samples: those of the scope, and those assigned to the reviewer.
struct SampleReader {
  auth::DataScope scope;  // none for a caller who only reviews
  long long reviewer_id = 0;
};

struct SampleFilter {
  std::optional<long long> plan_id;
  std::optional<long long> reviewer_id;  // only those assigned to this reviewer
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> reason;
  std::optional<bool> assigned;
  std::optional<bool> inflated;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

void insert_samples(soci::session& s, const std::vector<ReviewSample>& samples);
std::optional<ReviewSample> find_sample(soci::session& s, long long id, const SampleReader& reader);
// By id, limit + 1 rows (the extra tells a next page).
std::vector<ReviewSample> samples(soci::session& s, const SampleFilter& f,
                                  const SampleReader& reader);
long long count_samples(soci::session& s, const SampleFilter& f, const SampleReader& reader);
// The sample's reviewer; false when its version moved on.
bool assign(soci::session& s, long long id, long long expected_version, long long reviewer_id,
            long long by, const std::string& at);
// Writes the review's outcome and its status; false when the version moved on.
bool update_sample(soci::session& s, const ReviewSample& x, long long expected_version);
// Where the evaluation lies (region, unit) when the user reviews its sample: its evidence is
// theirs to read.
std::optional<std::pair<long long, long long>> reviewed_by(soci::session& s,
                                                           long long evaluation_id,
                                                           long long user_id);

// Those who wrote the evaluation or its target (the audit log's actors of the writing actions):
// they may not review it.
std::vector<long long> writers(soci::session& s, long long evaluation_id, long long target_id);

// --- The review's scores on the evaluation ------------------------------------------------------

void set_review_score(soci::session& s, long long evaluation_id, long long position,
                      std::optional<long long> score, const std::string& note);
// The evaluation's review total and grade (R-SE-8); false when its version moved on.
bool set_review_total(soci::session& s, long long evaluation_id, long long expected_version,
                      long long total, const std::string& grade, const std::string& at);

}  // namespace jixiao::self_evaluation::review_repo
