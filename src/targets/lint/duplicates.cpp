// R-LINT-2 [jixiao; seeds report quantity, quality, timeliness and cost indicators "完全一致"]:
// one name in two subcategories is an error, twice in one a warning.
#include <map>

#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::duplicate_indicator, Code::repeated_indicator};

void run(const Subject& s, Findings& out) {
  const auto& indicators = s.target.indicators;
  std::map<std::string, std::vector<std::size_t>> seen;  // name key → earlier indices
  for (std::size_t i = 0; i < s.facts.size(); ++i) {
    const std::string& key = s.facts[i].key;
    if (key.empty()) continue;
    auto& earlier = seen[key];
    const std::string& sub = indicators[i].subcategory;
    std::optional<std::size_t> other_sub;
    std::optional<std::size_t> same_sub;
    for (std::size_t j : earlier) {
      if (indicators[j].subcategory != sub) {
        if (!other_sub) other_sub = j;
      } else if (!same_sub) {
        same_sub = j;
      }
    }
    earlier.push_back(i);
    if (other_sub) {
      out.add(Code::duplicate_indicator, i,
              s.facts[i].who + "与第" + std::to_string(*other_sub + 1) + "项指标相同，却分别列在" +
                  s.subcategory_label(indicators[*other_sub].subcategory) + "和" +
                  s.subcategory_label(sub) +
                  "下。同一指标不应在不同类别中重复填写，请删除重复项，或改写为反映不同内容的指标"
                  "。");
    } else if (same_sub) {
      out.add(Code::repeated_indicator, i,
              s.facts[i].who + "在" + s.subcategory_label(sub) + "中与第" +
                  std::to_string(*same_sub + 1) + "项指标重复。请删除重复项，或合并为一个指标。");
    }
  }
}

}  // namespace

constinit const Check duplicates_check{"duplicates", kEmits, run};

}  // namespace jixiao::targets::checks
