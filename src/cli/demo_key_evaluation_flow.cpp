#include "cli/demo_key_evaluation_flow.h"

#include <boost/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "accounts/model.h"
#include "accounts/repo.h"
#include "auth/repo.h"
#include "base/clock.h"
#include "documents/docx.h"
#include "evidence/service.h"
#include "key_evaluation/cross_round_service.h"
#include "key_evaluation/evidence_document.h"
#include "key_evaluation/plan_service.h"
#include "key_evaluation/registry_repo.h"
#include "key_evaluation/results_service.h"
#include "key_evaluation/step_service.h"
#include "rectify/service.h"

namespace jixiao::cli {

namespace {

namespace ke = key_evaluation;

// The agencies' and experts' staff who act in the demo beside demo_agency and demo_expert. They
// log in with no password (none is set): their steps stand in the timelines under their names.
struct Staff {
  const char* username;
  const char* role;
  const char* display_name;
  const char* agency;  // the agency it acts for, or the expert it logs in for
};
constexpr Staff kStaff[] = {
    {"tianheng_he", "agency", "何雪梅（云岭天衡会计师事务所）",
     "云岭天衡会计师事务所（特殊普通合伙）"},
    {"chengyuan_luo", "agency", "罗志伟（滇南诚远工程咨询）", "滇南诚远工程咨询有限公司"},
    {"expert_li", "expert", "李秀兰（评审专家）", "李秀兰"},
    {"expert_ma", "expert", "马文涛（评审专家）", "马文涛"},
};

auth::Principal as(db::Database& db, const std::string& username) {
  auto p = db.read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  if (!p) throw std::logic_error("demo account missing: " + username);
  return *p;
}

long long id_of(db::Database& db, const std::string& sql, const std::string& what) {
  const long long id = db.read([&](soci::session& s) {
    long long v = 0;
    soci::indicator ind = soci::i_ok;
    s << sql, soci::into(v, ind);
    return ind == soci::i_ok ? v : 0;
  });
  if (!id) throw std::logic_error("demo key evaluation: no " + what);
  return id;
}

void add_staff(db::Database& db, long long region_id) {
  db.write([&](soci::session& s) {
    for (const Staff& st : kStaff) {
      accounts::User u;
      u.username = st.username;
      u.role = st.role;
      u.display_name = st.display_name;
      u.region_id = region_id;
      u.must_change_password = true;
      u.created_at = u.updated_at = now_iso();
      // No password: "!" matches no argon2id hash, so the account acts only in the demo's steps.
      const long long user = accounts::repo::insert(s, u, "!");
      const std::string name = st.agency;
      if (std::string(st.role) == "agency") {
        long long agency = 0;
        s << "SELECT id FROM agencies WHERE region_id = :r AND name = :n", soci::use(region_id),
            soci::use(name), soci::into(agency);
        ke::registry_repo::set_agency_users(s, agency, {user});
      } else {
        s << "UPDATE experts SET user_id = :u WHERE region_id = :r AND name = :n", soci::use(user),
            soci::use(region_id), soci::use(name);
      }
    }
  });
}

// The agency's document as a Word file: what an agency uploads as its plan or report.
std::string report_file(const std::string& agency, const std::string& title,
                        const std::vector<std::string>& paragraphs) {
  documents::Letter l;
  l.issuer = agency;
  l.title = title;
  l.paragraphs = paragraphs;
  l.date_text = "2026年";
  return documents::docx_of(l);
}

struct Flow {
  db::Database& db;
  ke::StepService steps;
  ke::PlanService plan;
  evidence::EvidenceService files;
  auth::Principal office;

  explicit Flow(db::Database& d)
      : db(d), steps(d), plan(d), files(d), office(as(d, "demo_office")) {
    files.documents().add(ke::evidence_document());
  }

  ke::KeyEvaluation evaluation(long long id) { return plan.get(office, id).item; }

  long long plan_subject(long long year, const std::string& kind, long long project_id,
                         long long department_id, const std::string& name, const std::string& mode,
                         const std::string& due, const std::string& scope) {
    ke::PlanInput in;
    in.year = year;
    in.kind = kind;
    if (project_id) in.project_id = project_id;
    if (department_id) in.department_id = department_id;
    if (!name.empty()) in.name = name;
    // A department or policy has no project to take its money from: its department's year.
    if (!project_id) {
      in.fund_type = "general";
      in.budget_fen = db.read([&](soci::session& s) {
        long long fen = 0;
        s << "SELECT COALESCE(SUM(amount_fen), 0) FROM projects WHERE department_id = :d AND "
             "year = :y AND fund_type = 'general'",
            soci::use(department_id), soci::use(year), soci::into(fen);
        return fen;
      });
    }
    in.mode = mode;
    in.due = due;
    in.scope = scope;
    return plan.create(office, in).item.id;
  }

