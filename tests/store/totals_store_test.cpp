// Pre-aggregated totals on both databases: after every kind of write, project_totals and
// target_totals hold exactly what counting the projects and targets again gives, and the
// statistics read from them agree with the rows.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "cli/demo.h"
#include "library/service.h"
#include "projects/repo.h"
#include "projects/service.h"
#include "store_fixture.h"
#include "targets/json.h"
#include "targets/repo.h"
#include "targets/service.h"
#include "targets/workflow.h"

namespace jixiao {
namespace {

class TotalsStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    library::load_shipped_library(*db);
    projects = std::make_unique<projects::ProjectService>(*db);
    projects->add_watch(targets::TargetService::project_watch());
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }

  // Every row of a totals table that counts something, as text, in key order.
  std::vector<std::string> rows(const std::string& table) {
    return db->read([&](soci::session& s) {
      const bool p = table == "project_totals";
      const std::string sql =
          p ? "SELECT year, region_id, department_id, fund_type, status, projects, amount_fen, 0 "
              "FROM project_totals WHERE projects <> 0 OR amount_fen <> 0 ORDER BY year, "
              "region_id, department_id, fund_type, status"
            : "SELECT year, region_id, department_id, kind || '/' || fund_type || '/' || "
              "status || '/' || CAST(first_pass AS TEXT), CAST(cancelled AS TEXT), targets, "
              "amount_fen, not_funded FROM target_totals WHERE targets <> 0 OR amount_fen <> 0 OR "
              "not_funded <> 0 OR first_pass <> 0 ORDER BY year, region_id, department_id, kind, "
              "fund_type, cancelled, status";
      std::vector<std::string> out;
      long long year = 0, region = 0, department = 0, count = 0, amount = 0, extra = 0;
      std::string a, b;
      soci::statement st(s);
      st.alloc();
      st.prepare(sql);
      st.exchange(soci::into(year));
      st.exchange(soci::into(region));
      st.exchange(soci::into(department));
      st.exchange(soci::into(a));
      st.exchange(soci::into(b));
      st.exchange(soci::into(count));
      st.exchange(soci::into(amount));
      st.exchange(soci::into(extra));
      st.define_and_bind();
      st.execute(false);
      while (st.fetch())
        out.push_back(std::to_string(year) + " " + std::to_string(region) + " " +
                      std::to_string(department) + " " + a + " " + b + " " + std::to_string(count) +
                      " " + std::to_string(amount) + " " + std::to_string(extra));
      return out;
    });
  }

  // The kept totals equal a recount of every year.
  void expect_recount_agrees(const char* after) {
    const auto kept_projects = rows("project_totals"), kept_targets = rows("target_totals");
    ASSERT_FALSE(kept_projects.empty());
    db->write([](soci::session& s) {
      for (long long year : {2025LL, 2026LL}) {
        projects::repo::rebuild_totals(s, year);
        targets::repo::rebuild_totals(s, year);
      }
    });
    EXPECT_EQ(kept_projects, rows("project_totals")) << after;
    EXPECT_EQ(kept_targets, rows("target_totals")) << after;
  }

  long long count(const std::string& sql) {
    return db->read([&](soci::session& s) {
      long long n = 0;
      s << sql, soci::into(n);
      return n;
    });
  }

  std::unique_ptr<projects::ProjectService> projects;
};

// The statistics as the page reads them (the JSON answer), so the checks read like the API.
template <typename... Args>
boost::json::object statistics_of(targets::TargetService& svc, Args&&... args) {
  return targets::statistics_json(svc.statistics(std::forward<Args>(args)...));
}

targets::TargetDraft draft() {
  targets::TargetDraft d;
  d.overall_goal = "完成2000人次教师培训，培训合格率达到95%以上。";
  targets::Indicator i;
  i.category = "output";
  i.subcategory = "quantity";
  i.name = "培训人次";
  i.comparator = ">=";
  i.value = "2000";
  i.unit = "人次";
  i.weight = 10000;
  d.indicators = {i};
  return d;
}

