// Ex-ante performance assessment (事前绩效评估, GLOSSARY: ex-ante assessment): before a
// project's money enters the budget, the department assesses it on a five-aspect sheet
// (R-EA-1); finance accepts that or assesses it itself with scorers, and concludes (R-EA-2).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"

namespace jixiao::assessment {

// The statuses are the states of the assessment workflow (assessment/workflow.h).
std::string_view status_label(std::string_view status);
bool is_status(std::string_view s);
std::string_view kind_label(std::string_view kind);  // 项目 | 政策
bool is_kind(std::string_view s);
std::string_view level_label(std::string_view level);  // 部门自评估 | 财政重点评估
bool is_level(std::string_view s);
std::string_view conclusion_label(std::string_view conclusion);
bool is_conclusion(std::string_view s);

struct Assessment {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  long long project_id = 0;
  long long unit_id = 0;
  long long department_id = 0;
  std::string kind = "project";  // project | policy
  std::string level = "self";    // self | key
  std::string status;
  Fen amount_fen = 0;         // the project's money as submitted
  long long self_score = -1;  // hundredths; -1 before there is one
  long long key_score = -1;
  long long final_score = -1;
  std::string grade;
  std::string conclusion;
  std::string self_report;        // the department's report and opinion
  std::string opinion;            // finance's opinion (a return, the conclusion's text)
  Fen suggested_amount_fen = -1;  // 建议金额; -1 for none
  std::string suggested_target_changes;
  bool suggestions_accepted = false;
  std::string suggestions_accepted_at;
  long long version = 1;
  std::string submitted_at;
  std::string concluded_at;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string project_code;
  std::string project_name;
  std::string project_category;
  Fen project_amount_fen = 0;
  std::string unit_name;
  std::string department_name;
};

// An item's score in hundredths, by the sheet's item key (aspect.item).
struct ItemScore {
  std::string key;
  long long score = 0;
};

// A scorer assigned to a key assessment, with the sheet they scored.
struct Scorer {
  long long id = 0;
  long long assessment_id = 0;
  long long scorer_id = 0;
  std::string scorer_name;
  std::string scorer_role;  // performance_office | business_section | expert | agency
  long long total = -1;
  std::string opinion;
  std::string submitted_at;  // empty until submitted
  std::string assigned_at;
  std::vector<ItemScore> items;
};

struct MajorMark {
  long long project_id = 0;
  long long marked_by = 0;
  std::string marked_by_name;
  std::string reason;
  std::string marked_at;
};

}  // namespace jixiao::assessment
