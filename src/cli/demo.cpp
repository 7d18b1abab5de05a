#include "cli/demo.h"
#include "cli/demo_targets.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accounts/repo.h"
#include "audit/log.h"
#include "auth/password.h"
#include "base/money.h"
#include "org/repo.h"
#include "org/repo_bulk.h"
#include "projects/model.h"
#include "projects/repo.h"
#include "projects/repo_bulk.h"
#include "targets/repo.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;

// Organisation rows carry one fixed time so that every demo database is identical.
const std::string kOrgTime = "2025-12-01T08:00:00Z";
constexpr std::array<long long, 2> kYears = {2025, 2026};

std::int64_t tag_bit(const std::string& tag) { return projects::tags_to_bits({tag}).value(); }
const std::int64_t kTransfer = tag_bit("transfer");
const std::int64_t kBond = tag_bit("special_bond");
const std::int64_t kDirect = tag_bit("direct_fund");
const std::int64_t kPpp = tag_bit("ppp");
const std::int64_t kProcure = tag_bit("procurement");
const std::int64_t kService = tag_bit("purchased_service");
const std::int64_t kRural = tag_bit("rural_revitalisation");

constexpr const char* kGeneral = "general";
constexpr const char* kGovFund = "gov_fund";
constexpr const char* kStateCapital = "state_capital";
constexpr const char* kSocialInsurance = "social_insurance";

// A kind of project a department's sector runs.
struct ProjectKind {
  const char* name;
  const char* function_class;  // 支出功能分类科目 (7 digits)
  const char* fund_type;
  int weight;              // relative frequency within the sector
  int scale;               // shift of the amount band: negative smaller, positive larger
  std::int64_t tags;       // tags such projects often carry
  bool works = false;      // construction: named after a township, new or continuing
  bool dept_only = false;  // policy money the department itself manages
};

// A line of government work: its department, the finance section in charge and its projects.
struct Sector {
  const char* department;         // name without the region prefix
  const char* county_department;  // the county's name for it, or nullptr when counties have none
  const char* section;            // stem of the business section in charge ("教科文")
  const char* program;            // 一级项目 grouping sub-projects
  std::vector<const char*> prefecture_units;
  std::vector<const char*> county_units;
  std::vector<ProjectKind> kinds;
};

