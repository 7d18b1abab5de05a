#include "library/import_rules.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>

#include "cases/cases.h"

namespace jixiao::library {

namespace {

// The cases the web app's libraryImport.ts is checked with too
// (tests/web/targetLibraryImport.test.mjs).
const boost::json::object& cases() { return cases::load("library_import").as_object(); }

using cases::text;

std::vector<CsvRow> file_of(const boost::json::object& c) { return cases::import_file(cases(), c); }

}  // namespace

TEST(LibraryImportRules, ImportFilesOfTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto csv = file_of(c);
    const auto& framework = *find_framework(text(cases().at("framework")));
    const auto parsed = parse_indicator_rows(csv, framework);
    cases::expect_import_result(c, csv, parsed);
  }
}

TEST(LibraryImportRules, TheCasesCheckAgainstAShippedFramework) {
  EXPECT_NE(find_framework(text(cases().at("framework"))), nullptr);
}

}  // namespace jixiao::library
