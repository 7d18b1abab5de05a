// The targets stage on both databases: the shipped library and its bigram search, rule sets
// inherited down the region tree, targets with their indicators, findings, scope and versions.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "cli/demo.h"
#include "library/repo.h"
#include "library/service.h"
#include "rules/service.h"
#include "store_fixture.h"
#include "targets/batch.h"
#include "targets/repo.h"
#include "targets/service.h"
#include "targets/workflow.h"

namespace jixiao {
namespace {

class TargetsStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    library::load_shipped_library(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  // The first live project of `unit_id` in `year` that has no target yet.
  long long free_project(long long unit_id, long long year) {
    return db->read([&](soci::session& s) {
      long long id = 0;
      s << "SELECT MIN(p.id) FROM projects p WHERE p.unit_id = :u AND p.year = :y AND p.status "
           "<> 'cancelled' AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id)",
          soci::use(unit_id), soci::use(year), soci::into(id);
      return id;
    });
  }
  // The caller's unit's first live project without a target (the demo's year before is
  // self-evaluated: each of the accounts' projects there has one).
  long long first_project(const auth::Principal& me) {
    return db->read([&](soci::session& s) {
      long long id = 0;
      s << "SELECT MIN(p.id) FROM projects p WHERE p.unit_id = :u AND p.status <> 'cancelled' "
           "AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id)",
          soci::use(me.unit_id), soci::into(id);
      return id;
    });
  }
};

targets::TargetDraft good_draft() {
  using targets::Indicator;
  targets::TargetDraft d;
  d.overall_goal = "完成2000人次教师培训，培训合格率达到95%以上，参训教师满意度90%以上。";
  auto ind = [](const char* c, const char* sc, const char* n, const char* cmp, const char* v,
                const char* u, long long w) {
    Indicator i;
    i.category = c;
    i.subcategory = sc;
    i.name = n;
    i.comparator = cmp;
    i.value = v;
    i.unit = u;
    i.weight = w;
    return i;
  };
  d.indicators = {ind("output", "quantity", "培训人次", ">=", "2000", "人次", 2000),
                  ind("output", "quality", "培训合格率", ">=", "95", "%", 1000),
                  ind("output", "timeliness", "培训完成时间", "<=", "2026-10-31", "日期", 1000),
                  ind("cost", "economic_cost", "人均培训成本", "<=", "800", "元/人", 1000),
                  ind("benefit", "social", "教师教学能力达标率", ">=", "90", "%", 3000),
                  ind("satisfaction", "service_recipient", "参训教师满意度", ">=", "90", "%", 750)};
  return d;
}

TEST_F(TargetsStore, TheShippedLibraryLoadsOnceAndIsFoundByTwoCharacters) {
  EXPECT_FALSE(library::load_shipped_library(*db));  // same files: nothing to do
  library::LibraryService lib(*db);
  const auto me = who("demo_unit");
  library::IndicatorFilter f;
  f.words = "培训";
  f.limit = 500;
  const auto page = lib.indicators(me, f);
  ASSERT_GT(page.total, 0);
  for (const auto& i : page.items) EXPECT_NE(i.name.find("培训"), std::string::npos) << i.name;
  f.words = "训";  // one character: no bigram, found by LIKE
  EXPECT_GE(lib.indicators(me, f).total, page.total);
  f.words = "量子纠缠";
  EXPECT_EQ(lib.indicators(me, f).total, 0);
  library::CaseFilter c;
  c.industry = "education";
  EXPECT_GT(lib.cases(me, c).total, 0);
}

TEST_F(TargetsStore, ALibraryImportWritesEveryRowOrNone) {
  library::LibraryService lib(*db);
  const auto office = who("demo_office");
  std::string error;
  auto csv = parse_csv(
      "行业,一级指标,二级指标,三级指标,计量单位,比较符\n教育,产出,数量,送教下乡次数,次,≥\n"
      "教育,效益,数量,错配的指标,次,≥\n",
      &error);
  auto parsed = library::parse_indicator_rows(*csv, library::latest_framework());
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0].row, 3);
  EXPECT_EQ(lib.import_indicators(office, parsed), 0);
  parsed.errors.clear();
  EXPECT_EQ(lib.import_indicators(office, parsed), 1);
  EXPECT_EQ(lib.import_indicators(office, parsed), 1);  // again: updated, not duplicated
  library::IndicatorFilter f;
  f.words = "送教下乡";
  EXPECT_EQ(lib.indicators(office, f).total, 1);
  // The county below sees it; nobody may change it but the prefecture's office.
  EXPECT_EQ(lib.indicators(who("demo_county_office"), f).total, 1);
  const long long id = lib.indicators(office, f).items.at(0).id;
  EXPECT_THROW(lib.delete_indicator(who("demo_county_office"), id), AppError);
  lib.delete_indicator(office, id);
  EXPECT_EQ(lib.indicators(office, f).total, 0);
}

