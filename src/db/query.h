// A SQL statement assembled from parts, each value bound as a parameter (never spliced into the
// text). Lists with optional filters and a caller's scope are built this way.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <variant>
#include <vector>

#include "db/statement_cache.h"

namespace jixiao::db {

class Query {
 public:
  Query() = default;
  explicit Query(std::string_view text) : text_(text) {}
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& sql(std::string_view part) {
    text_ += part;
    return *this;
  }
  // Appends a placeholder bound to the value.
  Query& bind(long long v);
  Query& bind(std::string v);
  // " LIMIT limit + 1" (the extra row tells whether a next page exists), and " OFFSET offset"
  // for a page jump (left out when 0, so the usual page keeps one statement text).
  Query& page(int limit, long long offset);

  const std::string& text() const { return text_; }

  // Prepares the statement with the caller's into() elements already exchanged, binds the
  // values and executes it; then fetch() rows.
  void execute(soci::statement& st, bool fetch_first = false);
  // Runs a query of one integer (COUNT, SUM) and returns it.
  long long scalar(soci::session& s);

  // The session's prepared statement of this text and these kinds of values, for rows of the
  // type named row_type; nullptr when the session keeps none (or it is in use).
  Prepared* prepared(soci::session& s, const char* row_type) const;
  // Binds the values to p's storage and prepares p's statement (its columns already exchanged).
  void prepare(Prepared& p, soci::statement& st);
  // Moves the values into p's storage, for the next execution of its statement.
  void rebind(Prepared& p);

 private:
  std::string text_;
  // Not added to once a statement binds them: SOCI binds by reference.
  std::vector<std::variant<long long, std::string>> values_;
};

// Runs q and calls on_row(row) for each row. bind(statement, row) exchanges the selected columns
// into row. A bind that captures nothing can only bind the row, so the statement and the row
// are kept with the session and reused (see statement_cache.h).
template <class Row, class Bind, class OnRow>
void for_each_row(soci::session& s, Query& q, Bind bind, OnRow on_row) {
  if constexpr (std::is_convertible_v<Bind, void (*)(soci::statement&, Row&)>) {
    if (Prepared* p = q.prepared(s, typeid(Row).name())) {
      p->busy = true;
      struct Release {
        Prepared* p;
        ~Release() { p->busy = false; }
      } release{p};
      if (!p->statement) {
        auto row = std::make_shared<Row>();
        auto st = std::make_unique<soci::statement>(s);
        bind(*st, *row);
        q.prepare(*p, *st);
        p->row = std::move(row);
        p->statement = std::move(st);
      } else {
        q.rebind(*p);
      }
      Row& row = *static_cast<Row*>(p->row.get());
      row = Row{};
      p->statement->execute(false);
      // Fetched to the end: SQLite ends the statement's read there rather than hold it open.
      while (p->statement->fetch()) on_row(row);
      return;
    }
  }
  Row row;
  soci::statement st(s);
  bind(st, row);
  q.execute(st);
  while (st.fetch()) on_row(row);
}

// Every row of q. bind(statement, row) exchanges the selected columns into row; finish(row)
// converts what SOCI cannot (0/1 into bool) before the row is copied out.
template <class Row, class Bind, class Finish>
std::vector<Row> fetch_all(soci::session& s, Query& q, Bind bind, Finish finish) {
  std::vector<Row> out;
  for_each_row<Row>(s, q, bind, [&](Row& row) {
    finish(row);
    out.push_back(row);
  });
  return out;
}

template <class Row, class Bind>
std::vector<Row> fetch_all(soci::session& s, Query& q, Bind bind) {
  return fetch_all<Row>(s, q, bind, [](Row&) {});
}

template <class Row, class Bind>
std::optional<Row> fetch_first(soci::session& s, Query& q, Bind bind) {
  auto rows = fetch_all<Row>(s, q, bind);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

// Inserts a row and returns its id (INSERT ... RETURNING works on SQLite 3.35+ and PostgreSQL).
template <typename... Uses>
long long insert_returning(soci::session& s, const std::string& sql, Uses&&... uses) {
  long long id = 0;
  soci::details::prepare_temp_type prep = (s.prepare << sql + " RETURNING id", soci::into(id));
  ((void)(prep, std::forward<Uses>(uses)), ...);
  soci::statement st(prep);
  st.execute(true);
  return id;
}

// Runs a statement (an UPDATE guarded by a version) and returns how many rows it changed.
template <typename... Uses>
long long execute_counting(soci::session& s, const std::string& sql, Uses&&... uses) {
  soci::details::prepare_temp_type prep = s.prepare << sql;
  ((void)(prep, std::forward<Uses>(uses)), ...);
  soci::statement st(prep);
  st.execute(true);
  return st.get_affected_rows();
}

}  // namespace jixiao::db
