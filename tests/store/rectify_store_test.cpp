// Warning notices and the findings ledger on both databases: a checkpoint's warned reports give
// one notice per unit and one finding each, once; the rectification rate counts per R-RA-1; a
// finding goes open → answered → closed and back, and issuing writes everything or nothing.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/error.h"
#include "base/money.h"
#include "monitoring/notice_service.h"
#include "monitoring/service.h"
#include "projects/service.h"
#include "rectify/rules.h"
#include "rectify/service.h"
#include "store_fixture.h"
#include "targets/service.h"

namespace jixiao {
namespace {

class RectifyStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects = std::make_unique<projects::ProjectService>(*db);
    targets = std::make_unique<targets::TargetService>(*db);
    monitoring = std::make_unique<monitoring::MonitoringService>(*db, *projects, *targets);
    notices = std::make_unique<monitoring::NoticeService>(*db);
    findings = std::make_unique<rectify::FindingService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  // A checkpoint of its own, opened, with `warned` reports of distinct units coloured, the first
  // red and the others blue; returns its id.
  long long warned_checkpoint(int warned) {
    const auto office = who("demo_office");
    auto c = monitoring->create_checkpoint(office, {2026, "6月末监控", "2026-06-30", "2026-07-20"});
    c = monitoring->open_checkpoint(office, c.id, c.version);
    const std::string id = std::to_string(c.id);
    db->write([&](soci::session& s) {
      std::vector<long long> ids(warned);
      s << "SELECT MIN(id) FROM monitoring_reports WHERE checkpoint_id = " + id +
               " AND project_id IS NOT NULL GROUP BY unit_id HAVING COUNT(*) >= 2 ORDER BY unit_id "
               "LIMIT " +
               std::to_string(warned),
          soci::into(ids);
      ASSERT_EQ(ids.size(), static_cast<std::size_t>(warned));
      for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string colour = i == 0 ? "red" : "blue";
        const std::string fired =
            std::string(R"([{"rule":"R-MO-4","check":"spending_behind","colour":")") + colour +
            R"(","detail":"支出进度落后时间进度 25 个百分点","inputs":{}}])";
        s << "UPDATE monitoring_reports SET colour = :c, fired = :f WHERE id = :id",
            soci::use(colour), soci::use(fired), soci::use(ids[i]);
      }
      // A second warned report of the first unit: its notice lists both.
      s << "UPDATE monitoring_reports SET colour = 'blue', fired = '[]' WHERE id = (SELECT MAX(id) "
           "FROM monitoring_reports WHERE checkpoint_id = " +
               id + " AND unit_id = (SELECT unit_id FROM monitoring_reports WHERE id = :first))",
          soci::use(ids[0]);
    });
    return c.id;
  }
  std::unique_ptr<projects::ProjectService> projects;
  std::unique_ptr<targets::TargetService> targets;
  std::unique_ptr<monitoring::MonitoringService> monitoring;
  std::unique_ptr<monitoring::NoticeService> notices;
  std::unique_ptr<rectify::FindingService> findings;
};

TEST_F(RectifyStore, TheDemoNoticedEveryWarnedReportOnceAndItsFindingsStandInEveryState) {
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings WHERE source = 'monitoring_warning'"),
            count("SELECT COUNT(*) FROM monitoring_reports WHERE colour <> 'none'"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents WHERE kind = 'warning_notice'"),
            count("SELECT COUNT(*) FROM (SELECT DISTINCT checkpoint_id, unit_id FROM "
                  "monitoring_reports WHERE colour <> 'none') x"));
  for (const char* status : {"open", "answered", "closed"})
    EXPECT_GT(count(std::string("SELECT COUNT(*) FROM findings WHERE status = '") + status + "'"),
              0)
        << status;
  EXPECT_GT(count("SELECT COUNT(*) FROM findings WHERE status = 'open' AND decision <> ''"), 0)
      << "reopened";
  EXPECT_GT(count("SELECT COUNT(*) FROM official_documents WHERE kind = 'warning_notice' AND "
                  "issued_on = '2026-06-30' AND number LIKE '%财绩预〔2026〕1号'"),
            0);
}

TEST_F(RectifyStore, NoticesAreIssuedOncePerUnitAndFindingsEqualTheWarnedReports) {
  const long long id = warned_checkpoint(3);
  const std::string cp = std::to_string(id);
  const auto office = who("demo_office");
  // Only the office of the checkpoint's region issues them.
  EXPECT_THROW(notices->issue_notices(who("demo_department"), id), AppError);
  EXPECT_THROW(notices->issue_notices(who("demo_county_office"), id), AppError);
  const auto first = notices->issue_notices(office, id);
  EXPECT_EQ(first.issued, 3);
  ASSERT_EQ(first.documents.size(), 3u);
  EXPECT_EQ(first.documents[0].kind, "warning_notice");
  EXPECT_NE(first.documents[0].body.find("红色重要预警"), std::string::npos);
  EXPECT_NE(first.documents[0].body.find("支出进度落后时间进度 25 个百分点"), std::string::npos)
      << first.documents[0].body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings f JOIN monitoring_reports r ON r.id = "
                  "f.source_id WHERE f.source = 'monitoring_warning' AND r.checkpoint_id = " +
                  cp),
            4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = " + cp +
                  " AND colour <> 'none'"),
            4);
  // Each finding is due 30 days after the notice (R-RA-1) and names it.
  const auto doc = first.documents[0];
  rectify::repo::Filter f;
  f.document_id = doc.id;
  const auto page = findings->list(office, f, false);
  ASSERT_EQ(page.items.size(), 2u);
  for (const auto& item : page.items) {
    EXPECT_EQ(item.status, "open");
    EXPECT_EQ(item.document_number, doc.number);
    EXPECT_FALSE(item.requirement.empty());
  }
  // Again: nothing new.
  const auto again = notices->issue_notices(office, id);
  EXPECT_EQ(again.issued, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents WHERE kind = 'warning_notice' AND "
                  "subject_id = " +
                  cp),
            3);
  // The unit sees its own notice only.
  const auto listed = notices->notices(office, id);
  EXPECT_EQ(listed.size(), 3u);
  EXPECT_EQ(listed[0].findings, 2);
  EXPECT_EQ(listed[0].open, 2);
}