// clang-format off
const std::vector<Sector>& sectors() {
  static const std::vector<Sector> all = {
    {"教育体育局", "教育体育局", "教科文", "教育事业发展专项",
     {"第一中学", "民族中学", "实验小学", "职业技术学校", "特殊教育学校", "体育运动学校"},
     {"第一中学", "第二小学", "民族中学"},
     {{"义务教育学校公用经费保障", "2050202", kGeneral, 5, 0, kTransfer | kDirect},
      {"农村义务教育学生营养改善计划", "2050203", kGeneral, 3, 0, kTransfer | kDirect},
      {"学前教育发展资金", "2050201", kGeneral, 3, -1, kTransfer},
      {"普通高中国家助学金及免学费补助", "2050204", kGeneral, 2, 0, kTransfer},
      {"中等职业教育国家助学金", "2050302", kGeneral, 2, -1, kTransfer},
      {"特殊教育补助经费", "2050701", kGeneral, 1, -2, 0},
      {"中小学教师培训经费", "2050801", kGeneral, 2, -2, kService},
      {"义务教育薄弱环节改善与能力提升", "2050203", kGeneral, 2, 1, kTransfer, true},
      {"校舍安全维修改造工程", "2050901", kGeneral, 2, 0, kProcure, true},
      {"教学仪器设备购置", "2050902", kGeneral, 2, -1, kProcure},
      {"乡村教师生活补助", "2050299", kGeneral, 2, 0, kTransfer | kRural, false, true},
      {"体育彩票公益金全民健身项目", "2296003", kGovFund, 1, -1, 0, false, true},
      {"教育彩票公益金助学项目", "2296004", kGovFund, 1, -2, 0, false, true}}},
    {"卫生健康委员会", "卫生健康局", "社会保障", "卫生健康事业发展专项",
     {"人民医院", "中医医院", "妇幼保健院", "疾病预防控制中心", "中心血站"},
     {"人民医院", "疾病预防控制中心"},
     {{"基本公共卫生服务项目", "2100408", kGeneral, 4, 0, kTransfer | kDirect},
      {"重大传染病防控经费", "2100409", kGeneral, 2, 0, kTransfer},
      {"公立医院综合改革补助", "2100201", kGeneral, 2, 1, kTransfer},
      {"医疗服务与保障能力提升项目", "2100201", kGeneral, 2, 1, kTransfer},
      {"中医药传承与创新发展", "2100202", kGeneral, 1, 0, kTransfer},
      {"乡镇卫生院标准化建设", "2100302", kGeneral, 2, 0, kTransfer | kRural, true},
      {"妇幼健康服务项目", "2100403", kGeneral, 2, -1, kTransfer},
      {"疾病预防控制能力建设", "2100401", kGeneral, 2, 0, kProcure},
      {"无偿献血及血液安全保障", "2100406", kGeneral, 1, -2, 0},
      {"医疗设备购置", "2100201", kGeneral, 2, 0, kProcure},
      {"家庭医生签约服务", "2100408", kGeneral, 1, -1, kService},
      {"计划生育家庭奖励扶助", "2100717", kGeneral, 2, -1, kTransfer | kDirect, false, true}}},
    {"农业农村局", "农业农村局", "农业农村", "乡村振兴发展专项",
     {"农业技术推广站", "动物疫病预防控制中心", "农产品质量安全检测中心"},
     {"农业技术推广中心"},
     {{"高标准农田建设项目", "2130153", kGeneral, 3, 2, kTransfer | kRural, true},
      {"农业产业发展扶持资金", "2130122", kGeneral, 2, 0, kRural},
      {"动物疫病防控经费", "2130108", kGeneral, 2, -1, kProcure},
      {"农产品质量安全监管", "2130109", kGeneral, 2, -2, kService},
      {"农业技术推广与培训", "2130106", kGeneral, 2, -2, kService},
      {"农村人居环境整治提升", "2130126", kGeneral, 2, 0, kRural, true},
      {"农民专业合作社发展补助", "2130124", kGeneral, 1, -2, kRural},
      {"耕地地力保护补贴", "2130122", kGeneral, 2, 1, kTransfer | kDirect, false, true},
      {"巩固脱贫攻坚成果衔接资金项目", "2130504", kGeneral, 3, 1, kTransfer | kDirect | kRural,
       true, true},
      {"农业防灾减灾和水利救灾资金", "2130119", kGeneral, 1, 0, kTransfer, false, true},
      {"土地出让收入用于农业农村项目", "2120804", kGovFund, 2, 1, kRural, true, true}}},
    {"林业和草原局", "林业和草原局", "农业农村", "林业生态保护专项",
     {"林业和草原技术推广站", "自然保护区管护局"},
     {},
     {{"森林草原防火专项", "2130234", kGeneral, 3, -1, kProcure},
      {"天然林资源保护管理", "2130207", kGeneral, 2, 0, kTransfer},
      {"森林生态效益补偿", "2130209", kGeneral, 3, 0, kTransfer | kDirect | kRural},
      {"林业有害生物防治", "2130234", kGeneral, 2, -2, kService},
      {"国土绿化造林工程", "2130205", kGeneral, 2, 0, kTransfer, true},
      {"野生动植物保护", "2130211", kGeneral, 2, -1, 0},
      {"湿地保护与修复", "2130212", kGeneral, 1, 0, kTransfer}}},
    {"水务局", "水务局", "农业农村", "水利发展专项",
     {"水利工程管理处", "水土保持工作站"},
     {},
     {{"农村饮水安全巩固提升工程", "2130335", kGeneral, 3, 1, kTransfer | kRural, true},
      {"中小河流治理工程", "2130319", kGeneral, 2, 2, kTransfer, true},
      {"小型水库除险加固", "2130305", kGeneral, 2, 1, kTransfer, true},
      {"水利工程运行维护", "2130306", kGeneral, 2, -1, kService},
      {"水土保持综合治理", "2130310", kGeneral, 1, 0, kTransfer, true},
      {"防汛抗旱经费", "2130314", kGeneral, 2, -1, 0},
      {"灌区续建配套与节水改造", "2130305", kGeneral, 1, 2, kTransfer, true, true},
      {"城乡供水一体化工程", "2120804", kGovFund, 1, 3, kBond | kPpp, true, true}}},
    {"交通运输局", "交通运输局", "经济建设", "交通基础设施建设专项",
     {"公路事业发展中心", "交通运输综合行政执法支队"},
     {},
     {{"农村公路建设项目", "2140602", kGeneral, 3, 1, kTransfer | kRural, true},
      {"普通国省干线公路养护", "2140106", kGeneral, 2, 1, kTransfer},
      {"农村公路养护工程", "2140106", kGeneral, 2, 0, kRural, true},
      {"公路安全生命防护工程", "2140110", kGeneral, 1, 0, kTransfer, true},
      {"交通运输综合执法经费", "2140112", kGeneral, 1, -2, 0},
      {"城乡客运一体化补助", "2140199", kGeneral, 1, -1, kTransfer, false, true},
      {"产业园区道路建设项目", "2120803", kGovFund, 1, 3, kBond | kPpp, true, true}}},
    {"人力资源和社会保障局", "人力资源和社会保障局", "社会保障", "就业创业促进专项",
     {"就业服务中心", "社会保险中心", "人事考试中心"},
     {"社会保险中心"},
     {{"就业创业服务补贴", "2080701", kGeneral, 2, -1, kTransfer | kDirect},
      {"职业技能培训补贴", "2080702", kGeneral, 2, -1, kTransfer | kService},
      {"公益性岗位补贴", "2080705", kGeneral, 2, -1, kTransfer},
      {"人才引进与培养专项", "2080199", kGeneral, 1, -2, 0},
      {"机关事业单位基本养老保险缴费", "2080505", kGeneral, 1, 1, 0, false, true},
      {"城乡居民基本养老保险基础养老金", "2091001", kSocialInsurance, 1, 2, 0, false, true},
      {"失业保险金发放", "2090201", kSocialInsurance, 1, 0, 0, false, true},
      {"工伤保险待遇支出", "2090401", kSocialInsurance, 1, 0, 0, false, true},
      {"机关事业单位基本养老保险基金支出", "2091101", kSocialInsurance, 1, 3, 0, false, true}}},
    {"民政局", "民政局", "社会保障", "社会救助专项",
     {"社会福利院", "救助管理站"},
     {},
     {{"养老服务体系建设", "2081006", kGeneral, 2, 0, kService},
      {"儿童福利保障经费", "2081001", kGeneral, 1, -1, kTransfer},
      {"临时救助资金", "2082001", kGeneral, 2, -1, kTransfer},
      {"社区治理与基层政权建设", "2080208", kGeneral, 1, -2, kService},
      {"殡葬改革经费", "2081004", kGeneral, 1, -2, 0},
      {"城乡最低生活保障资金", "2081902", kGeneral, 3, 1, kTransfer | kDirect, false, true},
      {"特困人员救助供养", "2082102", kGeneral, 2, 0, kTransfer | kDirect, false, true},
      {"福利彩票公益金社会福利项目", "2296002", kGovFund, 2, -1, 0, false, true}}},
    {"医疗保障局", nullptr, "社会保障", "医疗保障专项",
     {"医疗保险服务中心"},
     {},
     {{"医疗保障信息化建设", "2101599", kGeneral, 1, -1, kProcure},
      {"城乡居民基本医疗保险财政补助", "2101202", kGeneral, 2, 2, kTransfer | kDirect, false,
       true},
      {"城乡医疗救助", "2101301", kGeneral, 2, 0, kTransfer | kDirect, false, true},
      {"城乡居民基本医疗保险基金医疗待遇支出", "2091201", kSocialInsurance, 2, 2, 0, false,
       true},
      {"职工基本医疗保险统筹基金支出", "2090301", kSocialInsurance, 1, 2, 0, false, true}}},
    {"公安局", "公安局", "行政政法", "公共安全保障专项",
     {"公安局交通警察支队", "看守所"},
     {},
     {{"公共安全视频监控建设联网应用", "2040219", kGeneral, 2, 1, kProcure, true},
      {"禁毒专项经费", "2040221", kGeneral, 2, -1, kTransfer},
      {"执法办案经费", "2040220", kGeneral, 2, -1, 0},
      {"警用装备购置", "2040221", kGeneral, 2, 0, kProcure},
      {"道路交通安全管理经费", "2040221", kGeneral, 1, -1, 0},
      {"公安基层所队建设", "2040221", kGeneral, 1, 0, kTransfer, true},
      {"警务辅助人员经费保障", "2040250", kGeneral, 1, 0, kService}}},
    {"住房和城乡建设局", "住房和城乡建设局", "经济建设", "城乡建设发展专项",
     {"建设工程质量安全监督站", "城市管理综合行政执法支队"},
     {},
     {{"城镇老旧小区改造", "2210108", kGeneral, 2, 1, kTransfer, true},
      {"农村危房改造", "2210105", kGeneral, 2, 0, kTransfer | kRural, true},
      {"城市生活垃圾处理", "2120501", kGeneral, 1, 0, kService},
      {"建设工程质量安全监督", "2120601", kGeneral, 1, -2, 0},
      {"城市基础设施配套建设", "2121301", kGovFund, 2, 1, kPpp, true, true},
      {"征地和拆迁补偿", "2120801", kGovFund, 2, 2, 0, false, true},
      {"城市道路建设项目", "2120803", kGovFund, 2, 2, kBond, true, true},
      {"城镇棚户区改造项目", "2120803", kGovFund, 1, 2, kBond, true, true}}},
    {"文化和旅游局", nullptr, "教科文", "文化旅游发展专项",
     {"图书馆", "博物馆", "民族歌舞团"},
     {},
     {{"公共文化场馆免费开放", "2070109", kGeneral, 2, -1, kTransfer | kDirect},
      {"非物质文化遗产保护", "2070111", kGeneral, 2, -1, kTransfer},
      {"文物保护修缮工程", "2070204", kGeneral, 2, 0, kTransfer, true},
      {"旅游宣传推介", "2070113", kGeneral, 1, -1, kService},
      {"文艺精品创作与惠民演出", "2070107", kGeneral, 1, -1, kService},
      {"旅游厕所及公共服务设施建设", "2070199", kGeneral, 1, 0, 0, true}}},
    {"科学技术局", nullptr, "教科文", "科技创新发展专项",
     {"科技情报研究所"},
     {},
     {{"重点研发计划项目", "2060404", kGeneral, 3, -1, 0},
      {"科学技术普及活动", "2060702", kGeneral, 2, -2, kService},
      {"科技成果转化与推广", "2060404", kGeneral, 1, -1, 0},
      {"科技特派员服务经费", "2060799", kGeneral, 1, -2, kRural}}},
    {"自然资源局", nullptr, "经济建设", "自然资源保护利用专项",
     {"不动产登记中心"},
     {},
     {{"地质灾害防治项目", "2240601", kGeneral, 2, 0, kTransfer, true},
      {"国土空间规划编制", "2200104", kGeneral, 1, -1, kService},
      {"不动产登记经费", "2200109", kGeneral, 1, -2, 0},
      {"耕地保护与土地整治", "2200106", kGeneral, 1, 0, kTransfer | kRural, true},
      {"土地开发整理项目", "2120802", kGovFund, 1, 2, 0, true, true}}},
    {"生态环境局", nullptr, "经济建设", "污染防治专项",
     {"生态环境监测站"},
     {},
     {{"大气污染防治", "2110301", kGeneral, 1, -1, kTransfer},
      {"水污染防治", "2110302", kGeneral, 2, 0, kTransfer, true},
      {"土壤污染防治", "2110307", kGeneral, 1, -1, kTransfer},
      {"农村环境整治", "2110402", kGeneral, 1, 0, kRural, true},
      {"生态环境监测能力建设", "2110299", kGeneral, 1, -1, kProcure}}},
    {"应急管理局", nullptr, "行政政法", "应急管理能力建设专项",
     {"应急救援保障中心"},
     {},
     {{"安全生产监管执法", "2240106", kGeneral, 1, -2, 0},
      {"应急物资储备", "2240109", kGeneral, 1, -1, kProcure},
      {"消防救援装备购置", "2240204", kGeneral, 1, 0, kProcure},
      {"自然灾害救灾补助", "2240703", kGeneral, 1, 0, kTransfer, false, true}}},
    {"退役军人事务局", nullptr, "社会保障", "退役军人服务保障专项",
     {"军队离退休干部休养所"},
     {},
     {{"退役军人就业创业扶持", "2082899", kGeneral, 1, -2, kService},
      {"拥军优属经费", "2082804", kGeneral, 1, -2, 0},
      {"优抚对象抚恤和生活补助", "2080803", kGeneral, 2, 0, kTransfer, false, true},
      {"义务兵家庭优待金", "2080805", kGeneral, 1, -1, 0, false, true}}},
    {"国有资产监督管理委员会", nullptr, "预算", "国有企业改革发展专项",
     {},
     {},
     {{"国有企业退休人员社会化管理补助", "2230105", kStateCapital, 1, -1, 0, false, true},
      {"国有企业资本金注入", "2230201", kStateCapital, 1, 2, 0, false, true},
      {"国有企业改革成本支出", "2230199", kStateCapital, 1, 0, 0, false, true}}},
  };
  return all;
}
// clang-format on

