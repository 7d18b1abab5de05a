#include "targets/model.h"

#include "targets/workflow.h"

namespace jixiao::targets {
std::string_view status_label(std::string_view status) {
  return target_workflow().state_label(status);
}
// Each vocabulary is looked up once: labels are read for every row of a list.
const Vocabulary& kinds() {
  static const Vocabulary& v = vocabulary("target_kind");
  return v;
}
std::string_view kind_label(std::string_view kind) { return kinds().label(kind); }

bool is_kind(std::string_view s) { return kinds().contains(s); }
bool is_status(std::string_view s) { return target_workflow().is_state(s); }

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace jixiao::targets
