// The spot-check review of self-evaluations (自评复核抽查, GLOSSARY: self-evaluation review):
// a region's office plans a sample of its region tree's evaluations of a year (R-RV-1), reviewers
// re-score each one beside the self and computed scores, and a self score inflated beyond the
// review (R-RV-2) becomes a finding with a rectification notice (整改通知书).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/money.h"
#include "self_evaluation/sampling.h"
#include "self_evaluation/signals.h"

namespace jixiao::self_evaluation {

// A region's plan for a year: draft while the office sets it, fixed once drawn.
struct ReviewPlan {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string status;        // the self_evaluation_review_plan workflow's state: draft | fixed
  SamplingParams params;     // R-RV-1 as set, with the seed and the chosen key projects/departments
  bool key_projects = true;  // projects finance marked major (重大项目) count as key
  SignalParams signals;      // R-RV-1's signals as used
  long long inflated_points = 1000;  // R-RV-2's threshold as used, hundredths
  long long answer_days = 30;        // R-RA-1: days to answer the notice
  // What the fixed draw covered (0 while a draft).
  long long candidates = 0;
  Fen candidate_fen = 0;
  long long sampled = 0;
  Fen sampled_fen = 0;
  std::string summary;  // JSON: the draw's summary by reason (review_json.h)
  long long created_by = 0;
  std::string created_at;
  long long fixed_by = 0;
  std::string fixed_at;
  std::string updated_at;
  long long version = 1;
  // Joined for display.
  std::string region_name;
  std::string created_by_name;
  std::string fixed_by_name;
};

// One sampled evaluation and its review.
struct ReviewSample {
  long long id = 0;
  long long plan_id = 0;
  long long evaluation_id = 0;
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  long long project_id = 0;  // 0 for a department-overall evaluation
  long long year = 0;
  Fen budget_fen = 0;
  std::string reason;    // threshold | key_project | key_department | random (sampling.h)
  long long weight = 1;  // the draw's weight when fixed
  std::string signals;   // JSON: the signals when fixed (review_json.h)
  long long reviewer_id = 0;
  long long assigned_by = 0;
  std::string assigned_at;
  std::string status;  // the self_evaluation_review workflow's state: pending | reviewed
  std::optional<long long> review_total;
  bool inflated = false;
  std::string inflation_detail;  // R-RV-2's words, with the numbers
  long long finding_id = 0;
  long long document_id = 0;
  long long completed_by = 0;
  std::string completed_at;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  long long target_id = 0;  // the evaluation's target
  std::string code;         // the project's code, "" for a department
  std::string name;         // the project's name, or the department's
  std::string unit_name;
  std::string department_name;
  std::string region_name;
  std::string reviewer_name;
  std::string evaluation_status;
  long long computed_total = 0;
  std::optional<long long> self_total;
  std::string document_number;
};

}  // namespace jixiao::self_evaluation
