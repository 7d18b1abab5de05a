#include "cli/demo_key_evaluation.h"

#include <array>
#include <string>
#include <vector>

#include "audit/log.h"
#include "key_evaluation/credit_code.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::cli {

namespace {

namespace ke = key_evaluation;

const std::string kAt = "2025-12-01T08:00:00Z";

struct AgencySpec {
  const char* name;
  const char* code17;  // 91 (enterprise), the region's division code 539900, the organisation code
  const char* qualifications;
  long long staff;
  const char* contact;
  const char* phone;
  bool suspended;
};

constexpr std::array<AgencySpec, 4> kAgencies = {{
    {"云岭正信评价事务所有限公司", "91539900MA6KQ3R1X",
     "财政部门预算绩效评价入围机构；ISO 9001 质量管理体系认证；从事绩效评价八年", 46, "周凯",
     "0877-3126688", false},
    {"云岭天衡会计师事务所（特殊普通合伙）", "91539900MA6N0T2K4",
     "会计师事务所执业证书；财政支出绩效评价、专项资金审计", 83, "何雪梅", "0877-3359021", false},
    {"滇南诚远工程咨询有限公司", "91539900MA6P7W8C0", "工程咨询单位甲级资信；政府投资项目后评价",
     35, "罗志伟", "0877-3018846", false},
    {"云岭明德绩效管理咨询有限公司", "91539900MA6R2D5H7",
     "绩效管理咨询；因上年度报告质量不达标暂停委托", 18, "普建华", "0877-3204417", true},
}};

struct YearSpec {
  std::size_t agency;
  long long year;
  const char* contract_no;
  long long fee_fen;
  const char* notes;
};

constexpr std::array<YearSpec, 6> kYears = {{
    {0, 2025, "YLCZ-2025-CG-0318", 38'000'000, "州级重点项目绩效评价（公开招标）"},
    {0, 2026, "YLCZ-2026-CG-0207", 42'500'000, "州级重点项目及部门整体绩效评价"},
    {1, 2025, "YLCZ-2025-CG-0319", 26'800'000, "政策绩效评价（竞争性磋商）"},
    {1, 2026, "YLCZ-2026-CG-0208", 29'600'000, ""},
    {2, 2026, "YLCZ-2026-CG-0215", 18'000'000, "专项债券项目绩效评价"},
    {3, 2025, "YLCZ-2025-CG-0320", 15'000'000, "报告复核未达标，费用按 60% 结算"},
}};

void audit_create(soci::session& s, db::Dialect d, const char* entity, long long id,
                  long long region_id) {
  auto e = audit::system_entry("create", entity, id, region_id);
  e.after_json = std::string("{\"demo\":true,\"id\":") + std::to_string(id) + "}";
  audit::append(s, d, e);
}

std::vector<ke::Expert> experts(long long region_id, long long unit, long long unit2,
                                long long expert_user) {
  auto make = [region_id](std::string name, std::vector<std::string> fields, std::string title,
                          std::string employer, std::string phone, bool suspended) {
    ke::Expert e;
    e.region_id = region_id;
    e.name = std::move(name);
    e.fields = std::move(fields);
    e.title = std::move(title);
    e.employer = std::move(employer);
    e.phone = std::move(phone);
    e.status = suspended ? "suspended" : "active";
    e.created_at = e.updated_at = kAt;
    return e;
  };
  std::vector<ke::Expert> out;
  out.push_back(make("吴建国", {"教育", "财务管理"}, "正高级会计师", "云岭财经职业学院",
                     "13908771234", false));
  out.back().user_id = expert_user;
  out.back().avoid.push_back({unit, "", "2023 至 2025 年任该校财务顾问"});
  out.push_back(make("李秀兰", {"公共管理", "绩效评价"}, "副教授", "云岭大学公共管理学院",
                     "13887765021", false));
  out.push_back(make("马文涛", {"水利工程", "工程造价"}, "高级工程师", "云岭州水利水电勘测设计院",
                     "13577781166", false));
  out.back().avoid.push_back({0, "州水务局", "原工作单位，离职未满三年"});
  out.push_back(
      make("段红梅", {"卫生健康", "医院管理"}, "主任医师", "州人民医院", "13759902347", false));
  out.back().avoid.push_back({unit2, "", "本单位在职职工"});
  out.push_back(make("杨志强", {"农业农村", "乡村振兴"}, "高级经济师", "州农业科学研究所",
                     "13988054410", true));
  return out;
}

}  // namespace

void insert_demo_registry(soci::session& s, db::Dialect dialect, long long region_id,
                          long long unit, long long unit2, long long agency_user,
                          long long expert_user) {
  std::vector<long long> agency_ids;
  for (const AgencySpec& spec : kAgencies) {
    ke::Agency a;
    a.region_id = region_id;
    a.name = spec.name;
    a.credit_code = std::string(spec.code17) + *ke::credit_code_check_char(spec.code17);
    a.qualifications = spec.qualifications;
    a.staff_count = spec.staff;
    a.contact_person = spec.contact;
    a.contact_phone = spec.phone;
    a.status = spec.suspended ? "suspended" : "active";
    a.created_at = a.updated_at = kAt;
    agency_ids.push_back(ke::registry_repo::insert_agency(s, a));
    audit_create(s, dialect, "agency", agency_ids.back(), region_id);
  }
  ke::registry_repo::set_agency_users(s, agency_ids.front(), {agency_user});
  for (const YearSpec& spec : kYears) {
    ke::AgencyYear y;
    y.agency_id = agency_ids.at(spec.agency);
    y.year = spec.year;
    y.contract_no = spec.contract_no;
    y.fee_fen = spec.fee_fen;
    y.notes = spec.notes;
    y.created_at = y.updated_at = kAt;
    ke::registry_repo::insert_year(s, y);
  }
  for (auto& e : experts(region_id, unit, unit2, expert_user)) {
    // A unit to avoid carries its name as the service would fill it.
    for (auto& a : e.avoid)
      if (a.unit_id)
        s << "SELECT name FROM units WHERE id = :u", soci::use(a.unit_id), soci::into(a.name);
    const long long id = ke::registry_repo::insert_expert(s, e);
    audit_create(s, dialect, "expert", id, region_id);
  }
}

}  // namespace jixiao::cli
