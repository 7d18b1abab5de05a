// The findings ledger (整改台账, GLOSSARY: finding): problems that a stage finds and hands to a
// unit to put right, with what must be done and by when (R-RA-1). Stage-neutral: monitoring
// warnings write to it first, later self-evaluation reviews and key evaluations.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::rectify {

struct Finding {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string source;  // monitoring_warning, ...
  long long source_id = 0;
  long long project_id = 0;  // 0 when it is not about one project
  long long unit_id = 0;
  long long department_id = 0;
  std::string title;
  std::string requirement;    // what must be done
  std::string due;            // ISO date the answer is due by (R-RA-1)
  long long document_id = 0;  // the notice that handed it over, 0 for none
  std::string status;         // open | answered | closed
  std::string answer;         // the unit's measures
  std::string answered_at;
  std::string decision;  // the office's words on closing or reopening
  std::string closed_at;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string unit_name;
  std::string department_name;
  std::string project_code;
  std::string project_name;
  std::string document_number;
};

// What a source hands over (rectify::add_finding).
struct FindingInput {
  long long region_id = 0;
  long long year = 0;
  std::string source;
  long long source_id = 0;
  long long project_id = 0;
  long long unit_id = 0;
  long long department_id = 0;
  std::string title;
  std::string requirement;
  std::string due;
  long long document_id = 0;
  std::string created_at;  // empty: now
};

std::string_view source_label(std::string_view source);  // 监控预警
std::string_view status_label(std::string_view status);  // 待整改
bool is_status(std::string_view s);

// Open past its due date on `today`: overdue.
inline bool is_overdue(const Finding& f, std::string_view today) {
  return f.status == "open" && f.due < today;
}

}  // namespace jixiao::rectify