TEST_F(RectifyStore, IssuingWritesEverythingOrNothing) {
  const long long id = warned_checkpoint(2);
  const long long documents = count("SELECT COUNT(*) FROM official_documents");
  const long long before = count("SELECT COUNT(*) FROM findings");
  // The notices issued, then the transaction fails: neither letters nor findings remain.
  EXPECT_THROW(db->write([&](soci::session& s) {
    const auto c = monitoring::repo::find_checkpoint(s, id);
    const auto issued = monitoring::issue_warning_notices(s, db->dialect(), *c, "", 0,
                                                          audit::system_entry("", "", 0, 0));
    EXPECT_EQ(issued.issued, 2);
    throw std::runtime_error("failed after issuing");
  }),
               std::runtime_error);
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents"), documents);
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings"), before);
  // A county's office is refused before anything is written.
  EXPECT_THROW(notices->issue_notices(who("demo_county_office"), id), AppError);
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings"), before);
}

TEST_F(RectifyStore, AFindingIsAnsweredClosedAndReopenedByItsActors) {
  const long long id = warned_checkpoint(1);
  const auto office = who("demo_office");
  notices->issue_notices(office, id);
  const long long finding_id =
      scalar(*db,
             "SELECT MIN(f.id) FROM findings f JOIN monitoring_reports r ON r.id = f.source_id "
             "WHERE r.checkpoint_id = " +
                 std::to_string(id));
  const auto& fresh = findings->get(office, finding_id);
  // The author of the finding's unit answers: find one whose write scope holds it.
  std::string author;
  for (const char* name : {"demo_unit", "demo_unit2", "demo_department"}) {
    const auto p = who(name);
    try {
      if (findings->get(p, finding_id).actions == std::vector<std::string>{"answer"}) {
        author = name;
        break;
      }
    } catch (const AppError&) {
    }
  }
  if (author.empty()) author = "demo_office";  // the office of its level answers for it
  const auto unit = who(author);
  try {
    findings->step(unit, finding_id, fresh.finding.version, {"answer", "", ""});
    ADD_FAILURE() << "an empty answer was taken";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "answer");
  }
  auto v = findings->step(unit, finding_id, fresh.finding.version, {"answer", "已加快支付", ""});
  EXPECT_EQ(v.finding.status, "answered");
  EXPECT_FALSE(v.finding.answered_at.empty());
  // A stale version is refused.
  EXPECT_THROW(findings->step(office, finding_id, fresh.finding.version, {"close", "", ""}),
               AppError);
  try {
    findings->step(office, finding_id, v.finding.version, {"reopen", "", ""});
    ADD_FAILURE() << "reopened without a reason";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "opinion");
  }
  v = findings->step(office, finding_id, v.finding.version, {"close", "", "核实到位"});
  EXPECT_EQ(v.finding.status, "closed");
  v = findings->step(office, finding_id, v.finding.version, {"reopen", "", "整改不实"});
  EXPECT_EQ(v.finding.status, "open");
  EXPECT_EQ(v.finding.decision, "整改不实");
  EXPECT_TRUE(v.finding.closed_at.empty());
  const auto history = findings->history(office, finding_id);
  ASSERT_EQ(history.size(), 4u);  // create, answer, close, reopen
  EXPECT_EQ(history.back().entry.action, "reopen");
}

TEST_F(RectifyStore, TheRateIsClosedOverDueAndADashWhenNothingIsDue) {
  const auto office = who("demo_office");
  // The demo's year: everything was due by December.
  const auto st = findings->statistics(office, 2026);
  EXPECT_GT(st.counts.counts.due, 0);
  EXPECT_EQ(st.counts.counts.closed,
            count("SELECT COUNT(*) FROM findings WHERE year = 2026 AND status = 'closed'"));
  EXPECT_EQ(st.counts.total, count("SELECT COUNT(*) FROM findings WHERE year = 2026"));
  EXPECT_EQ(rectify::rectification_rate(st.counts.counts),
            format_rate(st.counts.counts.closed, st.counts.counts.due));
  // A year without findings: nothing due, "—".
  const auto none = findings->statistics(office, 2027);
  EXPECT_EQ(none.counts.counts.due, 0);
  EXPECT_EQ(rectify::rectification_rate(none.counts.counts), "—");
  // A unit's figures are its own.
  const auto unit = findings->statistics(who("demo_unit"), 2026);
  EXPECT_LE(unit.counts.total, st.counts.total);
}

}  // namespace
}  // namespace jixiao
