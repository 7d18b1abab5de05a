// Bulk rows into one PostgreSQL table with COPY ... FROM STDIN, on a SOCI session's connection.
// SOCI's PostgreSQL backend runs a vector bind as one statement per row; COPY streams the rows
// in one command, many times faster for loads and batch jobs. The copy runs inside whatever
// transaction the session has open (Database::write), so it commits or rolls back with it.
//
//   db::PgCopy copy(s, "target_findings", {"target_id", "position", "code"});
//   copy.row(id, 0, code);  // integers, text, std::nullopt (NULL) or std::optional<...>
//   copy.finish();          // required: a copy left unfinished is cancelled
#pragma once

#include <soci/soci.h>

#include <charconv>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace jixiao::db {

class PgCopy {
 public:
  // Starts COPY table (columns) FROM STDIN. Names come from the code, never from input; they
  // must be plain lower-case identifiers. Throws AppError when the session is not PostgreSQL or
  // the server refuses the command.
  PgCopy(soci::session& s, std::string_view table, std::initializer_list<std::string_view> columns);
  // Cancels an unfinished copy, leaving the transaction failed (the caller is throwing anyway).
  ~PgCopy();
  PgCopy(const PgCopy&) = delete;
  PgCopy& operator=(const PgCopy&) = delete;

  // One row: exactly one value per column, in the order given to the constructor.
  template <class... Values>
  void row(const Values&... values) {
    if (sizeof...(Values) != columns_) wrong_width(sizeof...(Values));
    bool first = true;
    ((field(values, first), first = false), ...);
    buffer_ += '\n';
    ++rows_;
    if (buffer_.size() >= kChunk) send();
  }

  // Sends what is buffered, ends the copy and waits for the server's verdict (constraint
  // violations surface here). Returns the rows copied.
  long long finish();

  long long rows() const { return rows_; }

 private:
  static constexpr std::size_t kChunk = 1 << 20;  // bytes handed to libpq at a time

  template <class T>
  void field(const T& v, bool first) {
    if (!first) buffer_ += '\t';
    put(v);
  }
  void put(std::nullopt_t) { buffer_ += "\\N"; }
  template <class T>
  void put(const std::optional<T>& v) {
    if (v)
      put(*v);
    else
      put(std::nullopt);
  }
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)  // BIGINT columns hold 0/1
      void put(T v) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    buffer_.append(digits, end);
  }
  void put(const std::string& v) { put_text(v); }
  void put(const char* v) { put_text(v); }
  void put(std::string_view v) { put_text(v); }
  void put_text(std::string_view v);

  void send();
  [[noreturn]] void wrong_width(std::size_t given) const;
  [[noreturn]] void fail(const std::string& what) const;

  void* conn_ = nullptr;  // PGconn*, kept out of this header
  std::size_t columns_ = 0;
  std::string buffer_;
  long long rows_ = 0;
  bool open_ = false;
};

}  // namespace jixiao::db
