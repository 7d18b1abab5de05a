// Disclosure on both databases: a year's list opened once from the stages (the demo opened 2025
// and 2026), an item published as its frozen snapshot and seen by the public, refused while it
// holds a phone number, withdrawn with a reason and gone from the public, published again; the
// office of another region cannot touch it; the rates count R-MON-2.
#include <gtest/gtest.h>

#include <algorithm>

#include "auth/repo.h"
#include "base/clock.h"
#include "base/error.h"
#include "disclosure/public_service.h"
#include "disclosure/rate_repo.h"
#include "disclosure/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

class DisclosureStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    service = std::make_unique<disclosure::DisclosureService>(*db);
    pages = std::make_unique<disclosure::PublicService>(*db, 600);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  std::unique_ptr<disclosure::DisclosureService> service;
  std::unique_ptr<disclosure::PublicService> pages;
};

TEST_F(DisclosureStore, OpeningAYearAgainAddsNothing) {
  const auto office = who("demo_office");
  const long long before = count("SELECT COUNT(*) FROM disclosures");
  EXPECT_GT(before, 0);
  EXPECT_EQ(service->open(office, 2025), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM disclosures"), before);
  // 2027: the budget approved the targets of the year's projects; the ex-ante reports with them.
  const long long added = service->open(office, 2027);
  EXPECT_GT(added, 0);
  EXPECT_EQ(service->open(office, 2027), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM disclosures WHERE year = 2027 AND kind = 'target'"),
            count("SELECT COUNT(*) FROM targets WHERE year = 2027 AND decided_at IS NOT NULL AND "
                  "status IN ('approved', 'adjusting')"));
  // A department's target as a whole is its department's own subject.
  EXPECT_EQ(count("SELECT COUNT(*) FROM disclosures d JOIN targets t ON t.id = d.source_id WHERE "
                  "d.kind = 'target' AND t.kind = 'department' AND d.subject NOT LIKE '%/d' || "
                  "CAST(t.department_id AS TEXT)"),
            0);
  // R-DI-2: 20 days after the budget's approval.
  EXPECT_EQ(count("SELECT COUNT(*) FROM disclosures d JOIN targets t ON t.id = d.source_id "
                  "WHERE d.kind = 'target' AND d.due <> '' AND d.due > substr(t.decided_at, 1, "
                  "10)"),
            count("SELECT COUNT(*) FROM disclosures WHERE kind = 'target'"));
}

TEST_F(DisclosureStore, PublishedWithdrawnAndPublishedAgain) {
  const auto office = who("demo_office");
  const long long id = count(
      "SELECT MIN(id) FROM disclosures WHERE region_id = 1 AND kind = 'target' AND status = "
      "'due'");
  ASSERT_GT(id, 0);
  auto v = service->get(office, id);
  EXPECT_EQ(v.actions, std::vector<std::string>{"publish"});
  v = service->step(office, id, v.item.version, {"publish", ""});
  EXPECT_EQ(v.item.status, "published");
  EXPECT_NE(v.item.snapshot.find("\"indicators\""), std::string::npos);
  const auto& d = v.item;
  const std::string code = d.subject.substr(d.subject.rfind('/') + 1);
  auto page = pages->project(d.region_code, d.year, code);
  const auto shown = std::ranges::find(page.items, d.slug, &disclosure::public_repo::Item::slug);
  ASSERT_NE(shown, page.items.end());
  EXPECT_EQ(shown->snapshot, d.snapshot);

  EXPECT_THROW(service->step(office, id, v.item.version, {"withdraw", ""}), AppError);
  v = service->step(office, id, v.item.version, {"withdraw", "数据有误"});
  EXPECT_EQ(v.item.status, "withdrawn");
  EXPECT_EQ(v.item.withdrawn_reason, "数据有误");
  bool gone = false;
  try {
    page = pages->project(d.region_code, d.year, code);
    gone = std::ranges::none_of(page.items, [&](const auto& i) { return i.slug == d.slug; });
  } catch (const AppError& e) {
    gone = e.kind() == ErrorKind::not_found;
  }
  EXPECT_TRUE(gone);
  v = service->step(office, id, v.item.version, {"publish", ""});
  EXPECT_EQ(v.item.status, "published");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'disclosure' AND entity_id = " +
                  std::to_string(id)),
            3);
}

