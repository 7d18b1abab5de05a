#include "assessment/rule_kinds.h"

#include <boost/json.hpp>

#include "assessment/settings.h"
#include "base/error.h"
#include "base/vocabulary.h"

namespace jixiao::assessment {

namespace {

// Each runs after the shape check: the keys are there and numbers have two decimals at most.

void check_sheets(const boost::json::object& params) {
  for (const char* kind : {"project", "policy"})
    check_sheet(sheet_of(params.at(kind).as_array()), std::string("params.") + kind);
}

void check_conclusions(const boost::json::object& params) {
  const auto& conclusions = vocabulary("assessment_conclusion");
  for (const char* grade : {"excellent", "good", "fair", "poor"})
    if (!conclusions.value_of(params.at(std::string(grade) + "_conclusion").as_string()))
      throw invalid("params." + std::string(grade) + "_conclusion",
                    "结论只能是“予以支持”“调整后支持”或“不予支持”");
  const long long trim = rules::hundredths(params.at("trim_at_least"));
  if (trim % 100 != 0 || (trim != 0 && trim < 300))
    throw invalid("params.trim_at_least",
                  "去掉最高分和最低分的评分人数下限应为整数，且至少 3 人（0 为不去掉）");
}

void check_need(const boost::json::object& params) {
  const auto& categories = vocabulary("project_category");
  std::size_t i = 0;
  for (const auto& c : params.at("categories").as_array()) {
    if (!categories.value_of(c.as_string()))
      throw invalid("params.categories[" + std::to_string(i) + "]",
                    "项目类别只能是“新增项目”“延续项目”或“经常性项目”");
    ++i;
  }
}

}  // namespace

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-EA-1", check_sheets);
  kinds.add("R-EA-2", check_conclusions);
  kinds.add("R-EA-3", check_need);
}

}  // namespace jixiao::assessment
