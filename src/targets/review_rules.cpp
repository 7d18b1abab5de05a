#include "targets/review_rules.h"

#include "base/error.h"

namespace jixiao::targets {

ReviewSheet default_review_sheet() {
  // R-TR-1 [national; 财预〔2015〕88号] names the four aspects; the points are R-TR-2 [jixiao].
  ReviewSheet sheet;
  sheet.items = {
      {"completeness", "完整性", "表格要素齐全、一二三级指标完备", 2000},
      {"relevance", "相关性", "指标与项目内容、部门职能和总体目标紧密相关", 3000},
      {"appropriateness", "适当性", "指标值与预算资金量、历史水平和行业标准相匹配", 2500},
      {"feasibility", "可行性", "目标经努力可以实现、数据可采集可核验", 2500},
  };
  sheet.pass_mark = 6000;  // R-TR-2 [local: 001 西双版纳]: under 60 gets no money
  return sheet;
}

std::string grade_of(long long score, const GradeBands& bands) {
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: lower bounds inclusive.
  if (score >= bands.excellent) return "excellent";
  if (score >= bands.good) return "good";
  if (score >= bands.fair) return "fair";
  return "poor";
}

std::string_view grade_label(std::string_view grade) {
  if (grade == "excellent") return "优";
  if (grade == "good") return "良";
  if (grade == "fair") return "中";
  if (grade == "poor") return "差";
  return {};
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
