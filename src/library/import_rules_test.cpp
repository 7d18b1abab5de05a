#include "library/import_rules.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>

namespace jixiao::library {

namespace {

// The cases the web app's libraryImport.ts is checked with too
// (tests/web/targetLibraryImport.test.mjs).
const boost::json::object& cases() {
  static const boost::json::object all = [] {
    std::ifstream in(JIXIAO_SOURCE_DIR "/tests/cases/library_import.json");
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_object();
  }();
  return all;
}

std::string text(const boost::json::value& v) { return std::string(v.as_string()); }

CsvRow strings(const boost::json::array& a) {
  CsvRow out;
  for (const auto& v : a) out.push_back(text(v));
  return out;
}

// The file of a case: its header, then each row as written or the good row with some cells
// changed.
std::vector<CsvRow> file_of(const boost::json::object& c) {
  const auto& columns = cases().at("columns").as_array();
  const auto& good = cases().at("good_row").as_object();
  const auto* header = c.if_contains("header");
  std::vector<CsvRow> csv{strings(header ? header->as_array() : columns)};
  auto changed = [&](const boost::json::object& change) {
    CsvRow row;
    for (const auto& h : columns) {
      const auto* v = change.if_contains(h.as_string());
      row.push_back(text(v ? *v : good.at(h.as_string())));
    }
    return row;
  };
  if (const auto* many = c.if_contains("many")) {
    const auto& numbered = many->at("numbered").as_string();
    for (long long i = 0; i < many->at("count").as_int64(); ++i)
      csv.push_back(changed({{numbered, text(good.at(numbered)) + std::to_string(i)}}));
  } else {
    for (const auto& r : c.at("rows").as_array())
      csv.push_back(r.is_array() ? strings(r.as_array()) : changed(r.as_object()));
  }
  return csv;
}

// The server names a column as written in the file; the cases name it by the template's header.
std::string template_header(std::string h) {
  for (auto [half, full] : {std::pair{"(", "（"}, std::pair{")", "）"}})
    for (auto at = h.find(half); at != std::string::npos; at = h.find(half)) h.replace(at, 1, full);
  const auto b = h.find_first_not_of(' '), e = h.find_last_not_of(' ');
  return b == std::string::npos ? "" : h.substr(b, e - b + 1);
}

const boost::json::value* either(const boost::json::object& c, const char* side, const char* both) {
  if (const auto* v = c.if_contains(side)) return v;
  return c.if_contains(both);
}

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
