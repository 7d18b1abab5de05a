#include "disclosure/model.h"

namespace jixiao::disclosure {

std::string_view kind_label(std::string_view kind) {
  if (kind == "target") return "绩效目标";
  if (kind == "assessment") return "事前绩效评估";
  if (kind == "self_evaluation") return "绩效自评";
  if (kind == "key_evaluation") return "重点评价";
  return kind;
}

bool is_kind(std::string_view k) {
  return k == "target" || k == "assessment" || k == "self_evaluation" || k == "key_evaluation";
}

std::string_view status_label(std::string_view status) {
  if (status == "due") return "待公开";
  if (status == "published") return "已公开";
  if (status == "withdrawn") return "已撤回";
  return status;
}

bool is_status(std::string_view s) { return s == "due" || s == "published" || s == "withdrawn"; }

}  // namespace jixiao::disclosure