// Business sections of every finance bureau ("科" at the prefecture, "股" in a county).
constexpr std::array<const char*, 6> kBusinessSections = {"预算",     "教科文",   "经济建设",
                                                          "农业农村", "社会保障", "行政政法"};
constexpr const char* kPerformanceSection = "绩效管理";

struct RegionSpec {
  const char* code;
  const char* name;
  const char* prefix;           // of unit names: "州" at the prefecture, the county's name below
  const char* section_suffix;   // "科" or "股"
  std::array<int, 2> projects;  // per year in kYears
  std::vector<const char*> townships;
};

const std::vector<RegionSpec>& region_specs() {
  static const std::vector<RegionSpec> all = {
      {kDemoRegionCode,
       "云岭州",
       "州",
       "科",
       {350, 1400},
       {"云溪镇", "南岭镇", "松岚镇", "河口镇", "苍岭镇", "安乐镇", "勐岗乡", "白沙乡"}},
      {"539921",
       "云溪县",
       "云溪县",
       "股",
       {150, 600},
       {"云溪镇", "勐岗乡", "南岭镇", "石门乡", "新华镇", "龙潭乡"}},
      {"539922",
       "松岚县",
       "松岚县",
       "股",
       {150, 600},
       {"松岚镇", "白沙乡", "河口镇", "青龙乡", "大平掌乡", "回龙镇"}},
      {"539923",
       "苍岭县",
       "苍岭县",
       "股",
       {150, 600},
       {"苍岭镇", "勐拉乡", "东山乡", "马鹿塘乡", "安乐镇", "清水河乡"}},
  };
  return all;
}

