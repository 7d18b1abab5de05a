// A key evaluation (财政重点评价): a subject of a region's plan for a year and, once commissioned
// or started, its evaluation through data/workflows/key_evaluation.json.
#pragma once

#include <optional>
#include <string>

#include "auth/model.h"

namespace jixiao::key_evaluation {

struct KeyEvaluation {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  long long year = 0;  // the fiscal year whose money is evaluated
  std::string kind;    // vocabulary key_evaluation_kind
  std::string name;
  std::string scope;  // 评价范围, free text
  // The subject: 0 where the kind has none (see 0023_key_evaluation.sql).
  long long project_id = 0;
  std::string project_code;
  long long department_id = 0;
  std::string department_name;
  long long unit_id = 0;
  std::string unit_name;
  long long subject_region_id = 0;
  std::string subject_region_name;
  std::string fund_type;  // vocabulary fund_type
  long long budget_fen = 0;
  std::string due;          // YYYY-MM-DD
  std::string mode;         // agency | finance
  long long agency_id = 0;  // 0 until commissioned
  std::string agency_name;
  long long contract_fee_fen = 0;  // -1 for a reader who may not know it
  std::string status;              // the workflow's state
  // -1 until known: the report's quality (R-KE-4) and the fee it makes payable, the evaluation's
  // score (R-KE-1), hundredths and fen; grade empty until finalised.
  long long quality_score = -1;
  bool reworked = false;
  long long fee_payable_fen = -1;
  long long score = -1;
  std::string grade;
  // When the final report was accepted and the results sent (R-RA-1), empty until then; the
  // results letter (评价结果反馈函), 0 until sent.
  std::string finalised_at, results_sent_at;
  long long results_document_id = 0;
  long long created_by = 0;
  std::string created_by_name;
  long long version = 1;
  std::string created_at, updated_at;
};

// Who reads which key evaluations:
//  - finance (office, sections, admin) and viewers: the subjects of their read scope's regions
//    (a section: its departments'), planned or not;
//  - a department or unit: its own subjects once commissioned or started (the plan is finance's);
//  - an agency's account: its agency's commissions; an expert: what it is assigned to.
struct EvaluationReader {
  auth::DataScope scope;  // kind none for agencies and experts
  bool plan_visible = true;
  // The contract fee, the report's quality and the fee it makes payable are between finance and
  // the agency: the evaluated department and unit read them as unknown (-1).
  bool fees_visible = true;
  long long agency_id = 0;  // > 0: only this agency's commissions
  long long expert_id = 0;  // > 0: only evaluations this expert is assigned to
};

struct EvaluationFilter {
  std::optional<long long> year;
  std::optional<long long> region_id;
  std::optional<std::string> kind, status, mode, fund_type, text;
  std::optional<long long> agency_id, project_id, department_id;
  // What waits for one actor of the workflow (evaluation_queue.h): agency | expert | office.
  std::optional<std::string> queue;
  int limit = 50;
  long long offset = 0;
};

}  // namespace jixiao::key_evaluation
