#include "targets/letters.h"

#include "base/money.h"
#include "targets/json.h"
#include "targets/review_rules.h"
#include "targets/workflow.h"

namespace jixiao::targets {

namespace {

const char* const kOrdinals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

std::string ordinal(std::size_t i) { return i < 10 ? kOrdinals[i] : std::to_string(i + 1); }

// 文艺精品创作与惠民演出 / 州教育体育局2026年度部门整体
std::string subject_name(const Target& t) {
  return t.kind == "project" ? t.project_name
                             : t.department_name + std::to_string(t.year) + "年度部门整体";
}

// "≥ 360 场", "≤ 2026-12-20", "定性：优"
std::string value_text(const Indicator& i) {
  if (i.comparator == "qualitative") return "定性：" + i.value;
  std::string out(comparator_label(i.comparator));
  out += " " + i.value;
  if (!i.unit.empty()) out += " " + i.unit;
  return out;
}

documents::Attachment indicator_table(const LetterInput& in) {
  documents::Attachment a;
  a.title = subject_name(in.target) + "绩效目标表";
  a.header = {"一级指标", "二级指标", "三级指标", "年度指标值"};
  for (const auto& i : in.target.draft.indicators)
    a.rows.push_back({std::string(in.framework.category_label(i.category)),
                      std::string(in.framework.subcategory_label(i.subcategory)), i.name,
                      value_text(i)});
  return a;
}

// "业务科室初审意见：……" for each review of this submission that wrote an opinion (a letter of
// the bureau cites its stages, not its staff).
std::vector<std::string> opinions(const LetterInput& in) {
  std::vector<std::string> out;
  for (const auto& r : in.reviews) {
    if (r.comment.empty()) continue;
    out.push_back(std::string(target_workflow().label("review_" + r.stage)) + "意见：" + r.comment);
  }
  return out;
}

}  // namespace

documents::DocumentDraft decision_letter(const LetterInput& in) {
  const Target& t = in.target;
  documents::DocumentDraft d;
  d.region_id = t.region_id;
  d.year = t.year;
  d.subject = "target";
  d.subject_id = t.id;
  d.department_id = t.department_id;
  d.unit_id = t.unit_id;
  d.addressee = t.department_name;
  const std::string name = subject_name(t);
  std::string received = "你部门报送的" + name + "绩效目标";
  if (t.draft.amount_fen) received += "（资金 " + format_wan(*t.draft.amount_fen) + " 万元）";
  received += "收悉。";
  const auto notes = opinions(in);
  if (in.decision == "approve") {
    d.kind = "target_approval";
    d.title = "关于" + name + "绩效目标的批复";
    d.paragraphs.push_back(received + "经审核，现批复如下：");
    std::vector<std::string> items = {
        "同意该绩效目标。审核得分 " + points(t.score) + " 分，等级为“" +
            std::string(grade_label(t.grade)) + "”。",
        "年度总体目标：" + t.draft.overall_goal,
        "绩效指标共 " + std::to_string(t.draft.indicators.size()) + " 项，详见附件。",
        "请严格按照批复的绩效目标组织实施，做好绩效运行监控，确保绩效目标如期实现。执行中确需"
        "调整的，应按规定程序报批。"};
    if (!notes.empty()) items.push_back("审核中提出的意见，请在执行中一并落实。");
    for (std::size_t i = 0; i < items.size(); ++i)
      d.paragraphs.push_back(ordinal(i) + "、" + items[i]);
    for (std::size_t i = 0; i < notes.size(); ++i)
      d.paragraphs.push_back("（" + ordinal(i) + "）" + notes[i]);
    d.attachments.push_back(indicator_table(in));
    return d;
  }
  d.kind = "target_opinion";
  if (in.decision == "reject") {
    d.title = "关于" + name + "绩效目标审核结果的通知";
    d.paragraphs.push_back(received + "经审核，该绩效目标得分 " + points(t.score) +
                           " 分，低于及格线 " + points(in.pass_mark) +
                           " 分，不予通过，相应项目不予安排资金。");
  } else {
    d.title = "关于" + name + "绩效目标审核意见的通知";
    d.paragraphs.push_back(received + "经审核，该绩效目标需修改完善后重新报送。");
  }
  if (!notes.empty()) {
    d.paragraphs.push_back("审核意见如下：");
    for (std::size_t i = 0; i < notes.size(); ++i)
      d.paragraphs.push_back(ordinal(i) + "、" + notes[i]);
  }
  d.paragraphs.push_back(in.decision == "reject"
                             ? "请认真研究审核意见，改进绩效目标编制工作。"
                             : "请按审核意见修改完善绩效目标，按程序重新报送。");
  d.attachments.push_back(indicator_table(in));
  return d;
}

}  // namespace jixiao::targets
