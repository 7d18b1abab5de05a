// Migration 0033 moves the indicator scores from each indicator row to one text on the
// evaluation, and 0035 all the scores to a row of their own. On the demo's self-evaluations, put
// back as release 32 kept them (five columns on each indicator row, a sentence with a tab, a
// backslash and a line break among them), the migration's SQL packs exactly what the code packs, on
// both databases.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "db/migrations.h"
#include "db/query.h"
#include "self_evaluation/indicator_scores.h"
#include "self_evaluation/repo.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

class SelfEvaluationScoresMigration : public StoreTest {
 protected:
  void SetUp() override { SetUpDemo(); }
};

std::map<long long, std::string> packed_by_evaluation(db::Database& db) {
  std::map<long long, std::string> out;
  db.read([&](soci::session& s) {
    struct Row {
      long long id = 0;
      std::string packed;
    };
    db::Query q("SELECT id, indicator_scores FROM self_evaluations ORDER BY id");
    for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
           st.exchange(soci::into(r.id));
           st.exchange(soci::into(r.packed));
         }))
      out[r.id] = r.packed;
  });
  return out;
}

// Each evaluation's scores other than the text, as one line.
std::map<long long, std::string> totals_by_evaluation(db::Database& db) {
  std::map<long long, std::string> out;
  db.read([&](soci::session& s) {
    struct Row {
      long long id = 0;
      std::string line;
    };
    db::Query q(
        "SELECT id, execution_weight || ' ' || execution_score || ' ' || execution_detail || ' ' "
        "|| computed_total || ' ' || COALESCE(self_total, -1) || ' ' || grade FROM "
        "self_evaluations ORDER BY id");
    for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
           st.exchange(soci::into(r.id));
           st.exchange(soci::into(r.line));
         }))
      out[r.id] = r.line;
  });
  return out;
}

TEST_F(SelfEvaluationScoresMigration, PacksWhatEachIndicatorRowKept) {
  auto expected = packed_by_evaluation(*db);
  const auto totals = totals_by_evaluation(*db);
  long long scored = 0;
  for (const auto& [id, packed] : expected) scored += !packed.empty();
  ASSERT_GT(scored, 100);
  const long long odd = expected.rbegin()->first;  // its first indicator's sentence is odd
  db->write([&](soci::session& s) {
    for (const char* column :
         {"computed_weight BIGINT NOT NULL DEFAULT 0", "computed_score BIGINT NOT NULL DEFAULT 0",
          "rule TEXT NOT NULL DEFAULT ''", "detail TEXT NOT NULL DEFAULT ''",
          "needs_reason BIGINT NOT NULL DEFAULT 0"})
      s << std::string("ALTER TABLE self_evaluation_indicators ADD COLUMN ") + column;
    for (auto& [id, packed] : expected) {
      auto indicators = self_evaluation::repo::indicators(s, id);
      if (id == odd) {
        ASSERT_FALSE(indicators.empty());
        indicators[0].rule = "R-SE-4";
        indicators[0].detail = "实际\t96 \\ 目标\n95";
        indicators[0].computed_weight = 1000;
        packed = self_evaluation::pack_scores(indicators);
      }
      for (const auto& i : indicators) {
        const long long needs = i.needs_reason ? 1 : 0;
        s << "UPDATE self_evaluation_indicators SET computed_weight = :w, computed_score = :c, "
             "rule = :r, detail = :d, needs_reason = :n WHERE evaluation_id = :e AND position = "
             ":p",
            soci::use(i.computed_weight), soci::use(i.computed_score), soci::use(i.rule),
            soci::use(i.detail), soci::use(needs), soci::use(id), soci::use(i.position);
      }
    }
    // Migration 0035 undone: the scores back on the evaluation's row (all but the text).
    s << "DROP VIEW self_evaluations";
    s << "ALTER TABLE self_evaluation_forms RENAME TO self_evaluations";
    for (const char* column :
         {"execution_weight BIGINT NOT NULL DEFAULT 0", "execution_score BIGINT NOT NULL DEFAULT 0",
          "execution_detail TEXT NOT NULL DEFAULT ''", "computed_total BIGINT NOT NULL DEFAULT 0",
          "self_total BIGINT", "grade TEXT NOT NULL DEFAULT ''"})
      s << std::string("ALTER TABLE self_evaluations ADD COLUMN ") + column;
    s << "UPDATE self_evaluations SET execution_weight = x.execution_weight, execution_score = "
         "x.execution_score, execution_detail = x.execution_detail, computed_total = "
         "x.computed_total, self_total = x.self_total, grade = x.grade FROM "
         "self_evaluation_scores x WHERE x.evaluation_id = self_evaluations.id";
    s << "DROP TABLE self_evaluation_scores";
    // Migration 0034's index as release 32 had it.
    s << "CREATE INDEX self_evaluations_grade ON self_evaluations (year, grade, budget_fen, id)";
    s << "DELETE FROM schema_migrations WHERE version >= 33";
  });
  ASSERT_EQ(db::migrate(*db), static_cast<int>(db::latest_schema_version()) - 32);
  EXPECT_EQ(packed_by_evaluation(*db), expected);
  EXPECT_EQ(totals_by_evaluation(*db), totals);  // and 0035 moved the other scores as they were
  db->read([&](soci::session& s) {
    const auto back = self_evaluation::repo::indicators(s, odd);
    EXPECT_EQ(back.at(0).detail, "实际\t96 \\ 目标\n95");
  });
}

}  // namespace
}  // namespace jixiao