TEST_F(DisclosureStore, PersonalDataIsRefusedAndNothingChanges) {
  const auto office = who("demo_office");
  // The demo's self-evaluation whose problems carry its contact's mobile number.
  const long long id = count(
      "SELECT d.id FROM disclosures d JOIN self_evaluations e ON e.id = d.source_id WHERE "
      "d.kind = 'self_evaluation' AND e.problems LIKE '%13987654321%'");
  ASSERT_GT(id, 0);
  const auto before = service->get(office, id).item;
  try {
    service->step(office, id, before.version, {"publish", ""});
    FAIL() << "published with a phone number";
  } catch (const AppError& e) {
    EXPECT_EQ(e.code(), "personal_data");
    EXPECT_NE(e.detail().find("13987654321"), std::string::npos);
  }
  const auto after = service->get(office, id).item;
  EXPECT_EQ(after.status, "due");
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(after.snapshot, "");
}

TEST_F(DisclosureStore, AnotherRegionsOfficeCannotPublish) {
  const auto county = who("demo_county_office");
  const auto office = who("demo_office");
  const long long id =
      count("SELECT MIN(id) FROM disclosures WHERE region_id = 1 AND status = 'due'");
  EXPECT_THROW(service->step(county, id, 1, {"publish", ""}), AppError);
  // The prefecture's office reads a county's item but publishes only its own region's.
  const long long county_item = count(
      "SELECT MIN(d.id) FROM disclosures d JOIN regions r ON r.id = d.region_id WHERE "
      "r.parent_id IS NOT NULL AND d.status = 'due'");
  const auto v = service->get(office, county_item);
  EXPECT_TRUE(v.actions.empty());
  EXPECT_THROW(service->step(office, county_item, v.item.version, {"publish", ""}), AppError);
  EXPECT_EQ(service->get(office, county_item).item.status, "due");
}

TEST_F(DisclosureStore, RatesCountTheItemsDueAndPublished) {
  const auto office = who("demo_office");
  const auto r = service->rates(office, 2025);
  const std::string today = now_iso().substr(0, 10);
  EXPECT_EQ(r.total.due,
            count("SELECT COUNT(*) FROM disclosures WHERE year = 2025 AND (status = 'published' "
                  "OR due <= '" +
                  today + "')"));
  EXPECT_EQ(r.total.published,
            count("SELECT COUNT(*) FROM disclosures WHERE year = 2025 AND status = 'published'"));
  long long own = 0;
  for (const auto& d : r.departments) own += d.counts.published;
  EXPECT_EQ(own, count("SELECT COUNT(*) FROM disclosures WHERE year = 2025 AND region_id = 1 "
                       "AND status = 'published'"));
  EXPECT_EQ(r.regions.size(), 3u);
  long long lower = 0;
  for (const auto& g : r.regions) lower += g.counts.due;
  EXPECT_EQ(
      lower +
          [&] {
            long long n = 0;
            for (const auto& d : r.departments) n += d.counts.due;
            return n;
          }(),
      r.total.due);
  // The rows behind a department's count.
  disclosure::rate_repo::RowFilter f;
  f.region_id = 1;
  f.year = 2025;
  f.department_id = r.departments.front().id;
  f.limit = 500;
  const auto rows = db->read([&](soci::session& s) { return disclosure::rate_repo::rows(s, f); });
  EXPECT_EQ(static_cast<long long>(rows.size()),
            count("SELECT COUNT(*) FROM disclosures WHERE year = 2025 AND region_id = 1 AND "
                  "department_id = " +
                  std::to_string(f.department_id.value())));
}

}  // namespace
}  // namespace jixiao
