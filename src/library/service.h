// Library use cases: everyone with a region reads the national library and the libraries of the
// regions above and at their own; administrators and performance offices maintain their region's.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "auth/model.h"
#include "db/database.h"
#include "library/import_rules.h"
#include "library/json.h"  // case_json for the targets' routes, which reach it through here
#include "library/model.h"

namespace jixiao::library {

// Loads the shipped national library and cases (data/library/) unless the same files were
// loaded before; replaces the national rows when the files changed. Returns true if it loaded.
bool load_shipped_library(db::Database& db);

struct IndicatorPage {
  std::vector<LibraryIndicator> items;
  std::optional<long long> next_after;
  long long total = 0;
};

struct CasePage {
  std::vector<TargetCase> items;
  std::optional<long long> next_after;
  long long total = 0;
};

class LibraryService {
 public:
  explicit LibraryService(db::Database& db) : db_(db) {}

  IndicatorPage indicators(const auth::Principal& me, IndicatorFilter filter);
  LibraryIndicator create_indicator(const auth::Principal& me, LibraryIndicator in);
  LibraryIndicator update_indicator(const auth::Principal& me, long long id, long long version,
                                    const boost::json::object& changes);
  void delete_indicator(const auth::Principal& me, long long id);
  // Every row or none; rows whose (industry, name) exist in the region are updated.
  long long import_indicators(const auth::Principal& me, ParsedIndicators& parsed);

  CasePage cases(const auth::Principal& me, CaseFilter filter);
  TargetCase get_case(const auth::Principal& me, long long id);
  // Adds a case to the caller's region (the targets stage checks the indicators first).
  TargetCase create_case(const auth::Principal& me, TargetCase c);
  void delete_case(const auth::Principal& me, long long id);

  // The regions whose rows the caller sees, from the root down to its own.
  static std::vector<long long> visible_regions(soci::session& s, const auth::Principal& me);

 private:
  db::Database& db_;
};

}  // namespace jixiao::library
