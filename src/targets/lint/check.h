// What the lint's checks share: the target with the facts of each indicator worked out once, the
// findings being collected, and the list of checks in the order they run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "targets/lint.h"
#include "targets/lint/codes.h"
#include "targets/value.h"

namespace jixiao::targets::checks {

// What the checks need to know about one indicator.
struct Facts {
  bool known = false;  // the framework allows its category/subcategory
  ParsedValue value;
  std::string who;  // "第2项指标“培训合格率”"
  std::string key;  // name_key(name)
  // R-IND-4: the first vague phrase in its name or value when the value measures nothing (not a
  // number or a date), else empty.
  std::string vague;
  bool qualitative = false;
  bool rate = false;  // percent unit, or a value written with %
  bool output = false;
  bool benefit = false;
  bool cost = false;
  bool satisfaction = false;
  bool timeliness = false;
};

// The target being checked, with its context.
class Subject {
 public:
  Subject(const TargetDraft& target, const LintContext& context);

  const TargetDraft& target;
  const LintContext& context;
  const library::Framework& framework;
  const LintParams& params;
  const std::vector<Facts> facts;  // one per indicator

  // A label for a category or subcategory key: this version's, the latest version's, the key.
  std::string category_label(std::string_view key) const;
  std::string subcategory_label(std::string_view key) const;
  // True when some indicator has the flag.
  bool any(bool Facts::*flag) const;
};

class Findings;

struct Check {
  std::string_view name;
  std::span<const Code> codes;  // every code it can emit
  void (*run)(const Subject&, Findings&);
};

// Collects findings; a code the running check did not declare, or a severity its row does not
// allow, is a programming error.
class Findings {
 public:
  void start(const Check& check) { check_ = &check; }
  // With the severity of the code's row.
  void add(Code code, std::optional<std::size_t> indicator, std::string message);
  // With the severity the check chose, for a code whose severity varies.
  void add(Code code, Severity severity, std::optional<std::size_t> indicator, std::string message);
  std::vector<Finding> take() { return std::move(list_); }

 private:
  const Check* check_ = nullptr;
  std::vector<Finding> list_;
};

// Every check, in the order they run (the order of findings of one severity and indicator).
std::span<const Check* const> all_checks();

// The checks, one a file.
extern const Check goal_check;            // goal.cpp
extern const Check categories_check;      // categories.cpp
extern const Check fields_check;          // fields.cpp
extern const Check value_kind_check;      // value_kind.cpp
extern const Check wording_check;         // wording.cpp
extern const Check rates_check;           // rates.cpp
extern const Check direction_check;       // direction.cpp
extern const Check duplicates_check;      // duplicates.cpp
extern const Check cost_total_check;      // cost_total.cpp
extern const Check goal_breakdown_check;  // goal_breakdown.cpp
extern const Check copies_check;          // copies.cpp
extern const Check crowding_check;        // crowding.cpp
extern const Check weights_check;         // weights.cpp
extern const Check department_check;      // department.cpp

// Text shared by the messages.
std::string quoted(std::string_view s);  // “s”
std::string joined(const std::vector<std::string>& parts, std::string_view sep);
std::string scaled_text(std::int64_t v);  // a number scaled by 10^4 as a person writes it: "80.5"

// R-IND-1: the level-2 keys of cost, wherever a framework version places them (2015: under
// output).
bool is_cost_subcategory(std::string_view sub);

}  // namespace jixiao::targets::checks
