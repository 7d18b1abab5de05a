#include "targets/model.h"

#include "base/keys.h"

namespace jixiao::targets {
namespace {

constexpr std::array<std::string_view, kKinds.size()> kKindLabels = {"项目支出", "部门整体"};
constexpr std::array<std::string_view, kStatuses.size()> kStatusLabels = {
    "草稿", "已提交", "科室已初审", "已退回", "已批复", "未通过", "调整中"};

}  // namespace

std::string_view status_label(std::string_view status) {
  return label_of(kStatuses, kStatusLabels, status);
}
std::string_view kind_label(std::string_view kind) { return label_of(kKinds, kKindLabels, kind); }

bool is_kind(std::string_view s) { return is_key(kKinds, s); }
bool is_status(std::string_view s) { return is_key(kStatuses, s); }

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace jixiao::targets
