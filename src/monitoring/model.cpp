#include "monitoring/model.h"

#include "base/vocabulary.h"
#include "monitoring/workflow.h"

namespace jixiao::monitoring {

std::string_view checkpoint_status_label(std::string_view status) {
  return vocabulary("checkpoint_status").label(status);
}

std::string_view report_status_label(std::string_view status) {
  return report_workflow().state_label(status);
}

bool is_report_status(std::string_view s) { return report_workflow().is_state(s); }

bool is_colour(std::string_view s) { return vocabulary("warning_colour").contains(s); }

bool is_missing(std::string_view status, const std::string& due, const std::string& today) {
  return (status == "pending" || status == "returned") && today > due;
}

bool is_outcome_kind(std::string_view s) { return vocabulary("monitoring_outcome").contains(s); }

std::string_view outcome_label(std::string_view kind) {
  return vocabulary("monitoring_outcome").label(kind);
}

}  // namespace jixiao::monitoring
