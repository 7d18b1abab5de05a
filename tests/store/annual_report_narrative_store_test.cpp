// The annual report's narrative, version and freeze on both databases: the narrative saved at the
// version read (a stale one refused, an unknown placeholder refused with nothing saved), the
// freeze keeping the figures of its moment and the narrative expanded (later figures do not reach
// it), a frozen report refusing edits, and who may write.
#include <gtest/gtest.h>

#include "annual_report/report_service.h"
#include "auth/repo.h"
#include "base/error.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using annual_report::FigureSet;

class AnnualReportNarrativeStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    service = std::make_unique<annual_report::AnnualReportService>(
        *db, [this](soci::session&, db::Dialect, long long region_id, long long year) {
          FigureSet set;
          set.region_id = region_id;
          set.region_name = "云岭州";
          set.own_label = "州级";
          set.lower_label = "县级";
          set.has_lower = true;
          set.work_year = year;
          annual_report::Figure f;
          f.code = "self_evaluation.projects";
          f.label = "开展绩效自评的项目";
          f.unit = "个";
          f.section = "self_evaluation";
          f.fiscal_year = year - 1;
          f.total = {projects, projects * 1'000'000};
          f.own = f.total;
          set.figures.push_back(f);
          return set;
        });
    office = principal("demo_office");
  }
  auth::Principal principal(const std::string& name) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, name); });
  }
  static std::string error_code(const std::function<void()>& f) {
    try {
      f();
      return "(accepted)";
    } catch (const AppError& e) {
      return e.code() + (e.field().empty() ? "" : ":" + e.field());
    }
  }
  // The audit rows of the reports of 2024 (the demo's office drafts 2026's).
  long long audits(const std::string& action = "") {
    return scalar(*db,
                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'annual_report' AND entity_id IN "
                  "(SELECT id FROM annual_reports WHERE year = 2024)" +
                      (action.empty() ? std::string() : " AND action = '" + action + "'"));
  }

  long long projects = 3822;
  std::unique_ptr<annual_report::AnnualReportService> service;
  auth::Principal office;
};

TEST_F(AnnualReportNarrativeStore, TheNarrativeIsSavedAtTheVersionRead) {
  const auto fresh = service->get(office, 2024, 0);
  EXPECT_EQ(fresh.record.version, 0);
  EXPECT_EQ(fresh.record.status, "draft");
  EXPECT_TRUE(fresh.can_edit);
  const auto saved =
      service->save(office, 2024, 0, {{"problems", "自评{{开展绩效自评的项目·个数·合计}}个。"}}, 0);
  EXPECT_EQ(saved.record.version, 2);
  EXPECT_EQ(saved.narrative.at("problems"), "自评{{开展绩效自评的项目·个数·合计}}个。");
  EXPECT_EQ(audits("save"), 1);
  // A stale version: 409, nothing changed.
  EXPECT_EQ(error_code([&] {
              service->save(office, 2024, 0, {{"plans", "x"}}, 0);
            }),
            "version_conflict");
  // An unknown placeholder: 400 naming the field, nothing changed.
  EXPECT_EQ(error_code([&] {
              service->save(office, 2024, 0, {{"plans", "{{没有}}"}}, 2);
            }),
            "invalid_field:narrative.plans");
  const auto again = service->get(office, 2024, 0);
  EXPECT_EQ(again.record.version, 2);
  EXPECT_FALSE(again.narrative.contains("plans"));
  EXPECT_EQ(audits("save"), 1);
  // The live figure reads in the document.
  projects = 4000;
  bool found = false;
  for (const auto& b : service->get(office, 2024, 0).document.blocks)
    if (b.text() == "自评4,000个。") found = true;
  EXPECT_TRUE(found);
}

TEST_F(AnnualReportNarrativeStore, AFrozenReportKeepsItsFiguresAndRefusesEdits) {
  service->save(office, 2024, 0, {{"problems", "自评{{开展绩效自评的项目·个数·合计}}个。"}}, 0);
  EXPECT_EQ(error_code([&] { service->freeze(office, 2024, 0, 1); }), "version_conflict");
  const auto frozen = service->freeze(office, 2024, 0, 2);
  EXPECT_TRUE(frozen.frozen);
  EXPECT_EQ(frozen.record.status, "frozen");
  EXPECT_FALSE(frozen.can_edit);
  EXPECT_EQ(frozen.record.frozen_by_name, office.display_name);
  EXPECT_FALSE(frozen.record.frozen_at.empty());
  EXPECT_EQ(frozen.narrative.at("problems"), "自评3,822个。");
  // Later figures do not reach a frozen report.
  projects = 1;
  const auto later = service->get(office, 2024, 0);
  EXPECT_EQ(later.figures.figures.at(0).total.count, 3822);
  EXPECT_EQ(error_code([&] { service->save(office, 2024, 0, {{"plans", "x"}}, 3); }), "frozen");
  EXPECT_EQ(error_code([&] { service->freeze(office, 2024, 0, 3); }), "frozen");
  EXPECT_EQ(audits(), 2);
  // Another year is a report of its own, still a draft.
  EXPECT_EQ(service->get(office, 2025, 0).record.status, "draft");
}

TEST_F(AnnualReportNarrativeStore, OnlyTheRegionsOwnOfficeWrites) {
  const auto county = principal("demo_county_office");
  const auto viewer = principal("demo_viewer");
  const auto unit = principal("demo_unit");
  // The county office reads its own report, not the prefecture's (404); the prefecture's office
  // reads the county's but does not write it (403).
  EXPECT_EQ(service->get(county, 2026, 0).record.region_id, county.region_id);
  EXPECT_EQ(error_code([&] { service->get(county, 2026, office.region_id); }), "not_found");
  EXPECT_FALSE(service->get(office, 2026, county.region_id).can_edit);
  EXPECT_EQ(error_code([&] { service->save(office, 2026, county.region_id, {}, 0); }), "forbidden");
  EXPECT_FALSE(service->get(viewer, 2026, 0).can_edit);
  EXPECT_EQ(error_code([&] { service->freeze(viewer, 2026, 0, 0); }), "forbidden");
  EXPECT_EQ(error_code([&] { service->get(unit, 2026, 0); }), "forbidden");
}

}  // namespace
}  // namespace jixiao
