#include "appraisal/notice.h"

namespace jixiao::appraisal {

documents::DocumentDraft appraisal_notice(const Scorecard& card, long long appraisal_id) {
  const bool departments = card.subject == "department";
  const std::string year = std::to_string(card.year);
  const std::string whom = departments ? "本级各部门" : "各县（市、区）财政局";
  documents::DocumentDraft d;
  d.region_id = card.region_id;
  d.year = card.year;
  d.kind = "appraisal_notice";
  d.subject = "appraisal";
  d.subject_id = appraisal_id;
  d.addressee = whom;
  d.title = "关于" + year + "年度" + (departments ? "部门" : "下级财政部门") +
            "预算绩效管理工作考核结果的通报";
  std::string items;
  for (const auto& i : card.items) {
    if (!items.empty()) items += "、";
    items += i.label + "（" + points_text(i.weight) + " 分" +
             (i.has_source ? "" : "，本次暂未纳入") + "）";
  }
  d.paragraphs.push_back(
      "根据预算绩效管理工作考核办法，我局依据绩效目标、运行监控、绩效自评、重点评价、"
      "结果应用和信息公开等环节的业务记录，对" +
      whom + year + "年度预算绩效管理工作进行了考核。考核内容及权重为：" + items + "。");
  d.paragraphs.push_back(
      card.not_applicable == NotApplicable::rescale
          ? "各项得分按完成率乘以权重计算，逐项保留两位小数；某项无应完成事项的，该项不参与考核，"
            "其余各项按权重比例折算为 100 分。"
          : "各项得分按完成率乘以权重计算，逐项保留两位小数；某项无应完成事项的，该项记 0 分。");
  // The top ranked, by name, in the body; every subject in the attachment.
  std::string first;
  for (const auto& r : card.rows)
    if (r.rank == 1) first += (first.empty() ? "" : "、") + r.name;
  if (!first.empty()) d.paragraphs.push_back("考核结果详见附件，其中" + first + "得分最高。");
  d.paragraphs.push_back(
      "考核结果纳入综合考核，请各单位对照失分项目认真整改，进一步提升预算绩效管理水平。");

  documents::Attachment a;
  a.title = year + "年度预算绩效管理工作考核结果";
  a.header = {"名次", departments ? "部门" : "地区"};
  for (const auto& i : card.items) a.header.push_back(i.label);
  a.header.push_back("总分");
  for (const auto& r : card.rows) {
    std::vector<std::string> row{r.rank ? std::to_string(r.rank) : "—", r.name};
    for (const auto& i : r.score.items) row.push_back(i.points ? points_text(*i.points) : "—");
    row.push_back(r.score.total ? points_text(*r.score.total) : "—");
    a.rows.push_back(std::move(row));
  }
  d.attachments.push_back(std::move(a));
  return d;
}

}  // namespace jixiao::appraisal