// A department or unit that owns projects.
struct Owner {
  long long unit_id = 0;
  long long department_id = 0;
  const Sector* sector = nullptr;
  bool department = false;
};

// What was created for one region, as the later steps need it.
struct RegionOrg {
  const RegionSpec* spec = nullptr;
  long long id = 0;
  std::map<std::string, long long> sections;  // by stem ("教科文"), the performance office too
  std::map<std::string, long long> units;     // by full name ("州第一中学")
  std::map<long long, long long> section_of_department;
  std::vector<Owner> owners;
};

std::string pad(long long v, std::size_t width) {
  std::string s = std::to_string(v);
  return s.size() >= width ? s : std::string(width - s.size(), '0') + s;
}

std::string iso_time(long long year, long long month, long long day, long long hour) {
  return std::to_string(year) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) +
         ":00:00Z";
}

// --- Organisation -----------------------------------------------------------------------------

long long insert_region(soci::session& s, const RegionSpec& spec, long long parent_id,
                        const std::string& parent_path) {
  org::Region r;
  r.parent_id = parent_id;
  r.code = spec.code;
  r.name = spec.name;
  r.level = parent_id == 0 ? "prefecture" : "county";
  r.path = parent_path.empty() ? "/" : parent_path;
  r.created_at = r.updated_at = kOrgTime;
  return org::repo::insert_region(s, r);
}

