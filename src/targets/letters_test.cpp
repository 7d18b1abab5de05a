// The letters of the office's decision, as a finance officer reads them.
#include "targets/letters.h"

#include <gtest/gtest.h>

#include "base/money.h"
#include "targets/lint_cases.h"

namespace jixiao::targets {
namespace {

Target decided(std::string status, long long score, std::string grade) {
  Target t;
  t.id = 7;
  t.region_id = 1;
  t.year = 2026;
  t.kind = "project";
  t.project_name = "中小学教师培训经费";
  t.department_name = "州教育体育局";
  t.department_id = 3;
  t.unit_id = 4;
  t.draft = lint_cases::clean_target();
  t.status = std::move(status);
  t.score = score;
  t.grade = std::move(grade);
  return t;
}

repo::Review review(std::string stage, std::string comment) {
  repo::Review r;
  r.stage = std::move(stage);
  r.comment = std::move(comment);
  return r;
}

std::string text(const documents::DocumentDraft& d) {
  std::string out;
  for (const auto& p : d.paragraphs) out += p + "\n";
  return out;
}

TEST(DecisionLetter, AnApprovalIsALetterWithTheTargetAttached) {
  const auto t = decided("approved", 8700, "good");
  const std::vector<repo::Review> reviews = {review("department", ""),
                                             review("section", "成本指标请补充测算依据")};
  const auto d = decision_letter({t, "approve", reviews, library::latest_framework(), 6000});
  EXPECT_EQ(d.kind, "target_approval");
  EXPECT_EQ(d.title, "关于中小学教师培训经费绩效目标的批复");
  EXPECT_EQ(d.addressee, "州教育体育局");
  EXPECT_EQ(d.paragraphs.at(0),
            "你部门报送的中小学教师培训经费绩效目标（资金 200.00 万元）收悉。经审核，现批复如下：");
  EXPECT_EQ(d.paragraphs.at(1), "一、同意该绩效目标。审核得分 87.00 分，等级为“良”。");
  EXPECT_NE(text(d).find("（一）业务科室初审意见：成本指标请补充测算依据"), std::string::npos)
      << text(d);
  ASSERT_EQ(d.attachments.size(), 1u);
  EXPECT_EQ(d.attachments[0].rows.size(), t.draft.indicators.size());
  EXPECT_EQ(d.attachments[0].rows[2],
            (std::vector<std::string>{"产出指标", "时效指标", "培训完成时间", "≤ 2026-10-31"}));
  EXPECT_EQ(d.department_id, 3);
  EXPECT_EQ(d.unit_id, 4);
}

TEST(DecisionLetter, UnderThePassMarkItIsANoticeOfNoMoney) {
  auto t = decided("rejected", 5500, "poor");
  t.not_funded = true;
  const std::vector<repo::Review> reviews = {review("office", "指标与资金不匹配")};
  const auto d = decision_letter({t, "reject", reviews, library::latest_framework(), 6000});
  EXPECT_EQ(d.kind, "target_opinion");
  EXPECT_EQ(d.title, "关于中小学教师培训经费绩效目标审核结果的通知");
  EXPECT_NE(
      d.paragraphs.at(0).find("得分 55.00 分，低于及格线 60.00 分，不予通过，相应项目不予安排资金"),
      std::string::npos);
  EXPECT_NE(text(d).find("一、绩效科审核意见：指标与资金不匹配"), std::string::npos) << text(d);
}

TEST(DecisionLetter, AReturnListsEveryOpinionOfTheSubmission) {
  auto t = decided("returned", -1, "");
  t.kind = "department";
  const std::vector<repo::Review> reviews = {review("expert", "效益指标偏少"),
                                             review("office", "请补充受益人数")};
  const auto d = decision_letter({t, "return", reviews, library::latest_framework(), 6000});
  EXPECT_EQ(d.title, "关于州教育体育局2026年度部门整体绩效目标审核意见的通知");
  EXPECT_NE(text(d).find("一、专家评审意见：效益指标偏少\n二、绩效科审核意见：请补充受益人数"),
            std::string::npos)
      << text(d);
  EXPECT_EQ(d.paragraphs.back(), "请按审核意见修改完善绩效目标，按程序重新报送。");
}

}  // namespace
}  // namespace jixiao::targets