  void step(const auth::Principal& me, long long id, ke::StepInput in) {
    steps.step(me, id, evaluation(id).version, in);
  }
  void act(const auth::Principal& me, long long id, const std::string& action,
           const std::string& decision = "", const std::string& opinion = "") {
    ke::StepInput in;
    in.action = action;
    in.decision = decision;
    in.opinion = opinion;
    step(me, id, in);
  }
  void commission(long long id, long long agency_id, Fen fee) {
    ke::StepInput in;
    in.action = "commission";
    in.agency_id = agency_id;
    in.contract_fee_fen = fee;
    step(office, id, in);
  }
  void upload(const auth::Principal& agency, long long id, const std::string& filename,
              const std::string& title, const std::vector<std::string>& paragraphs) {
    const auto e = evaluation(id);
    files.upload(agency, "key_evaluation", id, filename,
                 report_file(e.agency_name, title, paragraphs));
  }
  // One expert's sheet: format, completeness, performance, evidence, language.
  void sheet(const auth::Principal& expert, long long id, const std::string& stage,
             std::array<double, 5> points, const std::string& comment) {
    const char* codes[] = {"format", "completeness", "performance", "evidence", "language"};
    boost::json::object scores;
    for (std::size_t i = 0; i < 5; ++i) scores[codes[i]] = points[i];
    steps.save_quality_sheet(expert, id, stage, scores, comment);
  }
  // R-KE-1's four parts in points.
  static boost::json::value four_parts(double decision, double process, double output,
                                       double benefit) {
    return boost::json::object{
        {"decision", decision}, {"process", process}, {"output", output}, {"benefit", benefit}};
  }
  void final_report(const auth::Principal& agency, long long id,
                    std::vector<ke::ScoreSheetInput> sheets) {
    ke::StepInput in;
    in.action = "submit_final";
    in.score_sheets = std::move(sheets);
    step(agency, id, in);
  }
};

}  // namespace

std::size_t insert_demo_key_evaluations(db::Database& db, long long year) {
  const auto office = as(db, "demo_office");
  add_staff(db, office.region_id);
  Flow f(db);
  const auto agency = as(db, "demo_agency");  // 云岭正信
  const auto tianheng = as(db, "tianheng_he");
  const auto chengyuan = as(db, "chengyuan_luo");
  const auto wu = as(db, "demo_expert");  // 吴建国, who avoids 州第一中学
  const auto li = as(db, "expert_li");
  const auto ma = as(db, "expert_ma");  // avoids 州水务局
  const std::string region = std::to_string(office.region_id);
  const std::string y = std::to_string(year);
  auto agency_id = [&](const auth::Principal& p) {
    return id_of(db,
                 "SELECT agency_id FROM agency_users WHERE user_id = " + std::to_string(p.user_id),
                 "agency");
  };
  auto expert_id = [&](const auth::Principal& p) {
    return id_of(db, "SELECT id FROM experts WHERE user_id = " + std::to_string(p.user_id),
                 "expert");
  };
  // Of the unit when given: schools of the prefecture share project names.
  auto project = [&](const std::string& name, long long unit = 0) {
    return id_of(db,
                 "SELECT MIN(id) FROM projects WHERE region_id = " + region + " AND year = " + y +
                     " AND name = '" + name + "'" +
                     (unit ? " AND unit_id = " + std::to_string(unit) : std::string()),
                 "project " + name);
  };
  auto department = [&](const std::string& name) {
    return id_of(db,
                 "SELECT MIN(id) FROM units WHERE region_id = " + region +
                     " AND parent_id IS NULL AND name = '" + name + "'",
                 "department " + name);
  };
  const std::string due = std::to_string(year + 1) + "-12-31";
  std::size_t made = 0;

  // A. 州第一中学's equipment: the whole path, a report sent back and re-scored (the fee capped),
  //    results sent with two problems, one answered by the school.
  {
    const long long id = f.plan_subject(
        year, "project", project("2025年教学仪器设备购置", as(db, "demo_unit").unit_id), 0, "",
        "agency", due, "项目决策、资金管理、设备采购与使用效益");
    f.commission(id, agency_id(agency), 8'600'000);
    for (const auto* e : {&li, &ma}) f.steps.assign_expert(office, id, expert_id(*e));
    f.upload(agency, id, "评价实施方案.docx", "2025年教学仪器设备购置项目绩效评价实施方案",
             {"一、评价对象和范围：州第一中学2025年教学仪器设备购置项目。",
              "二、评价指标体系：决策、过程、产出、效益四类，共 18 项三级指标。",
              "三、评价方法：资料核查、现场盘点、师生问卷（样本 300 份）和座谈。"});
    f.act(agency, id, "submit_plan");
    f.sheet(li, id, "plan", {9, 22, 26, 17, 13}, "指标体系完整，问卷样本量合适。");
    f.sheet(ma, id, "plan", {8, 21, 25, 16, 14}, "现场盘点的抽样方法需写明。");
    f.act(office, id, "close_plan_review", "pass");
    f.upload(agency, id, "评价报告（初稿）.docx", "2025年教学仪器设备购置项目绩效评价报告（初稿）",
             {"项目总体得分 81.30 分，等级为良。", "发现问题：部分设备闲置，使用台账不全。"});
    f.act(agency, id, "submit_draft");
    f.sheet(li, id, "report", {6, 14, 16, 12, 9}, "绩效分析不足，结论缺少证据支撑，须返工。");
    f.sheet(ma, id, "report", {7, 15, 17, 11, 9}, "问题描述笼统，语言不够规范。");
    f.act(office, id, "close_report_review");  // 57.50: back for rework
    f.upload(agency, id, "评价报告（返工稿）.docx",
             "2025年教学仪器设备购置项目绩效评价报告（返工稿）",
             {"补充了设备使用率的抽样核查和 300 份问卷的统计分析。"});
    f.act(agency, id, "submit_draft");
    f.sheet(li, id, "report", {9, 20, 23, 16, 12}, "返工后证据较充分。");
    f.sheet(ma, id, "report", {9, 19, 22, 15, 12}, "基本达到要求。");
    f.act(office, id, "close_report_review");  // 76.50, reworked: paid at most 60%
    f.final_report(agency, id,
                   {{"评价组组长 周凯", f.four_parts(17, 14.5, 24, 22)},
                    {"评价组成员 李娜", f.four_parts(16.5, 15, 23.5, 22.5)}});
    f.act(office, id, "review_final", "pass");
    ke::ResultsService results(db);
    const auto sent = results.send(
        office, id, f.evaluation(id).version,
        {{"部分设备闲置，使用效益不高",
          "清查闲置设备，调剂到需要的学校或教学点，建立设备使用登记台账。"},
         {"资产管理制度执行不到位", "完善资产验收、登记和盘点制度，2027年起每学期盘点一次。"}});
    // The school answers the first.
    rectify::FindingService findings(db);
    const auto unit = as(db, "demo_unit");
    const long long finding = sent.problems.front().finding_id;
    rectify::StepInput answer;
    answer.action = "answer";
    answer.answer = "已清查闲置设备 46 台（套），调剂至南岭镇中心学校 31 台；建立使用登记台账。";
    findings.step(unit, finding, findings.get(unit, finding).finding.version, answer);
    ++made;
  }

  // B. 州卫生健康委员会 as a whole by 天衡: finalised, its results still to be sent.
  {
    const long long id = f.plan_subject(year, "department", 0, department("州卫生健康委员会"), "",
                                        "agency", due, "部门整体支出绩效，重点为公立医院改革补助");
    f.commission(id, agency_id(tianheng), 12'000'000);
    for (const auto* e : {&wu, &li}) f.steps.assign_expert(office, id, expert_id(*e));
    f.upload(tianheng, id, "实施方案.docx", "州卫生健康委员会2025年部门整体支出绩效评价实施方案",
             {"评价内容：运行成本、管理效率、履职效能、社会效应、可持续发展能力和服务对象满意度（R-"
              "KE-2）。"});
    f.act(tianheng, id, "submit_plan");
    f.sheet(wu, id, "plan", {9, 23, 27, 18, 14}, "方案规范。");
    f.sheet(li, id, "plan", {9, 22, 27, 18, 13}, "");
    f.act(office, id, "close_plan_review", "pass");
    f.upload(tianheng, id, "评价报告（初稿）.docx",
             "州卫生健康委员会2025年部门整体支出绩效评价报告", {"部门整体得分 86.40 分。"});
    f.act(tianheng, id, "submit_draft");
    f.sheet(wu, id, "report", {9, 22, 27, 18, 13.5}, "报告完整，证据充分。");
    f.sheet(li, id, "report", {9.5, 22, 26, 18, 13}, "");
    f.act(office, id, "close_report_review");  // 88.00: 95% of the fee
    // A department as a whole is scored on R-KE-2's six parts.
    f.final_report(tianheng, id,
                   {{"评价组", boost::json::object{{"running_cost", 13},
                                                   {"management_efficiency", 12.9},
                                                   {"performance_of_duties", 21.5},
                                                   {"social_effect", 17.5},
                                                   {"sustainability", 8.5},
                                                   {"satisfaction", 13}}}});
    f.act(office, id, "review_final", "pass");
    ++made;
  }

  // C. The agricultural support policy by 诚远: its report under review, 吴建国 yet to score.
  {
    const long long id =
        f.plan_subject(year, "policy", 0, department("州农业农村局"), "农业产业发展扶持政策",
                       "agency", due, "2023—2025 年政策执行情况与产业带动效果");
    f.commission(id, agency_id(chengyuan), 9'500'000);
    for (const auto* e : {&wu, &li}) f.steps.assign_expert(office, id, expert_id(*e));
    f.upload(chengyuan, id, "实施方案.docx", "农业产业发展扶持政策绩效评价实施方案",
             {"评价政策设立、政策执行和政策效果三个方面。"});
    f.act(chengyuan, id, "submit_plan");
    f.sheet(wu, id, "plan", {8, 21, 26, 17, 13}, "");
    f.sheet(li, id, "plan", {8, 22, 25, 17, 13}, "");
    f.act(office, id, "close_plan_review", "pass");
    f.upload(chengyuan, id, "评价报告（初稿）.docx", "农业产业发展扶持政策绩效评价报告（初稿）",
             {"政策带动新型经营主体 126 家。"});
    f.act(chengyuan, id, "submit_draft");
    f.sheet(li, id, "report", {8, 20, 24, 16, 12}, "产业带动效果的数据来源需注明。");
    ++made;
  }

  // D. A special bond road by 正信: fieldwork under way, the draft due from demo_agency.
  {
    const long long id =
        f.plan_subject(year, "special_bond", project("2025年城市道路建设项目（安乐镇）"), 0, "",
                       "agency", due, "专项债券资金使用与项目收益");
    f.commission(id, agency_id(agency), 6'800'000);
    f.steps.assign_expert(office, id, expert_id(ma));
    f.upload(agency, id, "实施方案.docx", "2025年城市道路建设项目专项债券绩效评价实施方案",
             {"核查债券资金拨付、工程进度和项目收益与融资平衡情况。"});
    f.act(agency, id, "submit_plan");
    f.sheet(ma, id, "plan", {9, 21, 25, 17, 13}, "");
    f.act(office, id, "close_plan_review", "pass");
    ++made;
  }

  // E. The rural water project's mid-term evaluation: its plan waits for 吴建国's sheet.
  {
    const long long id =
        f.plan_subject(year, "mid_term", project("农村饮水安全巩固提升工程（安乐镇）"), 0, "",
                       "agency", due, "工程建设进度、资金使用与阶段性成效");
    f.commission(id, agency_id(agency), 7'200'000);
    for (const auto* e : {&wu, &li}) f.steps.assign_expert(office, id, expert_id(*e));
    f.upload(agency, id, "实施方案.docx", "农村饮水安全巩固提升工程中期绩效评价实施方案",
             {"中期评价关注建设进度与资金支付是否匹配。"});
    f.act(agency, id, "submit_plan");
    f.sheet(li, id, "plan", {9, 22, 26, 18, 14}, "");
    ++made;
  }

  // F. Emergency reserves commissioned to 天衡, its plan not yet in; G. finance's own evaluation.
  {
    const long long id =
        f.plan_subject(year, "project", project("2025年应急物资储备"), 0, "", "agency", due, "");
    f.commission(id, agency_id(tianheng), 5'600'000);
    const long long own = f.plan_subject(year, "project", project("2025年临时救助资金"), 0, "",
                                         "finance", due, "财政自行评价：资金发放的精准性");
    f.act(office, own, "start");
    made += 2;
  }

  // The year's cross review over the three reports handed in.
  ke::CrossRoundService rounds(db);
  const auto round =
      rounds.create(office, {year, std::to_string(year) + "年度评价报告互审互评", 20260915});
  // The other agencies score what they were given; demo_agency's review waits for it.
  for (const auto& x : round.reviews) {
    const auto* by = x.reviewer_agency_id == agency_id(tianheng)    ? &tianheng
                     : x.reviewer_agency_id == agency_id(chengyuan) ? &chengyuan
                                                                    : nullptr;
    if (!by) continue;
    rounds.review(*by, x.id,
                  boost::json::parse(R"({"format": 9, "completeness": 21, "performance": 24,
                                         "evidence": 16, "language": 13})"),
                  "报告结构完整，部分结论缺少数据支撑，建议补充抽样核查的过程记录。");
  }
  return made;
}

}  // namespace jixiao::cli