void insert_bureau_and_sections(soci::session& s, RegionOrg& org) {
  const std::string bureau_name = std::string(org.spec->name) + "财政局";
  const long long bureau_id = org::repo::insert_bureau(s, {0, org.id, bureau_name, 1}, kOrgTime);
  auto add = [&](const char* stem, const std::string& kind) {
    const std::string name = std::string(stem) + org.spec->section_suffix;
    org.sections[stem] =
        org::repo::insert_section(s, {0, bureau_id, org.id, name, kind, 1, 0}, kOrgTime);
  };
  add(kPerformanceSection, "performance_office");
  for (const char* stem : kBusinessSections) add(stem, "business");
}

void insert_fiscal_years(soci::session& s, long long region_id) {
  for (const long long year : kYears)
    org::repo::insert_fiscal_year(s, {0, region_id, year, "open", 1, kOrgTime, kOrgTime});
}

long long insert_department(soci::session& s, RegionOrg& org, const std::string& code,
                            const std::string& name, long long section_id) {
  const long long id = org::repo::insert_department(s, org.id, section_id, code, name, kOrgTime);
  org.units[name] = id;
  org.section_of_department[id] = section_id;
  return id;
}

long long insert_unit(soci::session& s, RegionOrg& org, long long department_id,
                      const std::string& code, const std::string& name) {
  const long long id =
      org::repo::insert_department_unit(s, org.id, department_id, code, name, kOrgTime);
  org.units[name] = id;
  return id;
}

// Departments are coded 101, 102, ...; their units 101001, 101002, ...
void insert_units(soci::session& s, RegionOrg& org, bool county) {
  long long dept_no = 100;
  for (const Sector& sector : sectors()) {
    if (county && sector.county_department == nullptr) continue;
    const std::string dept_code = std::to_string(++dept_no);
    const std::string dept_name =
        std::string(org.spec->prefix) + (county ? sector.county_department : sector.department);
    const long long dept_id =
        insert_department(s, org, dept_code, dept_name, org.sections.at(sector.section));
    org.owners.push_back({dept_id, dept_id, &sector, true});
    long long unit_no = 0;
    for (const char* stem : county ? sector.county_units : sector.prefecture_units) {
      const std::string code = dept_code + pad(++unit_no, 3);
      const long long unit_id =
          insert_unit(s, org, dept_id, code, std::string(org.spec->prefix) + stem);
      org.owners.push_back({unit_id, dept_id, &sector, false});
    }
  }
}

std::vector<RegionOrg> insert_organisation(soci::session& s) {
  std::vector<RegionOrg> orgs;
  std::string root_path;
  long long root_id = 0;
  for (const RegionSpec& spec : region_specs()) {
    RegionOrg org;
    org.spec = &spec;
    org.id = insert_region(s, spec, root_id, root_path);
    if (root_id == 0) {
      root_id = org.id;
      root_path = "/" + std::to_string(root_id) + "/";
    }
    insert_bureau_and_sections(s, org);
    insert_fiscal_years(s, org.id);
    insert_units(s, org, org.id != root_id);
    orgs.push_back(std::move(org));
  }
  return orgs;
}

// --- Projects ---------------------------------------------------------------------------------

struct PlannedProject {
  long long region_id = 0;
  long long year = 0;
  std::string code;
  std::string name;
  long long unit_id = 0;
  long long department_id = 0;
  std::string fund_type;
  long long amount_fen = 0;  // long long, not Fen (int64_t is long): SOCI 4.0 binds long long
  std::string function_class;
  std::string category;
  long long tags = 0;
  std::string status;
  std::string created_at;
  std::string updated_at;
  long long parent = -1;  // index of the program in the plan, or -1
  long long id = 0;       // once inserted (programs only)
};

