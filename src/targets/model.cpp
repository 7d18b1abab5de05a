#include "targets/model.h"

#include "base/keys.h"
#include "targets/workflow.h"

namespace jixiao::targets {
namespace {

constexpr std::array<std::string_view, kKinds.size()> kKindLabels = {"项目支出", "部门整体"};

}  // namespace

std::string_view status_label(std::string_view status) {
  return target_workflow().state_label(status);
}
std::string_view kind_label(std::string_view kind) { return label_of(kKinds, kKindLabels, kind); }

bool is_kind(std::string_view s) { return is_key(kKinds, s); }
bool is_status(std::string_view s) { return target_workflow().is_state(s); }

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace jixiao::targets
