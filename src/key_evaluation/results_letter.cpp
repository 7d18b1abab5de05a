#include "key_evaluation/results_letter.h"

#include "base/money.h"
#include "base/vocabulary.h"
#include "self_evaluation/review_notice.h"
#include "targets/json.h"
#include "targets/review_rules.h"

namespace jixiao::key_evaluation {

namespace {

const char* const kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

std::string numeral(std::size_t i) {
  return i < std::size(kNumerals) ? kNumerals[i] : std::to_string(i + 1);
}

std::string subject_text(const KeyEvaluation& e) {
  std::string out = "“" + e.name + "”";
  if (!e.project_code.empty()) out += "（" + e.project_code + "）";
  return out;
}

}  // namespace

std::string results_addressee(const KeyEvaluation& e) {
  if (e.kind == "fiscal_operation") return e.subject_region_name + "财政局";
  if (e.unit_id != 0 && !e.unit_name.empty()) return e.unit_name;
  return e.department_name;
}

std::string problem_finding_title(const KeyEvaluation& e, const Problem& p) {
  return e.name + "（重点评价）：" + p.title;
}

documents::DocumentDraft results_letter(const ResultsLetterInput& in) {
  const KeyEvaluation& e = in.evaluation;
  documents::DocumentDraft d;
  d.region_id = e.region_id;
  d.year = e.year;
  d.kind = "evaluation_result_letter";
  d.subject = "key_evaluation";
  d.subject_id = e.id;
  d.department_id = e.department_id;
  d.unit_id = e.unit_id;
  d.addressee = results_addressee(e);
  d.title = "关于" + std::to_string(e.year) + "年度“" + e.name + "”重点绩效评价结果的通知";

  const std::string kind(vocabulary("key_evaluation_kind").label(e.kind));
  const std::string by =
      e.mode == "agency" && !e.agency_name.empty() ? "委托" + e.agency_name + "对" : "对";
  d.paragraphs.push_back("根据" + std::to_string(e.year) + "年度财政重点绩效评价工作安排，我局" +
                         by + subject_text(e) + "（" + kind + "，评价资金 " +
                         format_wan(e.budget_fen) + " 万元）开展了重点绩效评价。评价得分 " +
                         targets::points(e.score) + " 分，评价等级为“" +
                         std::string(targets::grade_label(e.grade)) + "”。评分详见附件。");
  std::size_t section = 0;
  if (in.problems.empty()) {
    d.paragraphs.push_back(numeral(section++) + "、评价未发现需要整改的问题。");
  } else {
    d.paragraphs.push_back(numeral(section++) + "、评价发现的主要问题及整改要求");
    for (std::size_t i = 0; i < in.problems.size(); ++i)
      d.paragraphs.push_back("（" + numeral(i) + "）" + in.problems[i].title + "。" +
                             in.problems[i].requirement);
    d.paragraphs.push_back(numeral(section++) + "、请于" + self_evaluation::chinese_date(in.due) +
                           "前将整改措施及成效书面反馈我局，并在整改台账中逐项填报。");
  }
  d.paragraphs.push_back(numeral(section) +
                         "、评价结果将作为以后年度预算安排、政策调整和改进管理的重要依据。");

  documents::Attachment a;
  a.title = "重点绩效评价得分表";
  a.header = {"序号", "评价内容", "分值", "得分"};
  long long n = 0, weight = 0;
  for (const auto& p : in.score.parts) {
    weight += p.weight;
    a.rows.push_back(
        {std::to_string(++n), p.label, targets::points(p.weight), targets::points(p.score)});
  }
  a.rows.push_back({"", "合计", targets::points(weight), targets::points(in.score.total)});
  a.rows.push_back({"", "评价等级", "", std::string(targets::grade_label(e.grade))});
  d.attachments.push_back(std::move(a));
  return d;
}

}  // namespace jixiao::key_evaluation