// Picks an index with probability proportional to its weight.
template <class Weights>
std::size_t pick_weighted(Rng& rng, const Weights& weights) {
  long long total = 0;
  for (auto w : weights) total += w;
  long long r = static_cast<long long>(rng() % static_cast<std::uint64_t>(total));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

bool chance(Rng& rng, int percent) { return static_cast<int>(rng() % 100) < percent; }

// Amount bands in 万元 and how often each is drawn (per mille): many small, a few very large.
constexpr std::array<long long, 12> kBandWan = {5,   10,   20,   50,   100,   200,
                                                500, 1000, 2000, 5000, 10000, 30000};
constexpr std::array<int, 11> kBandWeight = {150, 170, 220, 150, 110, 100, 50, 28, 15, 5, 2};

Fen draw_amount(Rng& rng, int shift) {
  long long band = static_cast<long long>(pick_weighted(rng, kBandWeight)) + shift;
  band = std::max(0LL, std::min(band, static_cast<long long>(kBandWeight.size()) - 1));
  const Fen lo = kBandWan[band] * kFenPerWan;
  const Fen span = (kBandWan[band + 1] - kBandWan[band]) * kFenPerWan;
  const Fen amount = lo + static_cast<Fen>(rng() % static_cast<std::uint64_t>(span));
  // Budgets are written to the hundred yuan; large ones to the 万元.
  const Fen step = band >= 7 ? kFenPerWan : 100 * kFenPerYuan;
  return amount - amount % step;
}

std::string draw_status(Rng& rng, long long year) {
  static constexpr std::array<int, 5> kCurrent = {8, 10, 42, 40, 0};  // draft … completed
  static constexpr std::array<int, 5> kPrevious = {0, 0, 10, 60, 30};
  const std::size_t i = pick_weighted(rng, year == kYears.back() ? kCurrent : kPrevious);
  return projects::statuses().terms()[i].value;
}

std::string draw_category(Rng& rng, bool works) {
  static constexpr std::array<int, 3> kWorks = {45, 55, 0};  // new, continuing, recurring
  static constexpr std::array<int, 3> kOther = {15, 30, 55};
  return projects::categories().terms()[pick_weighted(rng, works ? kWorks : kOther)].value;
}

std::int64_t draw_tags(Rng& rng, std::int64_t likely) {
  std::int64_t tags = 0;
  for (std::size_t i = 0; i < projects::tags().terms().size(); ++i) {
    const std::int64_t bit = std::int64_t{1} << i;
    if ((likely & bit) && chance(rng, 60)) tags |= bit;
  }
  return tags;
}

// Declared in the autumn before the year, touched again as the status moved on.
void draw_times(Rng& rng, PlannedProject& p) {
  p.created_at =
      iso_time(p.year - 1, 10 + static_cast<long long>(rng() % 2),
               1 + static_cast<long long>(rng() % 28), 1 + static_cast<long long>(rng() % 8));
  if (p.status == "draft") {
    p.updated_at = p.created_at;
  } else if (p.status == "declared") {
    p.updated_at = iso_time(p.year - 1, 12, 1 + static_cast<long long>(rng() % 28), 2);
  } else {
    p.updated_at = iso_time(p.year, 1 + static_cast<long long>(rng() % 3),
                            1 + static_cast<long long>(rng() % 28), 3);
  }
}

const ProjectKind& pick_kind(Rng& rng, const Owner& owner, bool general_only) {
  std::vector<const ProjectKind*> kinds;
  std::vector<int> weights;
  for (const ProjectKind& k : owner.sector->kinds) {
    if (!owner.department && k.dept_only) continue;
    if (general_only && std::string_view(k.fund_type) != kGeneral) continue;
    kinds.push_back(&k);
    weights.push_back(k.weight);
  }
  return *kinds[pick_weighted(rng, weights)];
}

// Plans the projects of one region and year; codes are "<region code><year><5-digit sequence>".
class YearPlanner {
 public:
  YearPlanner(Rng& rng, const RegionOrg& org, long long year, std::vector<PlannedProject>& out)
      : rng_(rng), org_(org), year_(year), out_(out) {}

  void run(int count, int programs) {
    const std::size_t start = out_.size();
    for (const Owner* dept : program_departments(programs)) add_program(*dept);
    while (out_.size() - start < static_cast<std::size_t>(count)) {
      add_project(org_.owners[pick_owner()], -1, "");
    }
  }

 private:
  // Departments weigh more than units: they also run the policy money.
  std::size_t pick_owner() {
    std::vector<int> weights;
    for (const Owner& o : org_.owners) weights.push_back(o.department ? 3 : 2);
    return pick_weighted(rng_, weights);
  }

  std::vector<const Owner*> program_departments(int n) {
    std::vector<const Owner*> depts;
    for (std::size_t i = 0; i < org_.owners.size(); ++i) {
      const bool has_units = i + 1 < org_.owners.size() && !org_.owners[i + 1].department;
      if (org_.owners[i].department && has_units) depts.push_back(&org_.owners[i]);
    }
    for (std::size_t i = depts.size(); i > 1; --i) std::swap(depts[i - 1], depts[rng_() % i]);
    depts.resize(std::min(depts.size(), static_cast<std::size_t>(n)));
    return depts;
  }

  // A program (一级项目) owned by the department, its sub-projects by the department's units.
  void add_program(const Owner& dept) {
    std::vector<const Owner*> members;
    for (const Owner& o : org_.owners) {
      if (o.department_id == dept.unit_id) members.push_back(&o);
    }
    const long long program = static_cast<long long>(out_.size());
    PlannedProject& p = start(dept, std::to_string(year_) + "年" + dept.sector->program);
    p.fund_type = kGeneral;
    p.category = "continuing";
    const std::string status = year_ == kYears.back() ? "approved" : "executing";
    p.status = status;
    draw_times(rng_, p);
    // p dangles from here on: adding sub-projects may move the vector.
    const int children = 3 + static_cast<int>(rng_() % 4);
    for (int i = 0; i < children; ++i) {
      add_project(*members[static_cast<std::size_t>(i) % members.size()], program, status);
    }
    Fen total = 0;
    for (std::size_t i = static_cast<std::size_t>(program) + 1; i < out_.size(); ++i) {
      total += out_[i].amount_fen;
    }
    out_[static_cast<std::size_t>(program)].amount_fen = total;
    out_[static_cast<std::size_t>(program)].function_class =
        out_[static_cast<std::size_t>(program) + 1].function_class;
  }

  void add_project(const Owner& owner, long long parent, const std::string& status) {
    const ProjectKind& kind = pick_kind(rng_, owner, parent >= 0);
    std::string name = chance(rng_, 30) ? std::to_string(year_) + "年" : "";
    name += kind.name;
    if (kind.works) {
      const auto& towns = org_.spec->townships;
      name += std::string("（") + towns[rng_() % towns.size()] + "）";
    }
    PlannedProject& p = start(owner, name);
    p.fund_type = kind.fund_type;
    const bool county = org_.spec != &region_specs().front();
    p.amount_fen = draw_amount(rng_, kind.scale - (county ? 1 : 0));
    p.function_class = kind.function_class;
    p.category = draw_category(rng_, kind.works);
    p.tags = draw_tags(rng_, kind.tags);
    p.status = status.empty() ? draw_status(rng_, year_) : status;
    p.parent = parent;
    draw_times(rng_, p);
  }

  PlannedProject& start(const Owner& owner, std::string name) {
    PlannedProject& p = out_.emplace_back();
    p.region_id = org_.id;
    p.year = year_;
    p.code = std::string(org_.spec->code) + std::to_string(year_) + pad(++sequence_, 5);
    p.name = std::move(name);
    p.unit_id = owner.unit_id;
    p.department_id = owner.department_id;
    return p;
  }

  Rng& rng_;
  const RegionOrg& org_;
  long long year_;
  std::vector<PlannedProject>& out_;
  long long sequence_ = 0;
};

std::vector<PlannedProject> plan_projects(const std::vector<RegionOrg>& orgs) {
  Rng rng(20260101);
  std::vector<PlannedProject> plan;
  for (const RegionOrg& org : orgs) {
    const bool prefecture = &org == &orgs.front();
    for (std::size_t y = 0; y < kYears.size(); ++y) {
      const bool current = kYears[y] == kYears.back();
      const int programs = prefecture ? (current ? 4 : 1) : (current ? 1 : 0);
      YearPlanner(rng, org, kYears[y], plan).run(org.spec->projects[y], programs);
    }
  }
  return plan;
}

projects::Project to_project(const PlannedProject& p, const std::vector<PlannedProject>& plan) {
  projects::Project out;
  out.region_id = p.region_id;
  out.year = p.year;
  out.code = p.code;
  out.name = p.name;
  out.unit_id = p.unit_id;
  out.department_id = p.department_id;
  out.fund_type = p.fund_type;
  out.amount_fen = p.amount_fen;
  out.function_class = p.function_class;
  out.category = p.category;
  out.parent_id = p.parent >= 0 ? plan[static_cast<std::size_t>(p.parent)].id : 0;
  out.tags = p.tags;
  out.status = p.status;
  out.created_at = p.created_at;
  out.updated_at = p.updated_at;
  return out;
}

// Programs one by one, for their ids; everything else in one bulk statement.
std::size_t insert_projects(soci::session& s, db::Dialect dialect,
                            const std::vector<RegionOrg>& orgs) {
  std::vector<PlannedProject> plan = plan_projects(orgs);
  std::vector<bool> is_program(plan.size(), false);
  for (const PlannedProject& p : plan) {
    if (p.parent >= 0) is_program[static_cast<std::size_t>(p.parent)] = true;
  }
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (is_program[i]) plan[i].id = projects::repo::insert(s, to_project(plan[i], plan));
  }
  projects::repo::ProjectRows rows;
  for (const PlannedProject& p : plan) {
    if (p.id == 0) rows.add(to_project(p, plan));
  }
  projects::repo::insert_bulk(s, dialect, rows);
  return plan.size();
}

