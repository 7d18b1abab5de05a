#include "db/pg_copy.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>

#include "base/error.h"
#include "db/database.h"

namespace jixiao::db {

namespace {

bool plain_identifier(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

PGconn* connection(void* conn) { return static_cast<PGconn*>(conn); }

}  // namespace

PgCopy::PgCopy(soci::session& s, std::string_view table,
               std::initializer_list<std::string_view> columns)
    : columns_(columns.size()) {
  // The backend's type information is not exported by SOCI, so its name stands in for a
  // dynamic_cast.
  auto* backend = s.get_backend_name() == "postgresql"
                      ? static_cast<soci::postgresql_session_backend*>(s.get_backend())
                      : nullptr;
  if (!backend || !backend->conn_)
    throw AppError(ErrorKind::internal, "database_error", "COPY 只能用于 PostgreSQL 会话");
  conn_ = backend->conn_;
  std::string sql = "COPY ";
  bool names_ok = plain_identifier(table) && columns.size() > 0;
  sql += table;
  sql += " (";
  for (auto c : columns) {
    names_ok = names_ok && plain_identifier(c);
    if (sql.back() != '(') sql += ", ";
    sql += c;
  }
  sql += ") FROM STDIN";
  if (!names_ok) fail("COPY: not a plain table or column name: " + sql);
  PGresult* res = PQexec(connection(conn_), sql.c_str());
  const bool started = PQresultStatus(res) == PGRES_COPY_IN;
  const std::string error = started ? "" : PQresultErrorMessage(res);
  PQclear(res);
  if (!started) fail(error.empty() ? "COPY did not start: " + sql : error);
  open_ = true;
  buffer_.reserve(kChunk + kChunk / 4);
}

PgCopy::~PgCopy() {
  if (!open_) return;
  // Ending with an error message makes the server discard the rows and fail the transaction,
  // and draining the results leaves the connection ready for the caller's ROLLBACK.
  PQputCopyEnd(connection(conn_), "cancelled by the client");
  while (PGresult* res = PQgetResult(connection(conn_))) PQclear(res);
}

void PgCopy::put_text(std::string_view v) {
  // COPY's text format: backslash, the tab between fields and the line breaks are escaped;
  // everything else (UTF-8 included) goes as it is. Runs without them are appended whole.
  std::size_t from = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    const char* escaped = c == '\\'   ? "\\\\"
                          : c == '\t' ? "\\t"
                          : c == '\n' ? "\\n"
                          : c == '\r' ? "\\r"
                                      : nullptr;
    if (!escaped) continue;
    buffer_.append(v.data() + from, i - from);
    buffer_ += escaped;
    from = i + 1;
  }
  buffer_.append(v.data() + from, v.size() - from);
}

void PgCopy::send() {
  if (buffer_.empty()) return;
  if (PQputCopyData(connection(conn_), buffer_.data(), static_cast<int>(buffer_.size())) != 1)
    fail(PQerrorMessage(connection(conn_)));
  buffer_.clear();
}

long long PgCopy::finish() {
  if (!open_) return rows_;
  send();
  if (PQputCopyEnd(connection(conn_), nullptr) != 1) fail(PQerrorMessage(connection(conn_)));
  open_ = false;
  std::string error;
  while (PGresult* res = PQgetResult(connection(conn_))) {
    if (PQresultStatus(res) != PGRES_COMMAND_OK && error.empty()) error = PQresultErrorMessage(res);
    PQclear(res);
  }
  if (!error.empty()) fail(error);
  return rows_;
}

void PgCopy::wrong_width(std::size_t given) const {
  fail("COPY row of " + std::to_string(given) + " values for " + std::to_string(columns_) +
       " columns");
}

void PgCopy::fail(const std::string& what) const {
  // The same translation as every other database failure (duplicates → conflict, …).
  Database::rethrow_translated(std::runtime_error(what));
}

}  // namespace jixiao::db
