// Prepared statements kept per session (db/statement_cache): a kept statement answers with the
// values of each call, a query nested in the rows of the same text gets its own statement, and a
// kept statement never holds an old view of the data (it is read to the end every time).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "db/query.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

struct Probe {
  long long id = 0;
  std::string name;
};

void bind_probe(soci::statement& st, Probe& p) {
  st.exchange(soci::into(p.id));
  st.exchange(soci::into(p.name));
}

std::vector<Probe> probes_above(soci::session& s, long long id) {
  db::Query q("SELECT id, name FROM statement_probe WHERE id > ");
  q.bind(id).sql(" ORDER BY id");
  return db::fetch_all<Probe>(s, q, bind_probe);
}

class StatementCacheTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    db->write([](soci::session& s) {
      s << "CREATE TABLE statement_probe (id BIGINT PRIMARY KEY, name TEXT NOT NULL)";
      for (long long i = 1; i <= 5; ++i) {
        const std::string name = "第" + std::to_string(i) + "行";
        s << "INSERT INTO statement_probe (id, name) VALUES (:i, :n)", soci::use(i),
            soci::use(name);
      }
    });
  }
};

TEST_F(StatementCacheTest, OneKeptStatementAnswersEachCallWithItsOwnValues) {
  db::Database one(db::DatabaseOptions{url(), 1});
  one.read([](soci::session& s) {
    ASSERT_NE(db::statement_cache(s), nullptr);
    const auto before = db::statement_cache(s)->size();
    for (long long from : {0, 3, 5, 1}) {
      const auto rows = probes_above(s, from);
      ASSERT_EQ(rows.size(), static_cast<std::size_t>(5 - from));
      for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].id, from + 1 + static_cast<long long>(i));
        EXPECT_EQ(rows[i].name, "第" + std::to_string(rows[i].id) + "行");
      }
    }
    EXPECT_EQ(db::statement_cache(s)->size(), before + 1);  // one text, one statement
  });
}

TEST_F(StatementCacheTest, AQueryInsideTheRowsOfTheSameTextGetsItsOwnStatement) {
  db::Database one(db::DatabaseOptions{url(), 1});
  one.read([](soci::session& s) {
    std::vector<std::pair<long long, std::size_t>> seen;
    db::Query outer("SELECT id, name FROM statement_probe WHERE id > ");
    outer.bind(2LL).sql(" ORDER BY id");
    db::for_each_row<Probe>(s, outer, bind_probe, [&](Probe& p) {
      seen.emplace_back(p.id, probes_above(s, p.id).size());
    });
    EXPECT_EQ(seen, (std::vector<std::pair<long long, std::size_t>>{{3, 2}, {4, 1}, {5, 0}}));
  });
}

TEST_F(StatementCacheTest, AKeptStatementSeesWhatOthersCommitLater) {
  db::Database reader(db::DatabaseOptions{url(), 1});
  auto count = [&] {
    return reader.read([](soci::session& s) {
      return db::Query("SELECT COUNT(*) FROM statement_probe").scalar(s);
    });
  };
  EXPECT_EQ(count(), 5);
  EXPECT_EQ(reader.read([](soci::session& s) { return probes_above(s, 4).size(); }), 1u);
  // Another pool is another connection: a statement left open would keep the reader's old view.
  db->write(
      [](soci::session& s) { s << "INSERT INTO statement_probe (id, name) VALUES (6, '第6行')"; });
  EXPECT_EQ(count(), 6);
  EXPECT_EQ(reader.read([](soci::session& s) { return probes_above(s, 4).size(); }), 2u);
}

TEST_F(StatementCacheTest, AFailedStatementLeavesTheSessionAndItsStatementsUsable) {
  db::Database one(db::DatabaseOptions{url(), 1});
  EXPECT_ANY_THROW(one.read([](soci::session& s) {
    db::Query q("SELECT id, name FROM no_such_table WHERE id > ");
    q.bind(1LL);
    return db::fetch_all<Probe>(s, q, bind_probe);
  }));
  EXPECT_EQ(one.read([](soci::session& s) { return probes_above(s, 0).size(); }), 5u);
  EXPECT_EQ(one.read([](soci::session& s) { return probes_above(s, 2).size(); }), 3u);
}

}  // namespace
}  // namespace jixiao