// --- Accounts ---------------------------------------------------------------------------------

// Where the demo accounts sit, taken from the organisation just created.
struct Placements {
  long long root = 0;
  long long office = 0;  // the prefecture's performance office
  long long section = 0;
  long long department = 0;
  long long unit = 0;
  long long unit2 = 0;
  long long county = 0;
  long long county_office = 0;
};

constexpr const char* kDepartment = "州教育体育局";
constexpr const char* kUnit = "州第一中学";
constexpr const char* kUnit2 = "州人民医院";

struct AccountSpec {
  const char* username;
  const char* role;
  const char* display_name;
  const char* description;
};

constexpr std::array<AccountSpec, 10> kAccounts = {{
    {"demo_admin", "admin", "李强（系统管理员）", "系统管理员（云岭州）"},
    {"demo_office", "performance_office", "张敏（绩效科）", "云岭州财政局绩效管理科"},
    {"demo_section", "business_section", "王磊（教科文科）",
     "云岭州财政局教科文科（业务科室，归口州教育体育局等）"},
    {"demo_department", "department", "赵丽（州教育体育局）", "州教育体育局（预算部门）"},
    {"demo_unit", "unit", "陈静（州第一中学）", "州第一中学（预算单位，属州教育体育局）"},
    {"demo_unit2", "unit", "刘洋（州人民医院）", "州人民医院（预算单位，属州卫生健康委员会）"},
    {"demo_county_office", "performance_office", "杨帆（云溪县绩效股）",
     "云溪县财政局绩效管理股（县级绩效管理）"},
    {"demo_agency", "agency", "周凯（云岭正信评价事务所）", "第三方评价机构"},
    {"demo_expert", "expert", "吴建国（评审专家）", "评审专家（专家库）"},
    {"demo_viewer", "viewer", "孙悦（监督查询）", "只读查询（监督）"},
}};

