#include "targets/model.h"

#include "targets/workflow.h"

namespace jixiao::targets {
std::string_view status_label(std::string_view status) {
  return target_workflow().state_label(status);
}
const Vocabulary& kinds() { return vocabulary("target_kind"); }
std::string_view kind_label(std::string_view kind) { return kinds().label(kind); }

bool is_kind(std::string_view s) { return kinds().contains(s); }
bool is_status(std::string_view s) { return target_workflow().is_state(s); }

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace jixiao::targets
