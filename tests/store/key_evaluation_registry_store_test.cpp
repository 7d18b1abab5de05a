// The registries of agencies and experts on both databases: the demo's records and links, each
// role's reading (an agency's account its agency, an expert their record, units nothing), the
// office's and sections' keeping of their own region only, versions, duplicate codes and years,
// suspension as a step, and a write refused whole.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/error.h"
#include "key_evaluation/credit_code.h"
#include "key_evaluation/registry_service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::AgencyInput;
using key_evaluation::AgencyYearInput;
using key_evaluation::Avoidance;
using key_evaluation::ExpertInput;
using key_evaluation::RegistryFilter;

class KeyEvaluationRegistryStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    registry = std::make_unique<key_evaluation::RegistryService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  static AgencyInput agency(const std::string& name, const std::string& code17) {
    AgencyInput in;
    in.name = name;
    in.credit_code = code17 + *key_evaluation::credit_code_check_char(code17);
    in.staff_count = 12;
    return in;
  }
  // The error kind a call throws (internal when it throws none).
  template <class F>
  static ErrorKind kind_of(F f) {
    try {
      f();
    } catch (const AppError& e) {
      return e.kind();
    }
    return ErrorKind::internal;
  }
  std::unique_ptr<key_evaluation::RegistryService> registry;
};

TEST_F(KeyEvaluationRegistryStore, TheDemoRegistryAndWhoReadsIt) {
  const auto office = who("demo_office");
  const auto all = registry->list_agencies(office, {});
  ASSERT_EQ(all.total, 4);
  for (const auto& a : all.items)
    EXPECT_FALSE(key_evaluation::credit_code_problem(a.item.credit_code)) << a.item.credit_code;
  EXPECT_EQ(registry->list_experts(office, {}).total, 5);
  // demo_agency acts for the first agency and reads that one only, with no action on it.
  const auto mine = registry->list_agencies(who("demo_agency"), {});
  ASSERT_EQ(mine.total, 1);
  EXPECT_EQ(mine.items[0].item.name, "云岭正信评价事务所有限公司");
  EXPECT_TRUE(mine.items[0].actions.empty());
  const auto detail = registry->get_agency(who("demo_agency"), mine.items[0].item.id);
  ASSERT_EQ(detail.item.users.size(), 1u);
  EXPECT_EQ(detail.item.users[0].username, "demo_agency");
  EXPECT_EQ(detail.item.years.size(), 2u);
  EXPECT_EQ(kind_of([&] { registry->get_agency(who("demo_agency"), all.items[1].item.id); }),
            ErrorKind::not_found);
  // demo_expert reads their own record; the avoided unit carries its name.
  const auto expert = registry->list_experts(who("demo_expert"), {});
  ASSERT_EQ(expert.total, 1);
  EXPECT_EQ(expert.items[0].item.name, "吴建国");
  ASSERT_EQ(expert.items[0].item.avoid.size(), 1u);
  EXPECT_EQ(expert.items[0].item.avoid[0].name, "州第一中学");
  EXPECT_EQ(kind_of([&] { registry->list_agencies(who("demo_expert"), {}); }),
            ErrorKind::forbidden);
  EXPECT_EQ(kind_of([&] { registry->list_experts(who("demo_agency"), {}); }), ErrorKind::forbidden);
  for (const char* u : {"demo_unit", "demo_department"}) {
    EXPECT_EQ(kind_of([&] { registry->list_agencies(who(u), {}); }), ErrorKind::forbidden) << u;
    EXPECT_EQ(kind_of([&] { registry->list_experts(who(u), {}); }), ErrorKind::forbidden) << u;
  }
  // The county reads its own region's registry, which is empty, and not the prefecture's.
  const auto county = who("demo_county_office");
  EXPECT_EQ(registry->list_agencies(county, {}).total, 0);
  EXPECT_EQ(kind_of([&] { registry->get_agency(county, all.items[0].item.id); }),
            ErrorKind::not_found);
  // The viewer reads all but changes nothing.
  const auto viewer = who("demo_viewer");
  EXPECT_EQ(registry->list_agencies(viewer, {}).total, 4);
  EXPECT_EQ(kind_of([&] { registry->update_agency(viewer, all.items[0].item.id, 1, {}); }),
            ErrorKind::forbidden);
  // Search and paging.
  RegistryFilter f;
  f.text = "会计师";
  EXPECT_EQ(registry->list_agencies(office, f).total, 1);
  RegistryFilter page;
  page.limit = 3;
  const auto first = registry->list_agencies(office, page);
  EXPECT_EQ(first.items.size(), 3u);
  EXPECT_TRUE(first.next_cursor.has_value());
  RegistryFilter suspended;
  suspended.status = "suspended";
  EXPECT_EQ(registry->list_experts(office, suspended).total, 1);
}

