// The appraisal's item sources on both databases (R-AP-1): every item's counts of the demo's
// closed year, by department and by county, against a count of the stages' rows themselves (not
// their kept totals); the rows behind a point adding up to it; findings and key evaluations built
// here counted by their due dates (R-RA-1); and an issued appraisal frozen with its notice.
#include <gtest/gtest.h>

#include <map>

#include "appraisal/repo.h"
#include "appraisal/rule_kinds.h"
#include "appraisal/service.h"
#include "auth/repo.h"
#include "base/clock.h"
#include "base/error.h"
#include "rules/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using appraisal::Scorecard;

class AppraisalStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    rules = std::make_unique<rules::RuleService>(*db);
    appraisal::register_rule_kinds(rules->kinds());
    service = std::make_unique<appraisal::AppraisalService>(*db, *rules);
    office =
        *db->read([](soci::session& s) { return auth::repo::find_principal(s, "demo_office"); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  Scorecard card(const std::string& subject, long long year = 2025) {
    return db->read([&](soci::session& s) {
      return appraisal::compute_scorecard(s, db->dialect(), service->sources(), office.region_id,
                                          year, subject, now_iso().substr(0, 10));
    });
  }
  static std::size_t column(const Scorecard& c, const std::string& code) {
    for (std::size_t i = 0; i < c.items.size(); ++i)
      if (c.items[i].code == code) return i;
    ADD_FAILURE() << code;
    return 0;
  }
  // The condition placing a row of a table aliased x in a subject of the card.
  std::string where(const Scorecard& c, const appraisal::SubjectRow& r, const char* x) {
    const std::string a(x);
    if (c.subject == "department")
      return a + ".region_id = " + std::to_string(c.region_id) + " AND " + a +
             ".department_id = " + std::to_string(r.subject_id);
    return a + ".region_id IN (SELECT id FROM regions WHERE path LIKE '%/" +
           std::to_string(r.subject_id) + "/%')";
  }

  std::unique_ptr<rules::RuleService> rules;
  std::unique_ptr<appraisal::AppraisalService> service;
  auth::Principal office;
};

TEST_F(AppraisalStore, EveryItemCountsTheStagesRows) {
  const std::string today = now_iso().substr(0, 10);
  for (const std::string subject : {"department", "region"}) {
    const auto c = card(subject);
    ASSERT_FALSE(c.rows.empty());
    long long seen = 0;
    for (const auto& r : c.rows) {
      SCOPED_TRACE(subject + " " + r.name);
      const auto at = [&](const std::string& code) { return r.score.items[column(c, code)]; };
      const std::string p = "FROM projects p WHERE p.year = 2025 AND " + where(c, r, "p") +
                            " AND p.status IN ('declared', 'approved', 'executing', 'completed')";
      const std::string approved =
          " AND EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id AND t.kind = 'project' "
          "AND t.status = 'approved')";
      EXPECT_EQ(at("target_count").denominator, count("SELECT COUNT(*) " + p));
      EXPECT_EQ(at("target_count").numerator, count("SELECT COUNT(*) " + p + approved));
      EXPECT_EQ(at("target_money").denominator,
                count("SELECT COALESCE(SUM(p.amount_fen), 0) " + p));
      EXPECT_EQ(at("target_money").numerator,
                count("SELECT COALESCE(SUM(p.amount_fen), 0) " + p + approved));
      const std::string t =
          "FROM targets t LEFT JOIN projects p ON p.id = t.project_id WHERE "
          "t.year = 2025 AND t.status = 'approved' AND (p.id IS NULL OR "
          "p.status <> 'cancelled') AND " +
          where(c, r, "t");
      EXPECT_EQ(at("target_first_pass").denominator, count("SELECT COUNT(*) " + t));
      EXPECT_EQ(at("target_first_pass").numerator,
                count("SELECT COUNT(*) " + t + " AND t.returns = 0"));
      const std::string e = "FROM self_evaluations e WHERE e.year = 2025 AND " + where(c, r, "e");
      const std::string submitted = " AND e.status IN ('submitted', 'consolidated', 'accepted')";
      EXPECT_EQ(at("self_evaluation_count").denominator, count("SELECT COUNT(*) " + e));
      EXPECT_EQ(at("self_evaluation_count").numerator, count("SELECT COUNT(*) " + e + submitted));
      EXPECT_EQ(at("self_evaluation_money").denominator,
                count("SELECT COALESCE(SUM(e.budget_fen), 0) " + e));
      EXPECT_EQ(at("self_evaluation_money").numerator,
                count("SELECT COALESCE(SUM(e.budget_fen), 0) " + e + submitted));
      const std::string x =
          "FROM self_evaluation_review_samples x JOIN self_evaluations e ON "
          "e.id = x.evaluation_id WHERE x.status = 'reviewed' AND e.year = 2025 "
          "AND " +
          where(c, r, "e");
      EXPECT_EQ(at("inflation").denominator, count("SELECT COUNT(*) " + x));
      EXPECT_EQ(at("inflation").numerator, count("SELECT COUNT(*) " + x + " AND x.inflated = 0"));
      const std::string f =
          "FROM findings f WHERE f.year = 2025 AND (f.status = 'closed' OR "
          "f.due <= '" +
          today + "') AND " + where(c, r, "f");
      EXPECT_EQ(at("rectification").denominator, count("SELECT COUNT(*) " + f));
      EXPECT_EQ(at("rectification").numerator,
                count("SELECT COUNT(*) " + f + " AND f.status = 'closed'"));
      // The demo's year closed has no monitoring: nothing due, so "—" and left out.
      EXPECT_EQ(at("monitoring_count").denominator, 0);
      EXPECT_FALSE(at("monitoring_count").points);
      const std::string d =
          "FROM disclosures d WHERE d.year = 2025 AND (d.status = 'published' OR d.due <= '" +
          today + "') AND " + where(c, r, "d");
      EXPECT_EQ(at("disclosure").denominator, count("SELECT COUNT(*) " + d));
      EXPECT_EQ(at("disclosure").numerator,
                count("SELECT COUNT(*) " + d + " AND d.status = 'published'"));
      seen += at("target_count").denominator;
      // Each point's rows add up to it.
      for (const auto& item : c.items) {
        if (!item.has_source) continue;
        const auto& s = r.score.items[column(c, item.code)];
        appraisal::Subject subj;
        subj.id = r.subject_id;
        if (subject == "region") {
          subj.kind = appraisal::Subject::Kind::region;
          subj.region_path =
              "/" + std::to_string(c.region_id) + "/" + std::to_string(r.subject_id) + "/";
        }
        const auto page = db->read([&](soci::session& ss) {
          appraisal::Context ctx;
          ctx.year = 2025;
          ctx.region_id = c.region_id;
          ctx.region_path = "/" + std::to_string(c.region_id) + "/";
          ctx.today = today;
          ctx.dialect = db->dialect();
          return appraisal::repo::rows(ss, *service->sources().find(item.code), ctx, subj, 500, 0);
        });
        EXPECT_EQ(page.numerator, s.numerator) << item.code;
        EXPECT_EQ(page.denominator, s.denominator) << item.code;
      }
    }
    EXPECT_GT(seen, 0) << subject;
  }
}

TEST_F(AppraisalStore, FindingsAndKeyEvaluationsCountByTheirDueDates) {
  // 2024 is empty in the demo: a county's findings and key evaluations built here.
  const long long county = count("SELECT id FROM regions WHERE name = '云溪县'");
  const long long department =
      count("SELECT MIN(id) FROM units WHERE kind = 'department' AND region_id = " +
            std::to_string(county));
  const std::string today = now_iso().substr(0, 10);
  db->write([&](soci::session& s) {
    int n = 0;
    // closed (counts, due or not), open past due (due, not closed), open not yet due (neither).
    for (const auto& [status, due] :
         std::vector<std::pair<std::string, std::string>>{{"closed", "2099-01-01"},
                                                          {"closed", "2024-06-30"},
                                                          {"open", "2024-06-30"},
                                                          {"answered", "2024-07-31"},
                                                          {"open", "2099-01-01"}}) {
      s << "INSERT INTO findings (region_id, year, source, source_id, unit_id, department_id, "
           "title, requirement, due, status, created_at, updated_at) VALUES (:r, 2024, 'test', :n, "
           ":u, :d, '问题', '整改', :due, :st, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
          soci::use(county), soci::use(++n), soci::use(department), soci::use(department),
          soci::use(due), soci::use(status);
    }
    // Finalised on 2024-03-01: results sent on day 20 (on time), on day 21 (late), not yet sent
    // (due, late), and one finalised yesterday without results (not yet due).
    const std::string yesterday = format_iso(now_unix() - 86400);
    for (const auto& [finalised, sent] : std::vector<std::pair<std::string, std::string>>{
             {"2024-03-01T09:00:00Z", "2024-03-21T09:00:00Z"},
             {"2024-03-01T09:00:00Z", "2024-03-22T09:00:00Z"},
             {"2024-03-01T09:00:00Z", ""},
             {yesterday, ""}}) {
      const std::string sent_or_null = sent.empty() ? "NULL" : "'" + sent + "'";
      s << "INSERT INTO key_evaluations (region_id, year, kind, name, subject_region_id, "
           "fund_type, "
           "budget_fen, due, mode, status, finalised_at, results_sent_at, created_by, created_at, "
           "updated_at) VALUES (:r, 2024, 'fiscal_operation', '财政运行评价', :r2, 'general', "
           "100, '2024-12-31', 'finance', 'finalised', :f, " +
               sent_or_null + ", :b, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
          soci::use(county), soci::use(county), soci::use(finalised), soci::use(office.user_id);
    }
  });
  const auto c = card("region", 2024);
  const appraisal::SubjectRow* yunxi = nullptr;
  for (const auto& r : c.rows)
    if (r.subject_id == county) yunxi = &r;
  ASSERT_NE(yunxi, nullptr);
  const auto& rect = yunxi->score.items[column(c, "rectification")];
  EXPECT_EQ(rect.denominator, 4);  // two closed, two past due
  EXPECT_EQ(rect.numerator, 2);
  EXPECT_EQ(rect.rate, "50.00");
  const auto& time = yunxi->score.items[column(c, "timeliness")];
  EXPECT_EQ(time.denominator, 3);
  EXPECT_EQ(time.numerator, 1);
  // Every other item has nothing in 2024: left out, these two rescaled to 100 (10 points each
  // by default → 50 each): 50 × 1/2 + 50 × 1/3 = 25.00 + 16.67.
  ASSERT_TRUE(yunxi->score.total);
  EXPECT_EQ(*yunxi->score.total, 2500 + 1667);
  EXPECT_EQ(yunxi->rank, 1);
  // The department scorecard never counts a key evaluation: finance sends the results.
  const auto d = card("department", 2024);
  for (const auto& r : d.rows) EXPECT_EQ(r.score.items[column(d, "timeliness")].denominator, 0);
}

TEST_F(AppraisalStore, IssuingFreezesTheScoresWithTheNotice) {
  auto a = service->create(office, 2024, "department");
  EXPECT_EQ(a.status, "draft");
  a = service->compute(office, a.id, a.version);
  EXPECT_EQ(a.status, "computed");
  const long long documents = count("SELECT COUNT(*) FROM official_documents");
  const auto department =
      *db->read([](soci::session& s) { return auth::repo::find_principal(s, "demo_department"); });
  EXPECT_THROW(service->issue(department, a.id, a.version), AppError);
  EXPECT_THROW(service->issue(office, a.id, a.version + 1), AppError);
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents"), documents);
  a = service->issue(office, a.id, a.version);
  EXPECT_EQ(a.status, "issued");
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents"), documents + 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents WHERE kind = 'appraisal_notice' AND "
                  "subject = 'appraisal' AND subject_id = " +
                  std::to_string(a.id)),
            1);
  EXPECT_NE(a.document_number.find("财绩考〔2024〕"), std::string::npos);
  EXPECT_NE(a.scores.find("\"subject\":\"department\""), std::string::npos);
  EXPECT_THROW(service->compute(office, a.id, a.version), AppError);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'appraisal' AND entity_id = " +
                  std::to_string(a.id)),
            3);
}

}  // namespace
}  // namespace jixiao
