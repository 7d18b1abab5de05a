// The C++ side's reader of tests/cases/*.json, the cases that the web app's twins of a rule are
// checked with too (tests/web/cases.mjs is the other reader).
#pragma once

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "base/csv.h"

namespace jixiao::cases {

// tests/cases/<name>.json, read once.
inline const boost::json::value& load(const std::string& name) {
  static std::map<std::string, boost::json::value> read;
  auto it = read.find(name);
  if (it == read.end()) {
    std::ifstream in(JIXIAO_SOURCE_DIR "/tests/cases/" + name + ".json");
    std::stringstream text;
    text << in.rdbuf();
    it = read.emplace(name, boost::json::parse(text.str())).first;
  }
  return it->second;
}

inline std::string text(const boost::json::value& v) { return std::string(v.as_string()); }

inline CsvRow strings(const boost::json::array& a) {
  CsvRow out;
  for (const auto& v : a) out.push_back(text(v));
  return out;
}

// The import file of a case of an import file's cases (`columns`, `good_row`): its header, then
// each row as written or the good row with some cells changed, or `many` numbered copies.
inline std::vector<CsvRow> import_file(const boost::json::object& file,
                                       const boost::json::object& c) {
  const auto& columns = file.at("columns").as_array();
  const auto& good = file.at("good_row").as_object();
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
inline std::string template_header(std::string h) {
  for (auto [half, full] : {std::pair{"(", "（"}, std::pair{")", "）"}})
    for (auto at = h.find(half); at != std::string::npos; at = h.find(half)) h.replace(at, 1, full);
  const auto b = h.find_first_not_of(' '), e = h.find_last_not_of(' ');
  return b == std::string::npos ? "" : h.substr(b, e - b + 1);
}

// The server's own expectation where the two sides knowingly differ, else the shared one.
inline const boost::json::value* either(const boost::json::object& c, const char* side,
                                        const char* both) {
  if (const auto* v = c.if_contains(side)) return v;
  return c.if_contains(both);
}

}  // namespace jixiao::cases
