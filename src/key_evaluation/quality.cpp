#include "key_evaluation/quality.h"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "base/error.h"
#include "base/json.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kHundred = 10000;  // 100 points in hundredths

std::string at(std::size_t i, const char* key) {
  return "params.quality_items[" + std::to_string(i) + "]." + key;
}

bool is_code(std::string_view c) {
  return !c.empty() && c.size() <= 40 && std::ranges::all_of(c, [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}

}  // namespace

QualityItems read_quality_items(const boost::json::object& params) {
  const auto& given = params.at("quality_items").as_array();
  if (given.empty()) throw invalid("params.quality_items", "质量评分表至少应有一项");
  QualityItems out;
  std::set<std::string> codes;
  long long sum = 0;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto& o = given[i].as_object();
    QualityItem item{std::string(o.at("code").as_string()), std::string(o.at("label").as_string()),
                     rules::hundredths(o.at("points"))};
    if (!is_code(item.code))
      throw invalid(at(i, "code"), "评分项编码只能由小写字母、数字和下划线组成，最多 40 个字符");
    if (!codes.insert(item.code).second)
      throw invalid(at(i, "code"), "评分项编码“" + item.code + "”重复");
    if (item.label.empty()) throw invalid(at(i, "label"), "评分项名称不能为空");
    if (item.points <= 0 || item.points > kHundred)
      throw invalid(at(i, "points"), "“" + item.label + "”的分值应大于 0、不超过 100 分");
    sum += item.points;
    out.push_back(std::move(item));
  }
  if (sum != kHundred)
    throw invalid("params.quality_items",
                  "质量评分表各项分值合计必须为 100 分，现为 " + targets::points(sum) + " 分");
  return out;
}

const QualityItems& national_quality_items() {
  static const QualityItems items = read_quality_items(rules::national_rule_set().params("R-KE-4"));
  return items;
}

QualitySheet check_quality_sheet(const boost::json::value& scores, const QualityItems& items) {
  if (!scores.is_object()) throw invalid("scores", "评分应为各评分项的得分，如 {\"format\": 9.5}");
  const auto& given = scores.as_object();
  for (const auto& [code, value] : given)
    if (std::ranges::none_of(items, [&](const QualityItem& i) { return i.code == code; }))
      throw invalid("scores." + std::string(code), "质量评分表没有这一项");
  QualitySheet sheet;
  for (const auto& item : items) {
    const std::string field = "scores." + item.code;
    const auto* v = given.if_contains(item.code);
    if (!v || v->is_null()) throw invalid(field, "缺少“" + item.label + "”的得分");
    const auto h = v->is_number() ? scaled_number(*v, 2) : std::nullopt;
    if (!h || *h < 0 || *h > item.points)
      throw invalid(field, "“" + item.label + "”的得分应为 0 到 " + targets::points(item.points) +
                               " 分之间、最多两位小数的数字");
    sheet.scores.push_back(*h);
    sheet.total += *h;
  }
  return sheet;
}

StageQuality stage_quality(const std::vector<long long>& totals) {
  if (totals.empty()) throw invalid("sheets", "还没有专家提交质量评分表");
  StageQuality q;
  long long sum = 0;
  std::string list;
  for (const long long t : totals) {
    sum += t;
    list += (list.empty() ? "" : "、") + targets::points(t);
  }
  // Totals are never negative, so half up is (2·sum + n) / 2n.
  const auto n = static_cast<long long>(totals.size());
  q.score = (2 * sum + n) / (2 * n);
  q.sheets = n;
  q.detail = totals.size() == 1
                 ? "1 位专家的质量评分 " + list + " 分，质量得分 " + targets::points(q.score) +
                       " 分（R-KE-4）"
                 : std::to_string(n) + " 位专家的质量评分 " + list + " 分，平均 " +
                       targets::points(q.score) + " 分（四舍五入到 0.01 分，R-KE-4）";
  return q;
}

}  // namespace jixiao::key_evaluation
