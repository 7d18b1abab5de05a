// The kinds of official document jixiao issues, with their Chinese names and the parameter of
// R-DOC-1 that holds each kind's number template.
#pragma once

#include <array>
#include <string_view>

namespace jixiao::documents {

struct KindInfo {
  std::string_view key;
  std::string_view label;
  std::string_view number_param;  // the R-DOC-1 parameter with the 文号 template
};

inline constexpr std::array kKinds = {
    KindInfo{"target_approval", "绩效目标批复", "target_approval_number"},
    KindInfo{"target_opinion", "绩效目标审核意见", "target_opinion_number"},
    KindInfo{"warning_notice", "预警纠偏告知函", "warning_notice_number"},
    KindInfo{"rectification_notice", "整改通知书", "rectification_notice_number"},
    KindInfo{"evaluation_result_letter", "评价结果反馈函", "evaluation_result_number"},
    KindInfo{"appraisal_notice", "绩效管理工作考核结果通报", "appraisal_notice_number"},
};

inline const KindInfo* find_kind(std::string_view key) {
  for (const auto& k : kKinds)
    if (k.key == key) return &k;
  return nullptr;
}

}  // namespace jixiao::documents
