// The monitoring stage on both databases: a checkpoint's reports cover exactly the monitored
// targets of its region tree, the spending import writes all rows or none, and a report goes
// through its workflow with the last checkpoint's answers as its start.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/error.h"
#include "monitoring/early_warning.h"
#include "monitoring/run_job.h"
#include "monitoring/service.h"
#include "store_fixture.h"
#include "targets/value.h"

namespace jixiao {
namespace {

using monitoring::MonitoringService;

class MonitoringStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects = std::make_unique<projects::ProjectService>(*db);
    targets = std::make_unique<targets::TargetService>(*db);
    service = std::make_unique<MonitoringService>(*db, *projects, *targets);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  monitoring::Checkpoint opened(const std::string& name, const std::string& as_of,
                                const std::string& due) {
    const auto office = who("demo_office");
    const auto c = service->create_checkpoint(office, {2026, name, as_of, due});
    return service->open_checkpoint(office, c.id, c.version);
  }
  // The first report of demo_department at the checkpoint that is of a project.
  monitoring::Report department_report(long long checkpoint_id) {
    monitoring::repo::Filter f;
    f.checkpoint_id = checkpoint_id;
    f.limit = 500;
    for (auto& r : service->list(who("demo_department"), f).items)
      if (r.project_id) return r;
    ADD_FAILURE() << "demo_department has no project report";
    return {};
  }
  std::unique_ptr<projects::ProjectService> projects;
  std::unique_ptr<targets::TargetService> targets;
  std::unique_ptr<MonitoringService> service;
};

TEST_F(MonitoringStore, OpeningACheckpointCreatesAReportForEveryMonitoredTargetOnce) {
  // The demo has run May and August; this is a checkpoint of its own.
  const auto c = opened("6月末监控", "2026-06-30", "2026-07-20");
  const long long monitored = scalar(
      *db,
      "SELECT COUNT(*) FROM targets t LEFT JOIN projects p ON p.id = t.project_id WHERE "
      "t.year = 2026 AND t.status IN ('approved', 'adjusting') AND (p.id IS NULL OR p.status "
      "IN ('approved', 'executing', 'completed'))");
  ASSERT_GT(monitored, 100);
  EXPECT_EQ(c.reports, monitored);
  EXPECT_EQ(c.status, "open");
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = " +
                            std::to_string(c.id)),
            monitored);
  // Opening again adds only what was approved since: nothing.
  const auto again = service->open_checkpoint(who("demo_office"), c.id, c.version);
  EXPECT_EQ(again.reports, monitored);
  // A county may not set the same date again under its prefecture's checkpoint.
  try {
    service->create_checkpoint(who("demo_county_office"),
                               {2026, "县级6月末监控", "2026-06-30", "2026-07-20"});
    ADD_FAILURE() << "an overlapping checkpoint was created";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "as_of");
  }
  // A department sees its own tree's reports only.
  monitoring::repo::Filter f;
  f.checkpoint_id = c.id;
  const auto department = who("demo_department");
  const auto page = service->list(department, f);
  ASSERT_FALSE(page.items.empty());
  for (const auto& r : page.items) EXPECT_EQ(r.department_id, department.department_id);
  EXPECT_EQ(*page.total,
            scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = " +
                            std::to_string(c.id) +
                            " AND department_id = " + std::to_string(department.department_id)));
}

TEST_F(MonitoringStore, TheSpendingImportWritesEveryRowOrNone) {
  const auto office = who("demo_office");
  const auto code = [&](const std::string& where) {
    return db->read([&](soci::session& s) {
      std::string c;
      s << "SELECT MIN(code) FROM projects WHERE year = 2026 AND region_id = :r AND " + where,
          soci::use(office.region_id), soci::into(c);
      return c;
    });
  };
  const std::string monitored =
      "status = 'approved' AND amount_fen > 100000000 AND id IN (SELECT project_id FROM targets "
      "WHERE status = 'approved')";
  const std::string a = code(monitored);
  const std::string b = code(monitored + " AND code > '" + a + "'");
  const std::string header = "项目编码,截至日期,累计支出（万元）\n";
  const long long before = scalar(*db, "SELECT COUNT(*) FROM executions");
  // One row above the project's budget: nothing is written, and the row is named.
  auto bad = service->import_executions(
      office, 2026, header + a + ",2026-05-31,1\n" + b + ",2026-05-31,999999\n", false);
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0].row, 3);
  EXPECT_EQ(bad.errors[0].column, "累计支出（万元）");
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM executions"), before);
  // A dry run checks and writes nothing either.
  auto dry = service->import_executions(
      office, 2026, header + a + ",2026-05-10,1\n" + a + ",2026-05-12,2.5\n", true);
  EXPECT_TRUE(dry.errors.empty());
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM executions"), before);
  auto good = service->import_executions(
      office, 2026, header + a + ",2026-05-10,1\n" + a + ",2026-05-12,2.5\n", false);
  EXPECT_EQ(good.imported, 2);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM executions"), before + 2);
  // The checkpoint reads the latest figure on or before its date.
  const auto c = opened("5月中监控", "2026-05-15", "2026-06-05");
  EXPECT_EQ(scalar(*db,
                   "SELECT r.executed_fen FROM monitoring_reports r JOIN projects p ON p.id = "
                   "r.project_id WHERE r.checkpoint_id = " +
                       std::to_string(c.id) + " AND p.code = '" + a +
                       "' AND p.region_id = " + std::to_string(office.region_id)),
            2'500'000);
}