TEST_F(KeyEvaluationRegistryStore, OfficeAndSectionKeepTheirRegionWithVersionsAndAudit) {
  const auto office = who("demo_office"), section = who("demo_section");
  const long long audits = count("SELECT COUNT(*) FROM audit_log");
  auto a = registry->create_agency(office, agency("州审计咨询中心有限公司", "91539900MA6T4F6L8"));
  EXPECT_EQ(a.item.status, "active");
  EXPECT_EQ(a.actions, (std::vector<std::string>{"edit", "suspend"}));
  AgencyInput edit;
  edit.contact_person = "李娜";
  auto edited = registry->update_agency(section, a.item.id, a.item.version, edit);
  EXPECT_EQ(edited.item.contact_person, "李娜");
  EXPECT_EQ(edited.item.version, 2);
  // The stale version, a second agency under the same code, and the county keeping it: refused.
  EXPECT_EQ(kind_of([&] { registry->update_agency(office, a.item.id, 1, edit); }),
            ErrorKind::conflict);
  EXPECT_EQ(
      kind_of([&] { registry->create_agency(office, agency("同码机构", "91539900MA6T4F6L8")); }),
      ErrorKind::conflict);
  EXPECT_EQ(
      kind_of([&] { registry->update_agency(who("demo_county_office"), a.item.id, 2, edit); }),
      ErrorKind::not_found);
  AgencyInput bad = agency("校验错误", "91539900MA6T4F6L8");
  bad.credit_code->back() = bad.credit_code->back() == '0' ? '1' : '0';
  try {
    registry->create_agency(office, bad);
    FAIL() << "a wrong check character was accepted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "credit_code");
  }
  // Suspension is a step: twice is out of order; reactivation brings it back.
  auto s = registry->agency_step(office, a.item.id, 2, "suspend");
  EXPECT_EQ(s.item.status, "suspended");
  EXPECT_EQ(kind_of([&] { registry->agency_step(office, a.item.id, 3, "suspend"); }),
            ErrorKind::precondition);
  EXPECT_EQ(registry->agency_step(section, a.item.id, 3, "reactivate").item.status, "active");
  // Years: one record a year.
  AgencyYearInput y;
  y.year = 2026;
  y.contract_no = "YLCZ-2026-CG-0999";
  y.fee_fen = 12'000'000;
  const auto year = registry->add_year(office, a.item.id, y);
  EXPECT_EQ(kind_of([&] { registry->add_year(office, a.item.id, y); }), ErrorKind::conflict);
  AgencyYearInput fee;
  fee.fee_fen = 11'500'000;
  EXPECT_EQ(registry->update_year(office, year.id, 1, fee).fee_fen, 11'500'000);
  EXPECT_EQ(kind_of([&] { registry->update_year(office, year.id, 1, fee); }), ErrorKind::conflict);
  // create, update, suspend, reactivate, add_year, update_year.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audits + 6);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'agency' AND entity_id = " +
                  std::to_string(a.item.id)),
            6);
}

TEST_F(KeyEvaluationRegistryStore, ExpertsAccountsAndAvoidancesAreChecked) {
  const auto office = who("demo_office");
  const long long agencies = count("SELECT COUNT(*) FROM agencies");
  const long long unit = count("SELECT unit_id FROM users WHERE username = 'demo_unit2'");
  ExpertInput e;
  e.name = "张晓东";
  e.fields = std::vector<std::string>{"交通运输"};
  e.avoid = std::vector<Avoidance>{{unit, "", "近三年为其提供咨询服务"},
                                   {0, "州交通投资公司", "亲属任职"}};
  auto x = registry->create_expert(office, e);
  ASSERT_EQ(x.item.avoid.size(), 2u);
  EXPECT_EQ(x.item.avoid[0].name, "州人民医院");
  // A unit of another region, an account of another role, a relation without reason.
  const long long county_unit = count(
      "SELECT MIN(u.id) FROM units u JOIN regions r ON r.id = u.region_id WHERE r.level = "
      "'county'");
  ExpertInput far;
  far.avoid = std::vector<Avoidance>{{county_unit, "", "亲属任职"}};
  EXPECT_EQ(kind_of([&] { registry->update_expert(office, x.item.id, 1, far); }),
            ErrorKind::invalid);
  ExpertInput wrong_account;
  wrong_account.user_id = count("SELECT id FROM users WHERE username = 'demo_unit'");
  EXPECT_EQ(kind_of([&] { registry->update_expert(office, x.item.id, 1, wrong_account); }),
            ErrorKind::invalid);
  ExpertInput taken;  // demo_expert is 吴建国's already
  taken.user_id = count("SELECT id FROM users WHERE username = 'demo_expert'");
  EXPECT_EQ(kind_of([&] { registry->update_expert(office, x.item.id, 1, taken); }),
            ErrorKind::invalid);
  ExpertInput no_reason;
  no_reason.avoid = std::vector<Avoidance>{{0, "某公司", ""}};
  EXPECT_EQ(kind_of([&] { registry->update_expert(office, x.item.id, 1, no_reason); }),
            ErrorKind::invalid);
  EXPECT_EQ(registry->get_expert(office, x.item.id).item.version, 1);
  // An agency refused for its accounts leaves nothing behind (all or nothing).
  AgencyInput linked = agency("账号不符机构", "91539900MA6U9J3M2");
  linked.user_ids = std::vector<long long>{wrong_account.user_id.value()};
  EXPECT_EQ(kind_of([&] { registry->create_agency(office, linked); }), ErrorKind::invalid);
  EXPECT_EQ(count("SELECT COUNT(*) FROM agencies"), agencies);
  EXPECT_EQ(registry->expert_step(office, x.item.id, 1, "suspend").item.status, "suspended");
  EXPECT_EQ(kind_of([&] { registry->create_expert(who("demo_unit"), e); }), ErrorKind::forbidden);
}

}  // namespace
}  // namespace jixiao
