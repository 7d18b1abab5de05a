// `jixiao bench-data`: a deterministic province for measurement — one province, 16 prefectures
// of 8 counties each, their bureaus, departments, units and accounts of every role, and N projects
// each with a target of 8–12 indicators drawn from the shipped library (a minority of them poor,
// as the seeds describe, so that the lint has work).
#pragma once

#include <cstdint>
#include <string>

#include "db/database.h"

namespace jixiao::cli {

struct BenchDataOptions {
  long long projects = 10'000;  // N: projects (and targets) of the year
  std::uint64_t seed = 1;       // the same seed gives the same database
  long long year = 2026;
  int batch = 5'000;  // rows per bulk statement
};

struct BenchDataResult {
  long long regions = 0, units = 0, users = 0, projects = 0, targets = 0, indicators = 0,
            budget_reviews = 0, assessments = 0, major_projects = 0;
  long long executions = 0, monitoring_reports = 0, monitoring_answers = 0;
  long long checkpoint_id = 0;  // the open checkpoint of the province (31 May)
  long long self_evaluations = 0, review_samples = 0, reviewed = 0, inflated = 0;
  double seconds = 0;                  // generating and storing everything
  double project_seconds = 0;          // projects, targets and indicators only
  double assessment_seconds = 0;       // ex-ante assessments, their scorers and totals
  double monitoring_seconds = 0;       // spending series, checkpoints, reports and answers
  double self_evaluation_seconds = 0;  // the year's self-evaluations, the review and findings
};

// Fills a migrated, empty database. Throws when it already holds regions.
BenchDataResult create_bench_data(db::Database& db, const BenchDataOptions& options);

// A closed year beside the generated one (`jixiao bench-self-evaluation`): N projects of `year`,
// drawn as create_bench_data draws them for the departments and units the database holds, every
// one completed with an approved target. Ids follow every project's and target's.
struct ClosedYearResult {
  long long projects = 0, indicators = 0;
  long long first_id = 0;  // of the year's projects (and their targets)
};
ClosedYearResult insert_bench_closed_year(db::Database& db, long long year, long long projects,
                                          std::uint64_t seed, int batch);

// The password of every generated account.
inline constexpr const char* kBenchPassword = "Bench@2026";

}  // namespace jixiao::cli
