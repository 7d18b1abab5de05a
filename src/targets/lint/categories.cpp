// R-IND-1 [practice; 财预〔2021〕101号]: every level-1 category of the framework has an indicator,
// and output has its quantity, quality and timeliness.
#include <array>
#include <string>
#include <vector>

#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::category_missing, Code::output_subcategory_missing};

// The labels of a category's subcategories in this version, cost left out ("数量指标、…").
std::string subcategory_list(const Subject& s, std::string_view category) {
  std::vector<std::string> labels;
  if (const auto* cat = s.framework.category(category)) {
    for (const auto& sub : cat->subcategories)
      if (!is_cost_subcategory(sub.key)) labels.push_back(sub.label);
  }
  return joined(labels, "、");
}

bool any_in(const Subject& s, std::string_view subcategory) {
  for (std::size_t i = 0; i < s.facts.size(); ++i)
    if (s.facts[i].known && s.target.indicators[i].subcategory == subcategory) return true;
  return false;
}

void run(const Subject& s, Findings& out) {
  const auto& f = s.framework;
  // One finding per missing level-1 category.
  if (f.category("output") && !s.any(&Facts::output)) {
    out.add(Code::category_missing, Severity::error, std::nullopt,
            "缺少" + s.category_label("output") + "。请增加反映项目提供的产品和服务的指标（" +
                subcategory_list(s, "output") + "）。");
  }
  if (f.category("benefit") && !s.any(&Facts::benefit)) {
    out.add(Code::category_missing, Severity::error, std::nullopt,
            "缺少" + s.category_label("benefit") + "。请增加项目实施后产生的效果指标（" +
                subcategory_list(s, "benefit") + "）。");
  }
  // Cost: its own category in 2021, a subcategory of output in 2015.
  if (const std::string home = f.category_of("economic_cost");
      !home.empty() && !s.any(&Facts::cost)) {
    std::string message;
    if (home == "cost") {
      message = "缺少" + s.category_label("cost") + "。请增加成本控制目标（" +
                joined({s.subcategory_label("economic_cost"), s.subcategory_label("social_cost"),
                        s.subcategory_label("ecological_cost")},
                       "、") +
                "），如“人均培训成本 ≤ 800 元/人”。";
    } else {
      message = "缺少" + s.subcategory_label("economic_cost") + "。请在" + s.category_label(home) +
                "下增加成本控制目标，如“人均培训成本 ≤ 800 元/人”。";
    }
    out.add(Code::category_missing, Severity::error, std::nullopt, std::move(message));
  }
  if (f.category("satisfaction") && !s.any(&Facts::satisfaction)) {
    // Not every project has people it serves: a warning.
    out.add(Code::category_missing, Severity::warning, std::nullopt,
            "缺少" + s.category_label("satisfaction") +
                "。项目有服务对象的，请增加服务对象满意度指标，如“受益群众满意度 ≥ 90%”。");
  }

  // The output subcategories, once there is output at all.
  if (!s.any(&Facts::output)) return;
  struct Wanted {
    std::string_view key;
    Severity severity;
    std::string_view fix;
  };
  static constexpr std::array<Wanted, 3> kWanted = {{
      {"quantity", Severity::error, "请增加反映产品或服务数量的指标，如“培训人次 ≥ 2000 人次”。"},
      {"quality", Severity::warning, "请增加反映产品或服务质量的指标，如合格率、达标率。"},
      {"timeliness", Severity::warning,
       "请增加反映完成时限的指标，如“完成时间 ≤ 2026-10-31”或“办结时限 ≤ 30 天”。"},
  }};
  for (const auto& w : kWanted) {
    if (!f.allows("output", w.key) || any_in(s, w.key)) continue;
    out.add(Code::output_subcategory_missing, w.severity, std::nullopt,
            s.category_label("output") + "中缺少" + s.subcategory_label(w.key) + "。" +
                std::string(w.fix));
  }
}

}  // namespace

constinit const Check categories_check{"categories", kEmits, run};

}  // namespace jixiao::targets::checks