TEST_F(MonitoringStore, AReportGoesFromItsUnitToTheOfficeAndStartsTheNextCheckpoint) {
  const auto may = opened("6月末监控", "2026-06-30", "2026-07-20");
  const auto unit = who("demo_department");
  auto r = department_report(may.id);
  auto v = service->get(unit, r.id);
  ASSERT_FALSE(v.target_indicators.empty());
  EXPECT_EQ(v.actions, (std::vector<std::string>{"edit", "submit"}));
  // A submission with an indicator not judged is refused, naming it.
  try {
    service->step(unit, r.id, v.report.version, {"submit", "", ""});
    ADD_FAILURE() << "an empty report was submitted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "indicators[0].value_so_far");
  }
  monitoring::ReportInput in;
  in.executed_fen = v.report.budget_fen / 3;
  for (std::size_t i = 0; i < v.target_indicators.size(); ++i) {
    const bool number = targets::parse_value(v.target_indicators[i].value).kind ==
                        targets::ParsedValue::Kind::number;
    in.indicators.push_back({static_cast<long long>(i), number ? "10" : "按计划推进",
                             number ? "20" : "按计划完成", i == 0 ? "possible" : "certain",
                             i == 0 ? "staff" : "", i == 0 ? "增派人员" : ""});
  }
  v = service->save(unit, r.id, v.report.version, in);
  EXPECT_EQ(v.report.executed_fen, v.report.budget_fen / 3);
  v = service->step(unit, r.id, v.report.version, {"submit", "", ""});
  EXPECT_EQ(v.report.status, "submitted");
  EXPECT_FALSE(v.report.submitted_at.empty());
  // The section in charge passes it on, the office accepts it.
  v = service->step(who("demo_section"), r.id, v.report.version, {"check", "pass", ""});
  EXPECT_EQ(v.report.status, "checked");
  try {
    service->step(who("demo_office"), r.id, v.report.version, {"decide", "return", ""});
    ADD_FAILURE() << "a return without words";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "opinion");
  }
  v = service->step(who("demo_office"), r.id, v.report.version, {"decide", "accept", "已确认"});
  EXPECT_EQ(v.report.status, "accepted");
  EXPECT_EQ(service->history(unit, r.id).size(), 4u);  // saved, submitted, checked, accepted
  // The next checkpoint's form starts from these answers.
  const auto august = opened("7月末监控", "2026-07-31", "2026-08-20");
  const auto next = service->get(unit, department_report(august.id).id);
  EXPECT_TRUE(next.prefilled);
  EXPECT_EQ(next.answers[0].likelihood, "possible");
  EXPECT_EQ(next.answers[0].correction, "增派人员");
}

TEST_F(MonitoringStore, AWarningRunStoppedPartWayGoesOnAndARunAgainChangesNothing) {
  const auto c = opened("6月末监控", "2026-06-30", "2026-07-20");
  const std::string colours_sql =
      "SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = " + std::to_string(c.id);
  // Stopped after its first batch, as a kill between transactions leaves it.
  monitoring::RunOptions first;
  first.batch = 100;
  first.today = "2026-07-25";  // the reports are overdue: every one is red
  int batches = 0;
  first.stop = [&] { return batches++ == 1; };
  const auto stopped = monitoring::run_checkpoint(*db, c.id, first);
  EXPECT_FALSE(stopped.finished);
  EXPECT_EQ(stopped.evaluated, 100);
  EXPECT_EQ(scalar(*db, colours_sql + " AND colour = 'red'"), 100);
  // It goes on from there, and evaluates each report once.
  monitoring::RunOptions again;
  again.batch = 100;
  again.today = "2026-07-25";
  const auto rest = monitoring::run_checkpoint(*db, c.id, again);
  EXPECT_TRUE(rest.resumed);
  EXPECT_TRUE(rest.finished);
  EXPECT_EQ(stopped.evaluated + rest.evaluated, c.reports);
  EXPECT_EQ(scalar(*db, colours_sql + " AND colour = 'red'"), c.reports);
  EXPECT_EQ(scalar(*db, "SELECT run_evaluated FROM checkpoints WHERE id = " + std::to_string(c.id)),
            c.reports);
  // A run again from the start gives the same colours and writes nothing.
  const auto same = monitoring::run_checkpoint(*db, c.id, again);
  EXPECT_FALSE(same.resumed);
  EXPECT_EQ(same.evaluated, c.reports);
  EXPECT_EQ(same.changed, 0);
  // Before the due date nothing is missing: the spending decides.
  again.today = "2026-07-01";
  const auto before_due = monitoring::run_checkpoint(*db, c.id, again);
  EXPECT_GT(before_due.changed, 0);
  EXPECT_LT(scalar(*db, colours_sql + " AND colour = 'red'"), c.reports);
}