TEST_F(TargetsStore, RuleSetsAreInheritedAndTheNearestRegionWins) {
  rules::RuleService rules(*db);
  const auto office = who("demo_office"), county = who("demo_county_office");
  auto params = rules::find_national_rule("R-TR-2")->params;
  params["pass_mark"] = 70;
  rules.update(office, 2027, "R-TR-2", params);
  auto at = [&](const auth::Principal& p, long long year) {
    return rules::hundredths(rules.list(p, year).params("R-TR-2").at("pass_mark"));
  };
  EXPECT_EQ(at(county, 2027), 7000);
  EXPECT_EQ(at(county, 2026), 6000);
  params["pass_mark"] = 65.5;
  rules.update(county, 2027, "R-TR-2", params);
  EXPECT_EQ(at(county, 2027), 6550);
  EXPECT_EQ(at(office, 2027), 7000);
  rules.reset(county, 2027, "R-TR-2");
  EXPECT_EQ(at(county, 2027), 7000);
  params["pass_mark"] = "seventy";
  EXPECT_THROW(rules.update(office, 2027, "R-TR-2", params), AppError);
}

TEST_F(TargetsStore, ATargetKeepsItsIndicatorsFindingsAndVersion) {
  targets::TargetService svc(*db);
  const auto unit = who("demo_unit");
  targets::NewTarget in;
  in.project_id = first_project(unit);
  in.draft = good_draft();
  const auto v = svc.create(unit, in);
  ASSERT_EQ(v.target.draft.indicators.size(), 6u);
  EXPECT_EQ(v.target.draft.indicators[0].name, "培训人次");
  EXPECT_EQ(v.target.draft.indicators[5].weight, 750);
  EXPECT_EQ(v.target.framework_version, "2021");
  EXPECT_EQ(v.target.errors, 0) << (v.findings.empty() ? "" : v.findings[0].message);
  // Another unit, and the assignments reader of an expert, see nothing.
  EXPECT_THROW(svc.get(who("demo_unit2"), v.target.id), AppError);
  EXPECT_THROW(svc.get(who("demo_expert"), v.target.id), AppError);
  EXPECT_NO_THROW(svc.get(who("demo_department"), v.target.id));
  // A stale version changes nothing.
  auto d = good_draft();
  d.indicators.resize(2);
  EXPECT_THROW(svc.update(unit, v.target.id, v.target.version + 5, d), AppError);
  const auto saved = svc.update(unit, v.target.id, v.target.version, d);
  EXPECT_GT(saved.target.errors, 0);
  EXPECT_FALSE(saved.findings.empty());
  EXPECT_EQ(svc.get(unit, v.target.id).findings.size(), saved.findings.size());
  EXPECT_THROW(svc.submit(unit, v.target.id, saved.target.version), AppError);
  EXPECT_EQ(svc.get(unit, v.target.id).target.status, "draft");
  // Listing by the unit's department finds it; the count agrees.
  targets::repo::TargetFilter f;
  f.year = v.target.year;
  f.project_id = v.target.project_id;
  const auto page = svc.list(who("demo_department"), f);
  EXPECT_EQ(page.total, 1);
  EXPECT_EQ(page.items.at(0).id, v.target.id);
}

