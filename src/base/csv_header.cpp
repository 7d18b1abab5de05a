#include "base/csv_header.h"

#include "base/text.h"

namespace jixiao {

namespace {

std::string normalise_header(const std::string& h) {
  std::string s = trim(h);
  for (auto [from, to] : {std::pair<std::string, std::string>{"(", "（"}, {")", "）"}}) {
    for (std::size_t pos; (pos = s.find(from)) != std::string::npos;) s.replace(pos, 1, to);
  }
  return s;
}

}  // namespace

std::string CsvHeader::header_for(const std::string& key) const {
  for (const auto& [k, h] : written)
    if (k == key) return h;
  return key;
}

std::string CsvHeader::cell(const CsvRow& row, const std::string& key) const {
  auto it = index.find(key);
  if (it == index.end() || it->second >= row.size()) return {};
  return trim(row[it->second]);
}

CsvHeader read_csv_header(const CsvRow& header, std::span<const CsvColumn> columns) {
  CsvHeader out;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string h = normalise_header(header[i]);
    for (const auto& c : columns) {
      if (h == c.key || h == normalise_header(c.header)) {
        out.index[c.key] = i;
        out.written.emplace_back(c.key, trim(header[i]));
      }
    }
  }
  for (const auto& c : columns)
    if (c.required && !out.index.contains(c.key)) out.missing.emplace_back(c.header);
  return out;
}

}  // namespace jixiao