TEST_F(MonitoringStore, OutcomesRecoverAdjustAndAreRecordedWithTheirMoney) {
  const auto office = who("demo_office");
  // Accepted reports of May at the prefecture's own level, with money left unspent.
  const auto pick = [&](const std::string& extra) {
    return scalar(*db,
                  "SELECT MIN(r.id) FROM monitoring_reports r JOIN checkpoints c ON c.id = "
                  "r.checkpoint_id JOIN projects p ON p.id = r.project_id WHERE c.as_of = "
                  "'2026-05-31' AND r.status = 'accepted' AND r.region_id = " +
                      std::to_string(office.region_id) +
                      " AND p.status IN ('approved', 'executing') AND p.amount_fen > "
                      "(SELECT MAX(e.executed_fen) FROM executions e WHERE e.project_id = p.id) "
                      "+ 1000000" +
                      extra);
  };
  const auto amount = [&](long long project_id) {
    return scalar(*db, "SELECT amount_fen FROM projects WHERE id = " + std::to_string(project_id));
  };
  const auto spent = [&](long long project_id) {
    return scalar(*db, "SELECT MAX(executed_fen) FROM executions WHERE project_id = " +
                           std::to_string(project_id));
  };
  const long long first = pick("");
  ASSERT_GT(first, 0);
  auto v = service->get(office, first);
  EXPECT_TRUE(v.can_decide);
  const long long project_id = v.report.project_id;
  const Fen budget = amount(project_id);
  const Fen unspent = budget - spent(project_id);
  // More than is unspent cannot be recovered; nothing changes.
  try {
    service->decide_outcome(office, first, {v.report.version, "recover", unspent + 1, "资金闲置"});
    ADD_FAILURE() << "recovered more than is unspent";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "amount_fen");
  }
  EXPECT_EQ(amount(project_id), budget);
  // A recovery: the project's budget falls by it, and it is totalled.
  v = service->decide_outcome(office, first, {v.report.version, "recover", 1'000'000, "资金闲置"});
  EXPECT_EQ(amount(project_id), budget - 1'000'000);
  EXPECT_EQ(v.report.budget_fen, budget - 1'000'000);
  ASSERT_EQ(v.outcomes.size(), 1u);
  EXPECT_EQ(v.outcomes[0].recovered_fen, 1'000'000);
  EXPECT_EQ(v.outcomes[0].decided_by_name, office.display_name);
  // A budget adjustment never below what is spent.
  try {
    service->decide_outcome(office, first,
                            {v.report.version, "adjust_budget", spent(project_id) - 1, "调减"});
    ADD_FAILURE() << "a budget below what is spent";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "amount_fen");
  }
  v = service->decide_outcome(office, first,
                              {v.report.version, "adjust_budget", spent(project_id) + 500, "调减"});
  EXPECT_EQ(amount(project_id), spent(project_id) + 500);
  // The target reopens through its own adjustment.
  v = service->decide_outcome(office, first, {v.report.version, "adjust_target", {}, "目标过高"});
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM targets WHERE project_id = " +
                            std::to_string(project_id) + " AND status = 'adjusting'"),
            1);
  // Who may decide, and on what.
  EXPECT_THROW(service->decide_outcome(who("demo_department"), first,
                                       {v.report.version, "continue", {}, "继续"}),
               AppError);
  EXPECT_THROW(
      service->decide_outcome(office, first, {v.report.version - 1, "continue", {}, "继续"}),
      AppError);
  const auto totals = service->outcome_totals(office, 2026);
  Fen recovered = 0;
  for (const auto& t : totals) recovered += t.recovered_fen;
  EXPECT_EQ(recovered, scalar(*db, "SELECT SUM(recovered_fen) FROM monitoring_outcomes"));
  EXPECT_GE(recovered, 1'000'000);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM audit_log WHERE entity = 'monitoring_report' AND "
                   "entity_id = " +
                       std::to_string(first) + " AND action = 'decide_outcome'"),
            3);
}

