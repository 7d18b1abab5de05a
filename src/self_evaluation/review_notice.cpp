#include "self_evaluation/review_notice.h"

#include "base/date.h"

namespace jixiao::self_evaluation {

namespace {

std::string subject_of(const Evaluation& e) {
  return e.project_id ? e.name : e.name + "（部门整体）";
}

// The score the unit claims for an indicator: its own where it gave one (R-SE-8), else the one
// jixiao computed from its reported values.
long long claimed(const IndicatorResult& i) { return i.self_score.value_or(i.computed_score); }

std::string points(long long hundredths) { return score_text(hundredths) + " 分"; }

std::string or_dash(const std::optional<long long>& v) { return v ? score_text(*v) : "—"; }

}  // namespace

std::string chinese_date(const std::string& iso) {
  const auto d = parse_iso_date(iso);
  if (!d) return iso;
  return std::to_string(static_cast<int>(d->year())) + "年" +
         std::to_string(static_cast<unsigned>(d->month())) + "月" +
         std::to_string(static_cast<unsigned>(d->day())) + "日";
}

std::string review_finding_title(const Evaluation& e) {
  return subject_of(e) + "：绩效自评得分虚高";
}

std::string review_requirement(const Evaluation& e, const Inflation& inflation,
                               const std::string& due) {
  std::string out = "自评复核认定自评得分虚高（" + inflation.detail + "）。";
  std::string lowered;
  for (const auto& i : e.indicators) {
    if (i.not_applicable || !i.review_score || *i.review_score >= claimed(i)) continue;
    lowered += (lowered.empty() ? "" : "；") + ("“" + i.name + "”自评 " + score_text(claimed(i)) +
                                                " 分、复核 " + score_text(*i.review_score) + " 分");
    if (!i.review_note.empty()) lowered += "（" + i.review_note + "）";
  }
  if (!lowered.empty()) out += "复核扣减的指标：" + lowered + "。";
  out += "请逐项核实指标完成情况和佐证材料，查明原因，据实更正自评结果，于" + chinese_date(due) +
         "前反馈整改措施及成效。";
  return out;
}

documents::DocumentDraft rectification_notice(const ReviewNoticeInput& in) {
  const Evaluation& e = in.evaluation;
  const Inflation& f = in.inflation;
  documents::DocumentDraft d;
  d.region_id = in.region_id;
  d.year = e.year;
  d.kind = "rectification_notice";
  d.subject = "self_evaluation";
  d.subject_id = e.id;
  d.department_id = e.department_id;
  d.unit_id = e.unit_id;
  d.addressee = e.unit_name;
  d.title =
      "关于" + std::to_string(e.year) + "年度“" + subject_of(e) + "”绩效自评得分虚高问题整改的通知";
  const std::string project =
      e.code.empty() ? "“" + subject_of(e) + "”" : "“" + e.name + "”（" + e.code + "）";
  d.paragraphs.push_back(
      "根据" + std::to_string(e.year) + "年度绩效自评抽查复核工作安排，我局对你单位" + project +
      "的绩效自评进行了复核。" +
      (f.own_total ? "单位自评总分 " : "按单位填报的实际完成值计算的自评总分 ") +
      points(f.self_score) + "，复核总分 " + points(f.review_score) + "，高出 " + points(f.above) +
      "，超过 " + points(f.threshold) + "的认定标准，自评得分虚高。复核评分详见附件。");
  d.paragraphs.push_back(
      "一、请对照复核意见逐项核实指标的实际完成情况和佐证材料，查明自评得分虚高的原因，据实更"
      "正自评结果。");
  d.paragraphs.push_back(
      "二、完善绩效自评工作机制，加强佐证材料的收集和审核，确保自评结果真实、准确、完整。");
  d.paragraphs.push_back("三、请于" + chinese_date(in.due) +
                         "前将整改措施及成效书面反馈我局，并在整改台账中填报。整改情况将作为"
                         "预算安排和绩效评价的重要参考。");
  documents::Attachment a;
  a.title = "绩效自评复核评分对照表";
  a.header = {"序号", "指标", "分值", "单位自评分", "系统计算分", "复核分", "复核意见"};
  a.rows.push_back({"1", "预算执行率", score_text(e.execution_weight),
                    score_text(e.execution_score), score_text(e.execution_score),
                    score_text(e.execution_score), "按全年执行数计算"});
  long long n = 1;
  long long weight = e.execution_weight;
  for (const auto& i : e.indicators) {
    if (i.not_applicable) continue;
    weight += i.computed_weight;
    a.rows.push_back({std::to_string(++n), i.name, score_text(i.computed_weight),
                      or_dash(i.self_score), score_text(i.computed_score), or_dash(i.review_score),
                      i.review_note});
  }
  a.rows.push_back({"", "合计", score_text(weight), or_dash(e.self_total),
                    score_text(e.computed_total), score_text(f.review_score), ""});
  d.attachments.push_back(std::move(a));
  return d;
}

}  // namespace jixiao::self_evaluation
