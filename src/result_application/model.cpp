#include "result_application/model.h"

#include "base/vocabulary.h"

namespace jixiao::result_application {

std::string_view kind_label(std::string_view kind) {
  return vocabulary("budget_action_kind").label(kind);
}

std::string_view source_label(std::string_view source) {
  return vocabulary("budget_action_source").label(source);
}

bool is_source(std::string_view s) { return vocabulary("budget_action_source").contains(s); }

std::string grade_label(std::string_view grade) {
  for (const char* v : {"grade", "assessment_conclusion", "monitoring_outcome"}) {
    const auto label = vocabulary(v).label(grade);
    if (!label.empty()) return std::string(label);
  }
  return std::string(grade);
}

}  // namespace jixiao::result_application