TEST_F(MonitoringStore, AForecastKeepsTheProjectsItWouldWarnAndAgainGivesTheSame) {
  const auto office = who("demo_office");
  const long long id = scalar(*db, "SELECT id FROM checkpoints WHERE as_of = '2026-12-31'");
  const auto c =
      *db->read([&](soci::session& s) { return monitoring::repo::find_checkpoint(s, id); });
  EXPECT_EQ(c.status, "planned");
  const auto run = [&](const std::string& today) {
    return db->write([&](soci::session& s) {
      return monitoring::forecast_checkpoint(s, db->dialect(), c, office.region_path,
                                             monitoring::national_warning_settings(), today);
    });
  };
  const auto first = run("2026-09-30");
  const std::string rows =
      "SELECT COUNT(*) FROM early_warnings WHERE checkpoint_id = " + std::to_string(id);
  EXPECT_GT(first.projects, 500);
  EXPECT_EQ(scalar(*db, rows), first.blue + first.red);
  EXPECT_EQ(scalar(*db, rows + " AND computed_on = '2026-09-30'"), first.blue + first.red);
  // Carried forward, never above the budget nor below what is spent now.
  EXPECT_EQ(scalar(*db, rows + " AND (projected_fen < executed_fen OR projected_fen > budget_fen)"),
            0);
  const auto again = run("2026-09-30");
  EXPECT_EQ(again.blue, first.blue);
  EXPECT_EQ(again.red, first.red);
  EXPECT_EQ(scalar(*db, rows), first.blue + first.red);
}

TEST_F(MonitoringStore, AForecastOnALaterDayReplacesEveryRowOfTheEarlierOne) {
  const auto office = who("demo_office");
  const long long id = scalar(*db, "SELECT id FROM checkpoints WHERE as_of = '2026-12-31'");
  const auto c =
      *db->read([&](soci::session& s) { return monitoring::repo::find_checkpoint(s, id); });
  const auto run = [&](const std::string& today) {
    return db->write([&](soci::session& s) {
      return monitoring::forecast_checkpoint(s, db->dialect(), c, office.region_path,
                                             monitoring::national_warning_settings(), today,
                                             /*batch=*/97);
    });
  };
  const std::string rows =
      "SELECT COUNT(*) FROM early_warnings WHERE checkpoint_id = " + std::to_string(id);
  // Another checkpoint forecast before: the 8月末 one, as it stood in July.
  const long long august = scalar(*db, "SELECT id FROM checkpoints WHERE as_of = '2026-08-31'");
  const auto other =
      *db->read([&](soci::session& s) { return monitoring::repo::find_checkpoint(s, august); });
  const auto elsewhere = db->write([&](soci::session& s) {
    return monitoring::forecast_checkpoint(s, db->dialect(), other, office.region_path,
                                           monitoring::national_warning_settings(), "2026-07-20");
  });
  ASSERT_GT(elsewhere.blue + elsewhere.red, 0);
  const auto early = run("2026-07-15");
  ASSERT_GT(early.blue + early.red, 0);
  // A row the later forecast would not make: it must not survive.
  db->write([&](soci::session& s) {
    s << "UPDATE early_warnings SET projected_fen = -1, colour = 'blue' WHERE checkpoint_id = "
      << id << " AND project_id = (SELECT MIN(project_id) FROM early_warnings WHERE "
      << "checkpoint_id = " << id << ")";
  });
  const auto later = run("2026-12-01");
  EXPECT_EQ(later.projects, early.projects);
  EXPECT_EQ(scalar(*db, rows), later.blue + later.red);
  EXPECT_EQ(scalar(*db, rows + " AND colour = 'red'"), later.red);
  EXPECT_EQ(scalar(*db, rows + " AND computed_on <> '2026-12-01'"), 0);
  EXPECT_EQ(scalar(*db, rows + " AND projected_fen < 0"), 0);
  // Every stored row reads back whole, joined for display, in the scope of the office.
  const auto listed = db->read([&](soci::session& s) {
    monitoring::EarlyWarningFilter f;
    f.checkpoint_id = id;
    f.limit = 100000;
    return monitoring::early_warnings(s, f, auth::read_scope(office));
  });
  ASSERT_EQ(static_cast<long long>(listed.size()), later.blue + later.red);
  for (const auto& w : listed) {
    EXPECT_FALSE(w.name.empty());
    EXPECT_EQ(w.fired.front(), '[');
    EXPECT_GE(w.projected_fen, w.executed_fen);
  }
  // Other checkpoints' rows are left alone.
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM early_warnings WHERE checkpoint_id = " +
                            std::to_string(other.id)),
            elsewhere.blue + elsewhere.red);
}

}  // namespace
}  // namespace jixiao
