// The budget review on both databases: its kept totals equal a recount of the rows after a
// series of writes (batch entries, a withdrawal and a new declaration, an import), and a batch or
// import with one bad row writes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "budget_review/repo.h"
#include "budget_review/service.h"
#include "cli/demo.h"
#include "projects/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using budget_review::repo::TotalsRow;

class BudgetReviewStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects_ = std::make_unique<projects::ProjectService>(*db);
    reviews_ = std::make_unique<budget_review::ReviewService>(*db);
    projects_->add_watch(budget_review::ReviewService::project_watch());
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  // Every review of the year, kept and recounted, in one order.
  static std::vector<
      std::tuple<long long, long long, std::string, std::string, long long, Fen, Fen, Fen>>
  flat(std::vector<TotalsRow> rows) {
    std::vector<
        std::tuple<long long, long long, std::string, std::string, long long, Fen, Fen, Fen>>
        out;
    for (const auto& r : rows)
      if (r.reviews != 0)
        out.emplace_back(r.region_id, r.department_id, r.fund_type, r.status, r.reviews,
                         r.submitted_fen, r.approved_fen, r.cut_fen);
    std::sort(out.begin(), out.end());
    return out;
  }
  void expect_totals_kept() {
    db->read([&](soci::session& s) {
      const auth::DataScope all{auth::DataScope::Kind::region_tree, 0, "/"};
      EXPECT_EQ(flat(budget_review::repo::totals_rows(s, 2027, all)),
                flat(budget_review::repo::counted_rows(s, 2027, all)));
      return 0;
    });
  }
  // demo_unit's reviews waiting for the section.
  std::vector<budget_review::Review> waiting() {
    budget_review::repo::ReviewFilter f;
    f.year = 2027;
    f.status = "pending";
    f.limit = 100;
    return reviews_->list(who("demo_unit"), f).items;
  }
  long long version_sum() {
    return scalar(*db, "SELECT COALESCE(SUM(version), 0) FROM budget_reviews");
  }

  // Made once the database is there (SetUp).
  std::unique_ptr<projects::ProjectService> projects_;
  std::unique_ptr<budget_review::ReviewService> reviews_;
};

TEST_F(BudgetReviewStore, KeptTotalsEqualARecountAfterEveryKindOfWrite) {
  expect_totals_kept();  // as the demo left them
  const auto section = who("demo_section");
  auto items = waiting();
  ASSERT_GE(items.size(), 3u);

  std::vector<budget_review::BatchItem> batch;
  for (std::size_t i = 0; i < 3; ++i)
    batch.push_back({items[i].project_id,
                     items[i].version,
                     {items[i].submitted_fen / 2, i == 2 ? "" : "over_standard", "核减"}});
  batch[2].entry.approved_fen = items[2].submitted_fen;
  batch[2].entry.cut_reason = "";
  const auto saved = reviews_->save_batch(section, batch);
  ASSERT_EQ(saved.size(), 3u);
  EXPECT_EQ(saved[0].status, "done");
  expect_totals_kept();

  // Revised: the same review with another amount.
  reviews_->save_batch(
      section,
      {{items[0].project_id, saved[0].version, {items[0].submitted_fen / 4, "duplicate", ""}}});
  expect_totals_kept();

  // The unit withdraws a reviewed project and a waiting one, and declares the first again.
  const auto unit = who("demo_unit");
  for (long long id : {items[0].project_id, items[3].project_id}) {
    const auto p = projects_->get(unit, id);
    projects_->step(unit, id, p.version, {"withdraw", "", ""});
    expect_totals_kept();
  }
  const auto p = projects_->get(unit, items[0].project_id);
  projects_->step(unit, p.id, p.version, {"declare", "", ""});
  expect_totals_kept();
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM budget_reviews WHERE project_id = " +
                            std::to_string(items[3].project_id)),
            0);

  // An import of one row.
  const std::string code = db->read([&](soci::session& s) {
    std::string c;
    s << "SELECT code FROM projects WHERE id = :id", soci::use(items[4].project_id), soci::into(c);
    return c;
  });
  const auto answer = reviews_->import(
      section, 2027, "项目编码,审定金额（万元）,审减原因,说明\n" + code + ",0,重复申报,\n", false);
  EXPECT_TRUE(answer.errors.empty());
  EXPECT_EQ(answer.imported, 1);
  expect_totals_kept();
}

TEST_F(BudgetReviewStore, ABatchOrImportWithOneBadRowWritesNothing) {
  const auto section = who("demo_section");
  const auto items = waiting();
  ASSERT_GE(items.size(), 2u);
  const long long before = version_sum();
  const std::string before_totals = std::to_string(
      scalar(*db, "SELECT COALESCE(SUM(approved_fen), 0) FROM budget_review_totals"));
  try {
    reviews_->save_batch(
        section, {{items[0].project_id, items[0].version, {items[0].submitted_fen, "", ""}},
                  {items[1].project_id, items[1].version, {items[1].submitted_fen + 1, "", ""}}});
    FAIL() << "a batch above the submitted amount was taken";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "items[1].approved_fen");
  }
  EXPECT_EQ(version_sum(), before);
  const auto answer =
      reviews_->import(section, 2027,
                       "项目编码,审定金额（万元）,审减原因,说明\n" + items[0].project_code +
                           ",0,重复申报,\n" + items[1].project_code + ",0,没有这个原因,\n",
                       false);
  ASSERT_EQ(answer.errors.size(), 1u);
  EXPECT_EQ(answer.errors[0].row, 3);
  EXPECT_EQ(answer.errors[0].column, "审减原因");
  EXPECT_EQ(answer.imported, 0);
  EXPECT_EQ(version_sum(), before);
  EXPECT_EQ(std::to_string(
                scalar(*db, "SELECT COALESCE(SUM(approved_fen), 0) FROM budget_review_totals")),
            before_totals);
}

}  // namespace
}  // namespace jixiao
