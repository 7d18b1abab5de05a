#include "annual_report/template.h"

#include <gtest/gtest.h>

#include "annual_report/narrative.h"
#include "base/error.h"

namespace jixiao::annual_report {
namespace {

// 万元 in fen.
constexpr long long kWan = 1'000'000;

Figure figure(std::string code, std::string label, std::string section, long long fy, Amount own,
              std::vector<RegionAmount> regions, bool money = true) {
  Figure f;
  f.code = std::move(code);
  f.label = std::move(label);
  f.unit = "个";
  f.section = std::move(section);
  f.fiscal_year = fy;
  f.money = money;
  f.own = own;
  for (const auto& r : regions) {
    f.lower.count += r.amount.count;
    f.lower.fen += r.amount.fen;
  }
  f.total = {own.count + f.lower.count, own.fen + f.lower.fen};
  f.regions = std::move(regions);
  return f;
}

// 云岭州 of work year 2026: self-evaluations of 2025 as the seed 西双版纳州 counted them.
FigureSet prefecture() {
  FigureSet s;
  s.region_id = 1;
  s.region_name = "云岭州";
  s.region_level = "prefecture";
  s.own_label = "州级";
  s.lower_label = "县级";
  s.has_lower = true;
  s.work_year = 2026;
  // R-RPT-1 as the figures state it (the template keeps no offsets of its own).
  s.sections = {
      {"assessment", "事前绩效评估", 1, 2027},      {"budget_review", "预算评审", 1, 2027},
      {"targets", "绩效目标管理", 0, 2026},         {"monitoring", "绩效运行监控", 0, 2026},
      {"self_evaluation", "绩效自评", -1, 2025},    {"review", "自评复核", -1, 2025},
      {"key_evaluation", "重点绩效评价", -1, 2025}, {"rectification", "问题整改", -1, 2025},
      {"result_application", "结果应用", -1, 2025}, {"disclosure", "信息公开", 0, 2026},
      {"appraisal", "绩效考核", -1, 2025}};
  s.figures = {
      figure("self_evaluation.projects", "绩效自评项目", "self_evaluation", 2025,
             {872, 203017'870000},
             {{2, "云溪县", {2000, 400000 * kWan}}, {3, "松岚县", {950, 5596'400000}}}),
      figure("budget_review.submitted", "预算评审送审项目", "budget_review", 2027,
             {10, 988909'670000}, {{2, "云溪县", {5, 1620714'110000}}, {3, "松岚县", {0, 0}}}),
      figure("budget_review.cut", "预算评审审减", "budget_review", 2027, {10, 504592'310000},
             {{2, "云溪县", {5, 358762'200000}}, {3, "松岚县", {0, 0}}}),
      figure("key_evaluation.all", "开展重点绩效评价", "key_evaluation", 2025, {0, 0},
             {{2, "云溪县", {0, 0}}, {3, "松岚县", {0, 0}}}),
  };
  s.rates = {{"budget_review.cut_rate", "审减率", "budget_review.cut", "budget_review.submitted",
              true, "33.08%", "51.03%", "22.14%"}};
  return s;
}

const Block* paragraph_of(const ReportDocument& d, const std::string& section) {
  for (const auto& b : d.blocks)
    if (b.kind == Block::Kind::paragraph && b.section == section) return &b;
  return nullptr;
}

std::vector<std::string> headings(const ReportDocument& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks)
    if (b.kind == Block::Kind::heading) out.push_back(b.text());
  return out;
}

TEST(AnnualReportTemplate, 标题与落款) {
  const auto d = report_of(prefecture(), {}, "2026-12-05");
  EXPECT_EQ(d.title, "云岭州2026年度预算绩效管理工作报告");
  EXPECT_EQ(d.issuer, "云岭州财政局");
  EXPECT_EQ(d.date_text, "2026年12月5日");
}

// 标题层级按 一、（一）1. 排列，各节按全过程顺序，并注明所统计的预算年度。
TEST(AnnualReportTemplate, 各节按全过程顺序并注明预算年度) {
  const auto h = headings(report_of(prefecture(), {}, "2026-12-05"));
  const std::vector<std::string> want{"一、预算绩效管理工作开展情况",
                                      "（一）事前绩效评估（2027年预算）",
                                      "（二）绩效目标管理（2026年预算）",
                                      "（三）预算评审（2027年预算）",
                                      "（四）绩效运行监控（2026年预算）",
                                      "（五）绩效评价（2025年预算）",
                                      "1.部门绩效自评",
                                      "2.自评复核",
                                      "3.财政重点评价",
                                      "（六）评价结果应用（2025年预算）",
                                      "1.问题整改",
                                      "2.结果与预算安排挂钩",
                                      "（七）绩效信息公开（2026年预算）",
                                      "（八）绩效管理考核（2025年预算）",
                                      "二、存在的问题",
                                      "三、下一步工作计划"};
  EXPECT_EQ(h, want);
}

// 一句话说全州、州级、县级，再分县列出，如种子报告所写。
TEST(AnnualReportTemplate, 绩效自评一句说全州州级县级) {
  const auto doc = report_of(prefecture(), {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "self_evaluation");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text(),
            "2026年全州开展绩效自评项目3,822个，金额608,614.27万元。其中州级开展绩效自评项目872"
            "个，金额203,017.87万元；县级开展绩效自评项目2,950个，金额405,596.40万元（云溪县开展"
            "绩效自评项目2,000个，金额400,000.00万元；松岚县开展绩效自评项目950个，金额5,596.40"
            "万元）。");
}

// 每个数字是一个独立的片段，带着代码、口径、度量和预算年度，页面据此链接到明细。
TEST(AnnualReportTemplate, 数字片段带着出处) {
  const auto doc = report_of(prefecture(), {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "self_evaluation");
  ASSERT_NE(p, nullptr);
  std::vector<std::string> refs;
  for (const auto& r : p->runs)
    if (r.figure)
      refs.push_back(r.figure->part + "/" + r.figure->measure + "/" +
                     std::to_string(r.figure->region_id) + "/" +
                     std::to_string(r.figure->fiscal_year) + "=" + r.text);
  const std::vector<std::string> want{"all/count/0/2025=3,822",    "all/fen/0/2025=608,614.27",
                                      "own/count/0/2025=872",      "own/fen/0/2025=203,017.87",
                                      "lower/count/0/2025=2,950",  "lower/fen/0/2025=405,596.40",
                                      "region/count/2/2025=2,000", "region/fen/2/2025=400,000.00",
                                      "region/count/3/2025=950",   "region/fen/3/2025=5,596.40"};
  EXPECT_EQ(refs, want);
}

// 预算评审：送审、审减和审减率；某县没有送审则写“未开展预算评审”。
TEST(AnnualReportTemplate, 预算评审带审减率零值自然表述) {
  const auto doc = report_of(prefecture(), {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "budget_review");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text(),
            "2026年全州预算评审送审金额2,609,623.78万元，审减金额863,354.51万元，审减率33.08%。"
            "其中州级预算评审送审金额988,909.67万元，审减金额504,592.31万元，审减率51.03%；县级"
            "预算评审送审金额1,620,714.11万元，审减金额358,762.20万元，审减率22.14%（云溪县预算"
            "评审送审金额1,620,714.11万元，审减金额358,762.20万元，审减率22.14%；松岚县未开展预算"
            "评审）。");
}

// 全州为零时只说一句“全州未开展…”，不再分州级、县级。
TEST(AnnualReportTemplate, 全为零的数字写未开展) {
  const auto doc = report_of(prefecture(), {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "key_evaluation");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text(), "2026年全州未开展财政重点评价。");
}

// 县没有下级：只说全县。
TEST(AnnualReportTemplate, 县只说全县) {
  auto s = prefecture();
  s.region_name = "云溪县";
  s.has_lower = false;
  s.own_label = "县级";
  s.lower_label = "";
  for (auto& f : s.figures) {
    f.own = f.total;
    f.lower = {};
    f.regions.clear();
  }
  const auto doc = report_of(s, {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "self_evaluation");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text(), "2026年全县开展绩效自评项目3,822个，金额608,614.27万元。");
}

// 没有规格的数字按其名称表述，说到县级为止。
TEST(AnnualReportTemplate, 其他数字按名称表述) {
  auto s = prefecture();
  s.figures.push_back(figure("disclosures.reports", "公开评价报告", "disclosure", 2026, {4, 0},
                             {{2, "云溪县", {1, 0}}, {3, "松岚县", {0, 0}}}, false));
  const auto doc = report_of(s, {}, "2026-12-05");
  const auto* p = paragraph_of(doc, "disclosure");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text(), "2026年全州公开评价报告5个。其中州级公开评价报告4个；县级公开评价报告1个。");
  // 同一节的第二句不再重复年度；全州为零只说一句。
  s.figures.push_back(figure("disclosures.late", "逾期公开的信息", "disclosure", 2026, {0, 0},
                             {{2, "云溪县", {0, 0}}}, false));
  const auto more = report_of(s, {}, "2026-12-05");
  EXPECT_EQ(paragraph_of(more, "disclosure")->text(),
            "2026年全州公开评价报告5个。其中州级公开评价报告4个；县级公开评价报告1个。"
            "全州逾期公开的信息为零。");
}

// 说明文字逐行成段，占位符展开为数字片段。
TEST(AnnualReportTemplate, 说明文字与占位符) {
  const Narrative n{
      {"self_evaluation", "州本级自评{{绩效自评项目·个数·本级}}个。\n\n审减率{{审减率}}。"},
      {"problems", "一是思想认识不到位。"},
      {"plans", "加强培训。"}};
  const auto d = report_of(prefecture(), n, "2026-12-05");
  std::vector<std::string> self;
  for (const auto& b : d.blocks)
    if (b.section == "self_evaluation" && b.kind == Block::Kind::paragraph)
      self.push_back(b.text());
  ASSERT_EQ(self.size(), 3u);
  EXPECT_EQ(self[0], "州本级自评872个。");
  EXPECT_EQ(self[1], "审减率33.08%。");
  const auto text = plain_text(d);
  EXPECT_NE(text.find("二、存在的问题\n　　一是思想认识不到位。\n"), std::string::npos);
  EXPECT_NE(text.find("三、下一步工作计划\n　　加强培训。\n"), std::string::npos);
}

struct ExpandCase {
  const char* note;
  const char* text;
  const char* want;
};

TEST(AnnualReportNarrative, 展开占位符) {
  const ExpandCase cases[] = {
      {"个数·合计", "{{绩效自评项目·个数·合计}}", "3,822"},
      {"金额·本级", "{{绩效自评项目·金额·本级}}万元", "203,017.87万元"},
      {"金额·下级", "{{绩效自评项目·金额·下级}}", "405,596.40"},
      {"比率", "审减率为{{审减率}}", "审减率为33.08%"},
      {"比率·下级", "{{审减率·下级}}", "22.14%"},
      {"未知的保持原样", "{{不存在}}", "{{不存在}}"},
      {"没闭合的保持原样", "{{审减率", "{{审减率"},
  };
  for (const auto& c : cases) EXPECT_EQ(expand(c.text, prefecture()), c.want) << c.note;
}

TEST(AnnualReportNarrative, 未知占位符逐一列出) {
  const auto unknown = unknown_placeholders("{{甲}}与{{审减率}}与{{乙}}与{{甲}}", prefecture());
  EXPECT_EQ(unknown, (std::vector<std::string>{"甲", "乙"}));
}

TEST(AnnualReportNarrative, 保存时未知占位符报出字段和中文清单) {
  try {
    check_narrative({{"problems", "{{审减率}}与{{乱写}}"}}, prefecture());
    FAIL() << "接受了未知占位符";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "narrative.problems");
    EXPECT_NE(std::string(e.what()).find("{{乱写}}"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(check_narrative({{"plans", "{{审减率·本级}}"}}, prefecture()));
  EXPECT_THROW(check_narrative({{"nonsense", ""}}, prefecture()), AppError);
}

// 县没有本级、下级的占位符。
TEST(AnnualReportNarrative, 县只有合计占位符) {
  auto s = prefecture();
  s.has_lower = false;
  for (const auto& p : placeholders(s)) EXPECT_EQ(p.token.find("本级"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::annual_report

namespace jixiao::annual_report {
namespace {

// 不计金额的数字（money = false）不写“金额…万元”；缺少的比率整句去掉。
TEST(AnnualReportTemplate, 不计金额的数字不写金额缺少的比率不写) {
  FigureSet s;
  s.region_name = "云溪县";
  s.own_label = "县级";
  s.work_year = 2026;
  Figure sampled;
  sampled.code = "review.sampled";
  sampled.label = "抽取复核的自评";
  sampled.section = "review";
  sampled.money = false;
  sampled.fiscal_year = 2025;
  sampled.total = sampled.own = {24, 0};
  Figure targets = sampled;
  targets.code = "targets.projects";
  targets.label = "实施绩效目标管理的项目";
  targets.section = "targets";
  targets.money = true;
  targets.total = targets.own = {424, 71104'020000};
  s.figures = {sampled, targets};
  const auto doc = report_of(s, {}, "2026-12-05");
  std::vector<std::string> paragraphs;
  for (const auto& b : doc.blocks)
    if (b.kind == Block::Kind::paragraph && !b.section.empty()) paragraphs.push_back(b.text());
  const std::vector<std::string> want{"2026年全县424个项目实施了绩效目标管理，金额71,104.02万元。",
                                      "2026年全县抽取24个项目或部门整体开展绩效自评复核。"};
  EXPECT_EQ(paragraphs, want);
}

}  // namespace
}  // namespace jixiao::annual_report
