// A SQL statement assembled from parts, each value bound as a parameter (never spliced into the
// text). Lists with optional filters and a caller's scope are built this way.
#pragma once

#include <soci/soci.h>

#include <deque>
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

 private:
  std::string text_;
  // deques keep addresses stable: SOCI binds by reference.
  std::deque<long long> ints_;
  std::deque<std::string> strings_;
  std::vector<std::variant<long long*, std::string*>> order_;
};

}  // namespace jixiao::db
