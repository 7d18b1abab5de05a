// Official documents on both databases: numbers per region, year and kind with no gap and no
// repeat (a rolled-back decision gives its number back), and reads that keep to the scope.
#include <gtest/gtest.h>

#include <stdexcept>

#include "audit/log.h"
#include "cli/demo.h"
#include "documents/repo.h"
#include "documents/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

class DocumentsStore : public StoreTest {
 protected:
  void SetUp() override { SetUpDemo(); }
};

TEST_F(DocumentsStore, LettersAreNumberedWithoutGapOrRepeatAndARollbackGivesItsNumberBack) {
  for (const char* kind : {"target_approval", "target_opinion"}) {
    // Numbers run per region, year and kind; the demo issues letters of two years.
    const std::string where =
        std::string(" FROM official_documents WHERE year = 2026 AND kind = '") + kind + "'";
    const long long n = scalar(*db, "SELECT COUNT(*)" + where);
    ASSERT_GT(n, 0) << kind;
    EXPECT_EQ(scalar(*db, "SELECT MAX(seq)" + where), n) << kind;
    EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT number)" + where), n) << kind;
  }
  const long long last =
      scalar(*db,
             "SELECT MAX(seq) FROM official_documents WHERE year = 2026 AND kind = "
             "'target_approval'");
  documents::DocumentDraft draft;
  draft.region_id = scalar(*db, "SELECT MIN(region_id) FROM official_documents");
  draft.year = 2026;
  draft.kind = "target_approval";
  draft.subject = "target";
  draft.subject_id = 1;
  draft.department_id = scalar(*db, "SELECT MIN(department_id) FROM official_documents");
  draft.unit_id = draft.department_id;
  draft.title = "关于测试项目绩效目标的批复";
  draft.addressee = "测试部门";
  draft.paragraphs = {"同意。"};
  const long long office = scalar(*db, "SELECT id FROM users WHERE username = 'demo_office'");
  EXPECT_THROW(db->write([&](soci::session& s) {
    documents::issue(s, db->dialect(), draft, office, audit::system_entry("", "", 0, 0));
    throw std::runtime_error("the decision failed after the letter");
  }),
               std::runtime_error);
  const auto issued = db->write([&](soci::session& s) {
    return documents::issue(s, db->dialect(), draft, office, audit::system_entry("", "", 0, 0));
  });
  EXPECT_EQ(issued.seq, last + 1);
  EXPECT_EQ(issued.number, "云岭州财绩批〔2026〕" + std::to_string(last + 1) + "号");
  EXPECT_EQ(issued.issuer, "云岭州财政局");

  db->read([&](soci::session& s) {
    const auth::DataScope mine{auth::DataScope::Kind::department, draft.department_id, {}};
    const auth::DataScope other{
        auth::DataScope::Kind::department, draft.department_id + 100000, {}};
    ASSERT_TRUE(documents::repo::find(s, issued.id, mine));
    EXPECT_EQ(documents::repo::find(s, issued.id, mine)->body,
              R"({"paragraphs":["同意。"],"attachments":[]})");
    EXPECT_FALSE(documents::repo::find(s, issued.id, other));
    EXPECT_EQ(documents::repo::of_subject(s, "target", 1, other).size(), 0u);
  });
}

}  // namespace
}  // namespace jixiao
