// Result application (结果应用, GLOSSARY: budget action): each graded result of a year proposes
// what the next year's budget does with the project (R-RA-2); the budget section or the office
// confirms, changes or waives it; a project above its confirmed limit is a breach.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/money.h"

namespace jixiao::result_application {

struct BudgetAction {
  long long id = 0;
  std::string source;  // self_evaluation | key_evaluation | monitoring | assessment
  long long source_id = 0;
  long long project_id = 0;        // the evaluated project (this year's)
  long long acted_project_id = 0;  // the project acted on; 0 until its successor is linked
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  std::string fund_type;
  long long year = 0;
  Fen base_fen = 0;   // the evaluated project's amount
  Fen cap_fen = 0;    // what a cap keeps to
  std::string grade;  // a grade, a conclusion (R-EA-2) or an outcome (R-MO-5)
  std::string rule_id;
  std::string proposed_kind;
  long long proposed_cut = 0;  // hundredths of a percent
  std::string kind;            // as decided (the proposal until then)
  long long cut = 0;
  std::optional<Fen> limit_fen;
  std::string reason;
  std::string status;  // proposed | confirmed | changed | waived
  long long decided_by = 0;
  std::string decided_at;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Joined for display and for the breach.
  std::string project_code;
  std::string project_name;
  std::string unit_name;
  std::string department_name;
  std::string acted_code;
  std::string acted_name;
  long long acted_year = 0;
  Fen acted_amount_fen = 0;
  std::string acted_status;
  bool breach = false;
};

// 中文 of the codes, from the vocabularies and workflow.
std::string_view kind_label(std::string_view kind);
std::string_view source_label(std::string_view source);
std::string grade_label(std::string_view grade);  // 优 / 不予支持 / 调整预算
bool is_source(std::string_view s);

}  // namespace jixiao::result_application
