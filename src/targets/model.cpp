#include "targets/model.h"

#include <algorithm>

namespace jixiao::targets {
namespace {

constexpr std::array<std::string_view, kKinds.size()> kKindLabels = {"项目支出", "部门整体"};
constexpr std::array<std::string_view, kStatuses.size()> kStatusLabels = {
    "草稿", "已提交", "科室已初审", "已退回", "已批复", "未通过", "调整中"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view s) {
  return std::find(keys.begin(), keys.end(), s) != keys.end();
}

// The label beside a key, or empty for an unknown key.
template <std::size_t N>
std::string_view label_of(const std::array<std::string_view, N>& keys,
                          const std::array<std::string_view, N>& labels, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == s) return labels[i];
  return {};
}

}  // namespace

std::string_view status_label(std::string_view status) {
  return label_of(kStatuses, kStatusLabels, status);
}
std::string_view kind_label(std::string_view kind) { return label_of(kKinds, kKindLabels, kind); }

bool is_kind(std::string_view s) { return contains(kKinds, s); }
bool is_status(std::string_view s) { return contains(kStatuses, s); }

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace jixiao::targets
