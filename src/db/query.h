// A SQL statement assembled from parts, each value bound as a parameter (never spliced into the
// text). Lists with optional filters and a caller's scope are built this way.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

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

  const std::string& text() const { return text_; }

  // Prepares the statement with the caller's into() elements already exchanged, binds the
  // values and executes it; then fetch() rows.
  void execute(soci::statement& st, bool fetch_first = false);
  // Runs a query of one integer (COUNT, SUM) and returns it.
  long long scalar(soci::session& s);

 private:
  std::string text_;
  // deques keep addresses stable: SOCI binds by reference.
  std::deque<long long> ints_;
  std::deque<std::string> strings_;
  std::vector<std::variant<long long*, std::string*>> order_;
};

// Every row of q. bind(statement, row) exchanges the selected columns into row; finish(row)
// converts what SOCI cannot (0/1 into bool) before the row is copied out.
template <class Row, class Bind, class Finish>
std::vector<Row> fetch_all(soci::session& s, Query& q, Bind bind, Finish finish) {
  Row row;
  soci::statement st(s);
  bind(st, row);
  q.execute(st);
  std::vector<Row> out;
  while (st.fetch()) {
    finish(row);
    out.push_back(row);
  }
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
