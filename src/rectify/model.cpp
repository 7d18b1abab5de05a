#include "rectify/model.h"

namespace jixiao::rectify {

std::string_view source_label(std::string_view source) {
  if (source == "monitoring_warning") return "监控预警";
  if (source == "self_evaluation_review") return "自评复核";
  if (source == "key_evaluation") return "重点评价";
  return source;
}

std::string_view status_label(std::string_view status) {
  if (status == "open") return "待整改";
  if (status == "answered") return "已反馈";
  if (status == "closed") return "已销号";
  return status;
}

bool is_status(std::string_view s) { return s == "open" || s == "answered" || s == "closed"; }

}  // namespace jixiao::rectify
