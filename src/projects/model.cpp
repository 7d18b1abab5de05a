#include "projects/model.h"

#include <algorithm>

namespace jixiao::projects {
namespace {

template <std::size_t N>
std::string_view label_of(std::string_view key, const std::array<std::string_view, N>& keys,
                          const std::array<std::string_view, N>& labels) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == key) return labels[i];
  return {};
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view s) {
  return std::find(keys.begin(), keys.end(), s) != keys.end();
}

constexpr std::array<std::string_view, 4> kFundTypeLabels = {
    "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"};
constexpr std::array<std::string_view, 3> kCategoryLabels = {"新增项目", "延续项目", "经常性项目"};
constexpr std::array<std::string_view, 6> kStatusLabels = {"草稿",   "已申报", "已批复",
                                                           "执行中", "已完成", "已取消"};
constexpr std::array<std::string_view, 7> kTagLabels = {
    "转移支付", "专项债券", "直达资金", "PPP", "政府采购", "政府购买服务", "乡村振兴"};

}  // namespace

std::string_view fund_type_label(std::string_view s) {
  return label_of(s, kFundTypes, kFundTypeLabels);
}
std::string_view category_label(std::string_view s) {
  return label_of(s, kCategories, kCategoryLabels);
}
std::string_view status_label(std::string_view s) { return label_of(s, kStatuses, kStatusLabels); }
std::string_view tag_label(std::string_view s) { return label_of(s, kTags, kTagLabels); }

namespace {
template <std::size_t N>
std::optional<std::string> key_from_text(std::string_view text,
                                         const std::array<std::string_view, N>& keys,
                                         const std::array<std::string_view, N>& labels) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == text || labels[i] == text) return std::string(keys[i]);
  return std::nullopt;
}
}  // namespace

std::optional<std::string> fund_type_from_text(std::string_view t) {
  return key_from_text(t, kFundTypes, kFundTypeLabels);
}
std::optional<std::string> category_from_text(std::string_view t) {
  return key_from_text(t, kCategories, kCategoryLabels);
}
std::optional<std::string> status_from_text(std::string_view t) {
  return key_from_text(t, kStatuses, kStatusLabels);
}
std::optional<std::string> tag_from_text(std::string_view t) {
  return key_from_text(t, kTags, kTagLabels);
}

bool is_fund_type(std::string_view s) { return contains(kFundTypes, s); }
bool is_category(std::string_view s) { return contains(kCategories, s); }
bool is_status(std::string_view s) { return contains(kStatuses, s); }

std::optional<long long> tags_to_bits(const std::vector<std::string>& tags) {
  long long bits = 0;
  for (const auto& t : tags) {
    auto it = std::find(kTags.begin(), kTags.end(), t);
    if (it == kTags.end()) return std::nullopt;
    bits |= 1LL << (it - kTags.begin());
  }
  return bits;
}

std::vector<std::string> bits_to_tags(long long bits) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kTags.size(); ++i)
    if (bits & (1LL << i)) out.emplace_back(kTags[i]);
  return out;
}

}  // namespace jixiao::projects