// R-TR-1: a unit's target waits for its department, which passes it on to the section in charge
// or returns it with an opinion; the section sees it only once the department has passed it.
TEST_F(TargetsStore, TheDepartmentReviewsItsUnitsTargetsBeforeTheSection) {
  targets::TargetService svc(*db);
  const auto unit = who("demo_unit"), department = who("demo_department"),
             section = who("demo_section"), office = who("demo_office");
  targets::NewTarget in;
  in.project_id = first_project(unit);
  in.draft = good_draft();
  const auto made = svc.create(unit, in).target;
  const auto sent = svc.submit(unit, made.id, made.version).target;
  EXPECT_EQ(sent.status, "submitted");
  const auto queued = [&](const auth::Principal& me, targets::repo::Queue q) {
    targets::repo::TargetFilter f;
    f.year = sent.year;
    f.queue = std::move(q);
    f.limit = 500;
    std::vector<long long> ids;
    for (const auto& t : svc.list(me, f).items) ids.push_back(t.id);
    return std::ranges::find(ids, sent.id) != ids.end();
  };
  EXPECT_TRUE(queued(department, targets::department_queue()));
  EXPECT_FALSE(queued(section, targets::section_queue()));
  EXPECT_EQ(svc.get(department, sent.id).actions, (std::vector<std::string>{"review_department"}));
  EXPECT_TRUE(svc.get(section, sent.id).actions.empty());
  // Not the section's yet; another department's account has nothing to say about it.
  targets::ReviewInput pass{"pass", {}, "同意报送"};
  EXPECT_THROW(svc.review(section, sent.id, sent.version, pass), AppError);
  auto stranger = department;
  stranger.department_id = who("demo_unit2").department_id;
  EXPECT_THROW(svc.review(stranger, sent.id, sent.version, pass), AppError);
  // A return needs the opinion the unit is to act on.
  EXPECT_THROW(svc.review(department, sent.id, sent.version, {"return", {}, ""}), AppError);
  const auto returned =
      svc.review(department, sent.id, sent.version, {"return", {}, "请补充满意度指标的调查方式"});
  EXPECT_EQ(returned.target.status, "returned");
  EXPECT_EQ(returned.reviews.back().stage, "department");
  EXPECT_EQ(returned.reviews.back().comment, "请补充满意度指标的调查方式");

  const auto again = svc.submit(unit, sent.id, returned.target.version).target;
  EXPECT_EQ(again.status, "submitted");
  const auto passed = svc.review(department, sent.id, again.version, pass).target;
  EXPECT_EQ(passed.status, "department_reviewed");
  EXPECT_FALSE(queued(department, targets::department_queue()));
  EXPECT_TRUE(queued(section, targets::section_queue()));
  EXPECT_FALSE(queued(office, targets::office_queue()));  // the section is in charge
  const auto first = svc.review(section, sent.id, passed.version, pass).target;
  EXPECT_EQ(first.status, "section_reviewed");
  EXPECT_TRUE(queued(office, targets::office_queue()));
}

// A department's own target, and one the department submits for a unit, skip its review: they go
// straight to the section. A unit whose target the department returned submits it to the
// department again.
TEST_F(TargetsStore, WhatTheDepartmentSubmitsItselfSkipsItsReview) {
  targets::TargetService svc(*db);
  const auto unit = who("demo_unit"), department = who("demo_department");
  targets::NewTarget own;
  own.project_id = free_project(department.department_id, 2026);
  ASSERT_NE(*own.project_id, 0);
  own.draft = good_draft();
  const auto mine = svc.create(department, own).target;
  EXPECT_EQ(mine.unit_id, mine.department_id);
  EXPECT_EQ(svc.submit(department, mine.id, mine.version).target.status, "department_reviewed");

  targets::NewTarget theirs;
  theirs.project_id = first_project(unit);
  theirs.draft = good_draft();
  const auto written = svc.create(unit, theirs).target;
  const auto sent = svc.submit(department, written.id, written.version).target;
  EXPECT_EQ(sent.status, "department_reviewed");
  // No review of its own; until the section acts, it may take its submission back.
  EXPECT_EQ(svc.get(department, sent.id).actions, (std::vector<std::string>{"withdraw"}));
  EXPECT_EQ(svc.get(who("demo_section"), sent.id).actions,
            (std::vector<std::string>{"review_section"}));
}

// A draft may hold no indicator yet: the year's batch lint reads it like any other target.
TEST_F(TargetsStore, TheBatchLintReadsADraftWithoutIndicators) {
  targets::TargetService svc(*db);
  const auto unit = who("demo_unit");
  targets::NewTarget in;
  in.project_id = free_project(unit.unit_id, 2026);
  ASSERT_NE(*in.project_id, 0);
  in.draft.overall_goal = "x";
  const auto made = svc.create(unit, in).target;
  EXPECT_EQ(made.status, "draft");
  targets::BatchLintOptions run;
  run.year = 2026;
  const auto linted = targets::lint_all(*db, run);
  EXPECT_GT(linted.targets, 0);
  EXPECT_GT(svc.get(unit, made.id).findings.size(), 0u);
}

}  // namespace
}  // namespace jixiao
