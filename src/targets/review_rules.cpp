#include "targets/review_rules.h"

#include "base/error.h"
#include "base/vocabulary.h"

namespace jixiao::targets {

std::string grade_of(long long score, const GradeBands& bands) {
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: lower bounds inclusive.
  if (score >= bands.excellent) return "excellent";
  if (score >= bands.good) return "good";
  if (score >= bands.fair) return "fair";
  return "poor";
}

std::string_view grade_label(std::string_view grade) {
  static const Vocabulary& grades = vocabulary("grade");
  return grades.label(grade);
}

namespace {

// "20.5" for 2050 hundredths, "20" for 2000.
std::string points(long long hundredths) {
  std::string out = std::to_string(hundredths / 100);
  if (const long long frac = hundredths % 100; frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
  }
  return out;
}

}  // namespace

ReviewResult score_review(const ReviewSheet& sheet, const std::vector<long long>& scores,
                          const GradeBands& bands) {
  if (scores.size() > sheet.items.size()) {
    throw invalid("scores", "评分项多于评分表的 " + std::to_string(sheet.items.size()) +
                                " 项，请按评分表逐项打分");
  }
  ReviewResult result;
  for (std::size_t i = 0; i < sheet.items.size(); ++i) {
    const auto& item = sheet.items[i];
    if (i >= scores.size())
      throw invalid("scores." + item.key, "缺少“" + item.label + "”的得分，请逐项打分");
    const long long s = scores[i];
    if (s < 0) throw invalid("scores." + item.key, "“" + item.label + "”的得分不能为负数");
    if (s > item.max) {
      throw invalid("scores." + item.key,
                    "“" + item.label + "”的得分不能超过满分 " + points(item.max) + " 分");
    }
    result.total += s;  // R-MON-3: the total is the sum of the parts
  }
  result.grade = grade_of(result.total, bands);
  result.passed = result.total >= sheet.pass_mark;  // R-TR-2: under the pass mark gets no money
  return result;
}

}  // namespace jixiao::targets