TEST_F(TotalsStore, TheKeptTotalsEqualARecountAfterEveryKindOfWrite) {
  expect_recount_agrees("the demo");
  const auto unit = who("demo_unit"), office = who("demo_office");

  projects::ProjectInput in;
  in.year = 2026;
  in.code = "TOTALS-1";
  in.name = "教师培训项目";
  in.unit_id = unit.unit_id;
  in.fund_type = "general";
  in.amount_fen = 12'345'600;
  in.function_class = "2050201";
  in.category = "new";
  const auto created = projects->create(unit, in);
  expect_recount_agrees("a project created");

  targets::TargetService svc(*db);
  targets::NewTarget nt;
  nt.project_id = created.id;
  nt.draft = draft();
  const auto target = svc.create(unit, nt).target;
  expect_recount_agrees("a target created");

  // Returned once before its decision: no longer a first pass.
  db->write([&](soci::session& s) {
    auto t = *targets::repo::find(s, target.id, {auth::read_scope(office), 0});
    t.status = "returned";
    ASSERT_TRUE(targets::repo::update_status(s, t, t.version));
  });
  EXPECT_EQ(count("SELECT returns FROM targets WHERE id = " + std::to_string(target.id)), 1);
  expect_recount_agrees("a target returned");

  // The office decides below the pass mark: rejected and not funded.
  db->write([&](soci::session& s) {
    auto t = *targets::repo::find(s, target.id, {auth::read_scope(office), 0});
    t.status = "rejected";
    t.not_funded = true;
    ASSERT_TRUE(targets::repo::update_status(s, t, t.version));
  });
  expect_recount_agrees("a target rejected");

  // The project moves to another fund and amount, then is cancelled: its target follows.
  projects::ProjectInput change;
  change.fund_type = "gov_fund";
  change.amount_fen = 99'900;
  const auto moved = projects->update(unit, created.id, created.version, change);
  expect_recount_agrees("the project's fund and amount changed");
  const auto declared = projects->step(unit, created.id, moved.version, {"declare", "", ""});
  // A later stage's decision sets the declared project's amount inside its own transaction.
  const auto adjusted = db->write([&](soci::session& s) {
    return projects->set_amount(s, office, created.id, 88'800, "事前绩效评估建议金额");
  });
  EXPECT_EQ(adjusted.amount_fen, 88'800);
  EXPECT_EQ(adjusted.version, declared.project.version + 1);
  expect_recount_agrees("an amount set by a later stage");
  const auto timeline = projects->history(office, created.id);
  EXPECT_EQ(timeline.back().entry.action, "adjust_amount");
  EXPECT_NE(timeline.back().entry.after_json.find("事前绩效评估建议金额"), std::string::npos);
  projects->step(office, created.id, adjusted.version, {"cancel", "", "不再实施"});
  // A cancelled project's amount is no longer set.
  EXPECT_THROW(
      db->write([&](soci::session& s) { projects->set_amount(s, office, created.id, 1, "理由"); }),
      AppError);
  expect_recount_agrees("the project cancelled");

  // A stale version writes nothing and leaves the totals as they were.
  EXPECT_THROW(projects->update(unit, created.id, moved.version, change), AppError);
  expect_recount_agrees("a stale update");

  db->write([&](soci::session& s) { targets::repo::remove(s, target.id); });
  projects::ProjectInput draft_in = in;
  draft_in.code = "TOTALS-2";
  const auto draft_project = projects->create(unit, draft_in);
  projects->remove(unit, draft_project.id);
  expect_recount_agrees("a target and a draft deleted");

  // The statistics the office reads from them count every project of its region tree.
  projects::ProjectFilter f;
  f.year = 2026;
  const auto totals = *projects->list(office, f).totals;
  EXPECT_EQ(totals.count, count("SELECT COUNT(*) FROM projects WHERE year = 2026"));
  EXPECT_EQ(totals.amount_fen,
            count("SELECT COALESCE(SUM(amount_fen), 0) FROM projects WHERE year = 2026"));
  const auto stats = statistics_of(svc, office, 2026);
  EXPECT_EQ(stats.at("projects").as_int64(),
            count("SELECT COUNT(*) FROM projects WHERE year = 2026 AND status <> 'cancelled'"));
  EXPECT_EQ(stats.at("projects_approved").as_int64(),
            count("SELECT COUNT(*) FROM targets t JOIN projects p ON p.id = t.project_id WHERE "
                  "t.year = 2026 AND t.status IN ('approved', 'adjusting') AND p.status <> "
                  "'cancelled'"));
  EXPECT_EQ(stats.at("decided").as_int64(),
            count("SELECT COUNT(*) FROM targets WHERE year = 2026 AND status IN ('approved', "
                  "'adjusting', 'rejected')"));
  EXPECT_EQ(stats.at("first_pass").as_int64(),
            count("SELECT COUNT(*) FROM targets WHERE year = 2026 AND status IN ('approved', "
                  "'adjusting') AND returns = 0"));
  EXPECT_EQ(stats.at("by_status").at("draft").as_int64(),
            count("SELECT COUNT(*) FROM targets WHERE year = 2026 AND status = 'draft'"));
  // The target list's counts read target_totals too.
  auto counted = [&](targets::repo::TargetFilter f) {
    f.year = 2026;
    return db->read([&](soci::session& s) {
      return targets::repo::count(s, f, {auth::read_scope(office), 0});
    });
  };
  targets::repo::TargetFilter by;
  EXPECT_EQ(counted(by), count("SELECT COUNT(*) FROM targets WHERE year = 2026"));
  by.status = "approved";
  by.fund_type = "general";
  EXPECT_EQ(counted(by),
            count("SELECT COUNT(*) FROM targets t JOIN projects p ON p.id = t.project_id WHERE "
                  "t.year = 2026 AND t.status = 'approved' AND p.fund_type = 'general'"));
  by = {};
  by.queue = targets::office_queue();
  EXPECT_EQ(counted(by), count("SELECT COUNT(*) FROM targets t WHERE t.year = 2026 AND (t.status "
                               "= 'section_reviewed' OR (t.status = 'department_reviewed' AND "
                               "t.department_id IN (SELECT id FROM units WHERE section_id IS "
                               "NULL)))"));
  // A unit's own statistics are counted live and agree with its rows.
  const auto mine = statistics_of(svc, unit, 2026);
  EXPECT_EQ(mine.at("projects").as_int64(),
            count("SELECT COUNT(*) FROM projects WHERE year = 2026 AND status <> 'cancelled' "
                  "AND unit_id = " +
                  std::to_string(unit.unit_id)));
}

// The statistics of a region tree: one row for each region one level down (its whole subtree)
// and one for each department of the region's own level, which together make the totals, each
// equal to counting the projects again; a region further down is looked at the same way.
TEST_F(TotalsStore, StatisticsGoDownTheRegionTreeAndAgreeWithTheRows) {
  const auto office = who("demo_office"), county_office = who("demo_county_office");
  targets::TargetService svc(*db);
  auto projects_where = [&](const std::string& where) {
    return count("SELECT COUNT(*) FROM projects WHERE year = 2026 AND status <> 'cancelled' AND " +
                 where);
  };
  auto money_where = [&](const std::string& where) {
    return count(
        "SELECT COALESCE(SUM(amount_fen), 0) FROM projects WHERE year = 2026 AND status <> "
        "'cancelled' AND " +
        where);
  };
  const auto all = statistics_of(svc, office, 2026);
  const std::string root = std::to_string(office.region_id);
  EXPECT_EQ(all.at("region").at("id").as_int64(), office.region_id);
  EXPECT_EQ(all.at("trail").as_array().size(), 1u);
  const auto& regions = all.at("by_region").as_array();
  ASSERT_EQ(regions.size(), 3u);  // the demo's three counties, by code
  EXPECT_EQ(regions[0].at("label").as_string(), "云溪县");
  long long projects_seen = 0, money_seen = 0;
  for (const auto& r : regions) {
    const std::string id(r.at("key").as_string());
    EXPECT_EQ(r.at("projects").as_int64(), projects_where("region_id = " + id)) << id;
    EXPECT_EQ(r.at("amount_fen").as_int64(), money_where("region_id = " + id)) << id;
    projects_seen += r.at("projects").as_int64();
    money_seen += r.at("amount_fen").as_int64();
  }
  for (const auto& d : all.at("by_department").as_array()) {
    const std::string id(d.at("key").as_string());
    EXPECT_EQ(d.at("projects").as_int64(),
              projects_where("department_id = " + id + " AND region_id = " + root))
        << id;
    projects_seen += d.at("projects").as_int64();
    money_seen += d.at("amount_fen").as_int64();
  }
  EXPECT_EQ(projects_seen, all.at("projects").as_int64());
  EXPECT_EQ(money_seen, all.at("amount_fen").as_int64());
  EXPECT_EQ(all.at("projects").as_int64(), projects_where("1 = 1"));

  // One county, looked at from the top: the same figures as its row and as its own office's.
  const long long county = std::stoll(std::string(regions[0].at("key").as_string()));
  const auto one = statistics_of(svc, office, 2026, county);
  EXPECT_EQ(one.at("trail").as_array().size(), 2u);
  EXPECT_TRUE(one.at("by_region").as_array().empty());
  EXPECT_EQ(one.at("projects"), regions[0].at("projects"));
  EXPECT_EQ(one.at("amount_approved_fen"), regions[0].at("amount_approved_fen"));
  EXPECT_EQ(one.at("by_status"), statistics_of(svc, county_office, 2026).at("by_status"));
  EXPECT_EQ(one.at("by_status").at("draft").as_int64(),
            count("SELECT COUNT(*) FROM targets WHERE year = 2026 AND status = 'draft' AND "
                  "region_id = " +
                  std::to_string(county)));

  // Above the caller's own region, or for a scope that is not a region tree: nothing.
  try {
    statistics_of(svc, county_office, 2026, office.region_id);
    ADD_FAILURE() << "a county office read its prefecture";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::not_found);
  }
  try {
    statistics_of(svc, who("demo_unit"), 2026, county);
    ADD_FAILURE() << "a unit chose a region";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::forbidden);
  }
}

}  // namespace
}  // namespace jixiao
