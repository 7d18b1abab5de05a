#include "appraisal/settings.h"

#include <boost/json.hpp>

#include "appraisal/scorecard.h"
#include "appraisal/sources.h"
#include "base/error.h"

namespace jixiao::appraisal {

namespace {
constexpr long long kHundred = 10000;  // 100 points in hundredths
}

std::vector<ItemWeight> checked_weights(const boost::json::object& weights,
                                        const std::string& field) {
  std::vector<ItemWeight> out;
  long long sum = 0;
  for (const auto& [key, value] : weights) {
    long long h = -1;
    try {
      h = rules::hundredths(value);
    } catch (const std::exception&) {
    }
    if (h < 0 || h > kHundred) throw invalid(field, "每项权重应为 0 到 100 之间的数，最多两位小数");
    sum += h;
    out.push_back({std::string(key), h});
  }
  if (sum != kHundred)
    throw invalid(field, "各项权重之和应为 100 分，现为 " + points_text(sum) + " 分");
  return out;
}

std::vector<ItemWeight> checked_sheet(const boost::json::array& sheet, const std::string& field) {
  boost::json::object weights;
  for (const auto& row : sheet) {
    const auto* key = row.is_object() ? row.as_object().if_contains("key") : nullptr;
    const auto* max = row.is_object() ? row.as_object().if_contains("max") : nullptr;
    if (!key || !key->is_string() || !max) throw invalid(field, "每行应有评分项和分值");
    const std::string code(key->as_string());
    if (!find_item(code)) throw invalid(field, "没有这个评分项：" + code);
    if (weights.contains(code)) throw invalid(field, "评分项“" + find_item(code)->label + "”重复");
    weights[code] = *max;
  }
  for (const auto& item : known_items())
    if (!weights.contains(item.code)) throw invalid(field, "缺少评分项“" + item.label + "”");
  return checked_weights(weights, field);
}

boost::json::array sheet_of(const std::vector<ItemWeight>& weights) {
  boost::json::array out;
  for (const auto& w : weights) {
    const auto* info = find_item(w.item);
    boost::json::value max;
    if (w.weight % 100 == 0)
      max = w.weight / 100;
    else
      max = static_cast<double>(w.weight) / 100;  // two decimals at most, read back exactly
    out.push_back(
        {{"key", w.item}, {"label", info ? info->label : w.item}, {"max", std::move(max)}});
  }
  return out;
}

Settings appraisal_settings(const rules::RuleSet& rules) {
  const auto& p = rules.params("R-AP-1");
  Settings s;
  s.weights = checked_sheet(p.at("sheet").as_array(), "params.sheet");
  s.not_applicable =
      p.at("not_applicable").as_string() == "zero" ? NotApplicable::zero : NotApplicable::rescale;
  return s;
}

}  // namespace jixiao::appraisal
