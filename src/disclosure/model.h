// Disclosure (信息公开, GLOSSARY: disclosure): an item due for publication, taken from the stage
// that produced it, published by its region's office as a frozen snapshot, withdrawn with a
// reason and published again (R-DI-1, R-DI-2).
#pragma once

#include <string>
#include <string_view>

namespace jixiao::disclosure {

struct Disclosure {
  long long id = 0;
  std::string kind;  // target | assessment | self_evaluation | key_evaluation
  long long source_id = 0;
  long long project_id = 0;  // 0 when about no project
  long long region_id = 0;
  long long department_id = 0;  // 0 when about no department
  long long unit_id = 0;
  long long year = 0;
  std::string title;
  std::string due;
  std::string status;    // due | published | withdrawn
  std::string snapshot;  // JSON text the public sees
  std::string subject;   // region code/year/project code
  std::string slug;      // subject/kind
  std::string published_at;
  long long published_by = 0;
  std::string withdrawn_at;
  std::string withdrawn_reason;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string region_code;
  std::string region_name;
  std::string department_name;
  std::string unit_name;
};

std::string_view kind_label(std::string_view kind);  // 绩效目标
bool is_kind(std::string_view kind);
std::string_view status_label(std::string_view status);  // 待公开
bool is_status(std::string_view status);

// Not published (due or withdrawn) past its due date on `today`.
inline bool is_overdue(const Disclosure& d, std::string_view today) {
  return d.status != "published" && d.due < today;
}

}  // namespace jixiao::disclosure
