#include "self_evaluation/inflation.h"

#include "base/error.h"
#include "targets/json.h"

namespace jixiao::self_evaluation {

namespace {

// "10" for 1000 hundredths, "10.50" for 1050: a threshold as a region writes it.
std::string as_written(long long hundredths) {
  return hundredths % 100 == 0 ? std::to_string(hundredths / 100) : targets::points(hundredths);
}

}  // namespace

Inflation judge_inflation(std::optional<long long> self_total, long long computed_total,
                          long long review_total, long long threshold_points) {
  if (threshold_points < 0) throw invalid("threshold_points", "虚高认定分差不能为负数");
  Inflation out;
  out.own_total = self_total.has_value();
  out.self_score = self_total.value_or(computed_total);
  out.review_score = review_total;
  out.above = out.self_score - review_total;
  out.threshold = threshold_points;
  out.inflated = out.above > threshold_points;

  const std::string self = (out.own_total ? "单位自评总分 " : "自评计算总分 ") +
                           targets::points(out.self_score) + " 分，复核 " +
                           targets::points(review_total) + " 分";
  const std::string limit = as_written(threshold_points) + " 分";
  if (out.above <= 0)
    out.detail =
        self +
        (out.above == 0 ? "，与复核一致" : "，低于复核 " + targets::points(-out.above) + " 分") +
        "，不属于虚高";
  else if (out.inflated)
    out.detail =
        self + "，高出 " + targets::points(out.above) + " 分，超过 " + limit + "，认定为虚高";
  else
    out.detail =
        self + "，高出 " + targets::points(out.above) + " 分，未超过 " + limit + "，不属于虚高";
  return out;
}

}  // namespace jixiao::self_evaluation
