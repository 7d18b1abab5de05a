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

using cases::either;
using cases::template_header;
using cases::strings;
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
    // File problems are on the header row or name no column; the rest by row and column.
    std::vector<std::string> file;
    std::map<long long, std::map<std::string, std::vector<std::string>>> rows;
    for (const auto& e : parsed.errors) {
      if (e.row == 1 || e.column.empty())
        file.push_back(e.message);
      else
        rows[e.row][template_header(e.column)].push_back(e.message);
    }
    std::vector<std::string> want_file;
    if (const auto* f = either(c, "server_file", "file"))
      for (const auto& m : f->as_array()) want_file.push_back(text(m));
    EXPECT_EQ(file, want_file);

    const auto* expected = either(c, "server", "expect");
    std::size_t bad_rows = 0;
    const std::size_t data_rows = csv.size() - 1;
    for (std::size_t i = 0; i < data_rows && want_file.empty(); ++i) {
      const long long row_no = static_cast<long long>(i) + 2;
      const auto& got = rows[row_no];
      const auto want = expected ? expected->as_array().at(i).as_object() : boost::json::object{};
      std::map<std::string, std::vector<std::string>> want_cols;
      for (const auto& [column, m] : want)
        want_cols[column] = m.is_array() ? strings(m.as_array()) : CsvRow{text(m)};
      ASSERT_EQ(got.size(), want_cols.size()) << "row " << row_no;
      for (const auto& [column, fragments] : want_cols) {
        ASSERT_TRUE(got.contains(column)) << "row " << row_no << " " << column;
        ASSERT_EQ(got.at(column).size(), fragments.size()) << "row " << row_no << " " << column;
        for (std::size_t j = 0; j < fragments.size(); ++j)
          EXPECT_NE(got.at(column)[j].find(fragments[j]), std::string::npos)
              << "row " << row_no << " " << column << ": " << got.at(column)[j];
      }
      if (!want.empty()) ++bad_rows;
    }
    if (want_file.empty()) {
      EXPECT_EQ(parsed.rows.size(), data_rows - bad_rows);
    }
  }
}

TEST(LibraryImportRules, TheCasesCheckAgainstAShippedFramework) {
  EXPECT_NE(find_framework(text(cases().at("framework"))), nullptr);
}

}  // namespace jixiao::library