Placements place(const std::vector<RegionOrg>& orgs) {
  const RegionOrg& root = orgs.front();
  const RegionOrg& county = orgs.at(1);
  Placements p;
  p.root = root.id;
  p.office = root.sections.at(kPerformanceSection);
  p.department = root.units.at(kDepartment);
  p.section = root.section_of_department.at(p.department);
  p.unit = root.units.at(kUnit);
  p.unit2 = root.units.at(kUnit2);
  p.county = county.id;
  p.county_office = county.sections.at(kPerformanceSection);
  return p;
}

// Region, unit and section of account i in kAccounts (0 = none).
std::array<long long, 3> placement_of(std::size_t i, const Placements& p) {
  switch (i) {
    case 1:
      return {p.root, 0, p.office};
    case 2:
      return {p.root, 0, p.section};
    case 3:
      return {p.root, p.department, 0};
    case 4:
      return {p.root, p.unit, 0};
    case 5:
      return {p.root, p.unit2, 0};
    case 6:
      return {p.county, 0, p.county_office};
    default:
      return {p.root, 0, 0};
  }
}

void insert_users(soci::session& s, const Placements& where, const std::string& password_hash) {
  for (std::size_t i = 0; i < kAccounts.size(); ++i) {
    accounts::User u;
    u.username = kAccounts[i].username;
    u.role = kAccounts[i].role;
    u.display_name = kAccounts[i].display_name;
    const auto [region_id, unit_id, section_id] = placement_of(i, where);
    u.region_id = region_id;
    u.unit_id = unit_id;
    u.section_id = section_id;
    u.must_change_password = false;
    u.created_at = u.updated_at = kOrgTime;
    accounts::repo::insert(s, u, password_hash);
  }
}

std::vector<DemoAccount> demo_accounts() {
  std::vector<DemoAccount> out;
  for (const AccountSpec& a : kAccounts) out.push_back({a.username, a.role, a.description});
  return out;
}

bool demo_exists(soci::session& s) {
  return org::repo::find_region_by_code(s, kDemoRegionCode).has_value();
}

void build_demo(soci::session& s, db::Dialect dialect, const std::string& password_hash) {
  const std::vector<RegionOrg> orgs = insert_organisation(s);
  const std::size_t projects = insert_projects(s, dialect, orgs);
  const Placements where = place(orgs);
  insert_users(s, where, password_hash);
  const std::size_t targets = insert_demo_targets(s, {where.unit, where.unit2});
  for (const long long year : kYears) {  // the projects went in by bulk
    projects::repo::rebuild_totals(s, year);
    targets::repo::rebuild_totals(s, year);
  }
  std::size_t units = 0;
  for (const RegionOrg& org : orgs) units += org.units.size();
  auto e = audit::system_entry("demo", "region", orgs.front().id, orgs.front().id);
  e.after_json =
      "{\"regions\":" + std::to_string(orgs.size()) + ",\"units\":" + std::to_string(units) +
      ",\"projects\":" + std::to_string(projects) + ",\"targets\":" + std::to_string(targets) +
      ",\"users\":" + std::to_string(kAccounts.size()) + "}";
  audit::append(s, dialect, e);
}

}  // namespace

std::vector<DemoAccount> create_demo(db::Database& db) {
  if (db.read([](soci::session& s) { return demo_exists(s); })) return demo_accounts();
  // Hashed once, outside the write lock: argon2id is slow on purpose.
  const std::string hash = auth::hash_password(kDemoPassword);
  const db::Dialect dialect = db.dialect();
  db.write([&](soci::session& s) {
    if (!demo_exists(s)) build_demo(s, dialect, hash);  // another process may have won the race
  });
  return demo_accounts();
}

}  // namespace jixiao::cli
