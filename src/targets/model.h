// Performance targets (绩效目标): what a project or a department promises to achieve in a year,
// as an overall goal broken down into level-3 indicators (GLOSSARY: target, indicator).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "library/vocabulary.h"

namespace jixiao::targets {

inline constexpr std::array<std::string_view, 2> kKinds = {"project", "department"};
// The indicator vocabulary is the library's (R-IND-2, R-IND-3).
using library::comparator_label;
using library::direction_label;
using library::direction_of;
using library::is_comparator;
using library::is_direction;
using library::is_value_basis;
using library::kComparators;
using library::kDirections;
using library::kValueBases;
using library::value_basis_label;

// The statuses are the states of the target workflow (targets/workflow.h).
std::string_view status_label(std::string_view status);  // "已提交"
std::string_view kind_label(std::string_view kind);      // "项目支出"

bool is_kind(std::string_view s);
bool is_status(std::string_view s);

// One level-3 indicator (三级指标).
struct Indicator {
  std::string category;      // output | benefit | cost | satisfaction
  std::string subcategory;   // quantity | quality | timeliness | economic | ... (R-IND-1)
  std::string name;          // "培训人次"
  std::string comparator;    // one of kComparators
  std::string value;         // as typed: "200", "95", "2026-10-31", "优"
  std::string unit;          // "人次", "%", "万元"; may be empty only when qualitative
  long long weight = 0;      // in hundredths of a point: 1000 is 10 分
  std::string direction;     // higher | lower | empty (from the comparator when not given)
  std::string value_basis;   // one of kValueBases, or empty
  std::string explanation;   // 指标解释
  std::string medium_value;  // 中期指标值 for multi-year projects, as typed
};

// A department's key task (职能-任务-项目): the duty it serves, the money and the projects.
struct Task {
  std::string duty;  // 部门职能
  std::string name;  // 年度主要任务
  Fen amount_fen = 0;
  std::vector<long long> project_ids;
};

// The target as written: what the lint checks and the editor sends (the JSON contract).
struct TargetDraft {
  std::string kind = "project";
  std::optional<long long> project_id;
  std::optional<Fen> amount_fen;  // money the cost indicators are compared with
  std::string overall_goal;       // 年度总体目标
  std::string medium_term_goal;   // 中期目标 (multi-year projects)
  std::string duties;             // 部门职能概述 (department targets)
  std::vector<Task> tasks;        // 年度主要任务 (department targets)
  std::vector<Indicator> indicators;
};

// A stored target.
struct Target {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string kind;
  long long project_id = 0;  // 0 for a department target
  long long unit_id = 0;     // the author's unit (the department itself for department targets)
  long long department_id = 0;
  std::string framework_version;  // R-IND-1: kept from when it was written
  TargetDraft draft;
  std::string status = "draft";
  long long score = -1;           // the deciding review's total in hundredths, -1 before review
  std::string grade;              // excellent | good | fair | poor, empty before review
  bool not_funded = false;        // 不予安排资金: scored under the pass mark (R-TR-2)
  long long indicator_count = 0;  // as stored (lists do not load the indicators)
  long long errors = 0;           // lint findings of severity error when last saved
  long long warnings = 0;
  long long version = 1;
  std::string submitted_at;
  std::string decided_at;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string project_code;
  std::string project_name;
  Fen project_amount_fen = 0;
  std::string fund_type;
  std::string function_class;
  std::string unit_name;
  std::string department_name;
};

// A lint finding (R-IND-*): error blocks submission, warning does not.
enum class Severity { error, warning };
std::string_view severity_name(Severity s);

struct Finding {
  std::string code;  // stable, e.g. "vague_indicator"
  Severity severity = Severity::error;
  std::optional<int> indicator;  // index into indicators, or none for the whole target
  std::string message;           // Chinese: what is wrong and how to fix it
  std::string rule;              // the rule id that produced it, e.g. "R-IND-4"
};

}  // namespace jixiao::targets
