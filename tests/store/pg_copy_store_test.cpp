// COPY into PostgreSQL (db/pg_copy): text comes back exactly as it went in, NULL stays NULL,
// and a failed or abandoned copy rolls back with its transaction and leaves the session usable.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "db/pg_copy.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

struct Probe {
  long long id = 0;
  std::optional<std::string> note;
  std::optional<long long> n;
};

std::vector<Probe> read_probe(db::Database& db) {
  return db.read([](soci::session& s) {
    std::vector<Probe> out;
    Probe p;
    std::string note;
    long long n = 0;
    soci::indicator note_ind = soci::i_ok, n_ind = soci::i_ok;
    soci::statement st = (s.prepare << "SELECT id, note, n FROM copy_probe ORDER BY id",
                          soci::into(p.id), soci::into(note, note_ind), soci::into(n, n_ind));
    st.execute();
    while (st.fetch()) {
      p.note = note_ind == soci::i_null ? std::nullopt : std::optional<std::string>(note);
      p.n = n_ind == soci::i_null ? std::nullopt : std::optional<long long>(n);
      out.push_back(p);
    }
    return out;
  });
}

TEST_F(StoreTest, PgCopyRoundTripsTextAndNullsAndRollsBackOnFailure) {
  if (!postgresql()) {
    EXPECT_THROW(db->write([](soci::session& s) { db::PgCopy copy(s, "projects", {"id"}); }),
                 AppError);
    GTEST_SKIP() << "COPY is PostgreSQL's";
  }
  db->write([](soci::session& s) {
    s << "CREATE TABLE copy_probe (id BIGINT PRIMARY KEY, note TEXT, n BIGINT)";
  });
  const std::vector<std::string> texts = {
      "tab\there",
      "line\nbreak",
      "carriage\rreturn\r\n",
      "back\\slash\\",
      "\\N",  // the text of NULL's marker is still text
      "\\.",  // COPY's old end-of-data marker, as a value
      "预算绩效目标：完成率≥95%，满意度≥90%",
      "",
      "\t\n\\\r混合\\t",
  };
  db->write([&](soci::session& s) {
    db::PgCopy copy(s, "copy_probe", {"id", "note", "n"});
    for (std::size_t k = 0; k < texts.size(); ++k) {
      const long long id = static_cast<long long>(k) + 1;
      copy.row(id, texts[k], id * -1000);
    }
    copy.row(100, std::nullopt, std::optional<long long>());
    copy.row(101, std::optional<std::string>("有"), std::nullopt);
    EXPECT_EQ(copy.finish(), static_cast<long long>(texts.size()) + 2);
  });
  const auto rows = read_probe(*db);
  ASSERT_EQ(rows.size(), texts.size() + 2);
  for (std::size_t k = 0; k < texts.size(); ++k) {
    EXPECT_EQ(rows[k].note, texts[k]) << "row " << k;
    EXPECT_EQ(rows[k].n, -1000 * static_cast<long long>(k + 1));
  }
  EXPECT_EQ(rows[texts.size()].note, std::nullopt);
  EXPECT_EQ(rows[texts.size()].n, std::nullopt);
  EXPECT_EQ(rows[texts.size() + 1].note, "有");
  EXPECT_EQ(rows[texts.size() + 1].n, std::nullopt);

  // One session, so that each attempt below runs on the connection the one before left.
  db::Database one(db::DatabaseOptions{std::getenv("JIXIAO_TEST_DB"), 1});
  // A duplicate key surfaces when the copy ends, as the project's conflict, and nothing stays.
  try {
    one.write([](soci::session& s) {
      db::PgCopy copy(s, "copy_probe", {"id", "note", "n"});
      copy.row(200, "new", 1);
      copy.row(1, "taken", 1);
      copy.finish();
    });
    FAIL() << "a duplicate key was copied";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::conflict);
  }
  // A row of the wrong width, and a copy abandoned by an exception, roll back as well.
  EXPECT_THROW(one.write([](soci::session& s) {
    db::PgCopy copy(s, "copy_probe", {"id", "note", "n"});
    copy.row(201, "short");
  }),
               AppError);
  EXPECT_THROW(one.write([](soci::session& s) {
    db::PgCopy copy(s, "copy_probe", {"id", "note", "n"});
    copy.row(202, "abandoned", 1);
    throw not_found();
  }),
               AppError);
  EXPECT_THROW(one.write([](soci::session& s) { db::PgCopy copy(s, "no_such_table", {"id"}); }),
               AppError);
  EXPECT_THROW(one.write([](soci::session& s) { db::PgCopy copy(s, "copy_probe; --", {"id"}); }),
               AppError);
  EXPECT_EQ(read_probe(one).size(), texts.size() + 2);
  // The connection is usable again: a plain statement and another copy both go through.
  one.write([](soci::session& s) {
    db::PgCopy copy(s, "copy_probe", {"id", "note", "n"});
    copy.row(300, "after", 3);
    copy.finish();
  });
  EXPECT_EQ(read_probe(one).size(), texts.size() + 3);
}

}  // namespace
}  // namespace jixiao
