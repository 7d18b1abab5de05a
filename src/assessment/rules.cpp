#include "assessment/rules.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "base/error.h"
#include "base/vocabulary.h"

namespace jixiao::assessment {

namespace {

// "20.5" for 2050 hundredths, "20" for 2000.
std::string points(long long h) {
  std::string out = std::to_string(h / 100);
  if (const long long frac = h % 100; frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
  }
  return out;
}

}  // namespace

NeedAnswer need_assessment(const NeedInput& in, const NeedParams& params) {
  NeedAnswer a;
  // R-EA-3 [local]: major projects always need one, whatever their amount.
  if (in.major) {
    a.needed = true;
    a.reasons.push_back("财政标记为重大项目（R-EA-3）");
  }
  const bool counted = std::ranges::find(params.categories, in.category) != params.categories.end();
  const std::string category = std::string(vocabulary("project_category").label(in.category));
  const std::string amount = format_wan(in.amount_fen) + " 万元";
  const std::string threshold = format_wan(params.threshold_fen) + " 万元";
  if (counted && in.amount_fen >= params.threshold_fen) {
    a.needed = true;
    a.reasons.push_back(category + "，金额 " + amount + " ≥ " + threshold + "（R-EA-3）");
  } else if (!a.needed) {
    if (!counted)
      a.reasons.push_back((category.empty() ? std::string("该类") : category) +
                          "不属于须评估的项目类别（R-EA-3）");
    else
      a.reasons.push_back(category + "，金额 " + amount + " < " + threshold + "（R-EA-3）");
  }
  return a;
}

std::vector<const SheetItem*> Sheet::items() const {
  std::vector<const SheetItem*> out;
  for (const auto& a : aspects)
    for (const auto& i : a.items) out.push_back(&i);
  return out;
}

void check_sheet(const Sheet& sheet, const std::string& field) {
  if (sheet.aspects.empty()) throw invalid(field, "评分表至少要有一个评估方面");
  long long total = 0;
  std::set<std::string> aspects, keys;
  std::size_t row = 0;
  for (const auto& aspect : sheet.aspects) {
    // An aspect's rows stand together: one split by another reads as two aspects.
    if (!aspects.insert(aspect.key).second)
      throw invalid(field + "[" + std::to_string(row) + "].aspect",
                    "同一评估方面的评分项应排在一起");
    for (const auto& item : aspect.items) {
      const std::string at = field + "[" + std::to_string(row) + "]";
      if (item.max <= 0) throw invalid(at + ".max", "每项满分必须大于 0");
      if (!keys.insert(aspect.key + "." + item.key).second)
        throw invalid(at + ".key", "评分项的代码重复");
      total += item.max;
      ++row;
    }
  }
  if (total != 10000)
    throw invalid(field, "评分表各项满分合计 " + points(total) + " 分，应为 100 分");
}

long long sheet_total(const Sheet& sheet, const std::vector<long long>& scores) {
  const auto items = sheet.items();
  if (scores.size() != items.size())
    throw invalid("items", "评分表共 " + std::to_string(items.size()) + " 项，请逐项打分");
  long long total = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string field = "items[" + std::to_string(i) + "].score";
    if (scores[i] < 0) throw invalid(field, "“" + items[i]->label + "”的得分不能为负数");
    if (scores[i] > items[i]->max)
      throw invalid(field,
                    "“" + items[i]->label + "”的得分不能超过满分 " + points(items[i]->max) + " 分");
    total += scores[i];  // R-MON-3: the total is the sum of the parts
  }
  return total;
}

std::string conclusion_of(std::string_view grade, const Combination& c) {
  const auto it = c.conclusions.find(std::string(grade));
  return it == c.conclusions.end() ? std::string("not_supported") : it->second;
}

Outcome combine(const std::vector<long long>& totals, const Combination& c,
                const targets::GradeBands& bands) {
  if (totals.empty()) throw std::invalid_argument("no scorer's total");
  std::vector<long long> used = totals;
  std::ranges::sort(used);
  // R-EA-2 [jixiao]: with enough scorers, one outlier at either end does not move the score.
  if (c.trim_at_least > 0 && static_cast<long long>(used.size()) >= c.trim_at_least &&
      used.size() >= 3) {
    used.erase(used.begin());
    used.pop_back();
  }
  long long sum = 0;
  for (long long t : used) sum += t;
  const auto n = static_cast<long long>(used.size());
  // R-MON-3: the mean in hundredths, rounded half up (scores are never negative).
  Outcome o;
  o.score = (2 * sum + n) / (2 * n);
  o.used = n;
  o.grade = targets::grade_of(o.score, bands);
  o.conclusion = conclusion_of(o.grade, c);
  return o;
}

}  // namespace jixiao::assessment
