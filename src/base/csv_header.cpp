#include "base/csv_header.h"

#include <set>

#include "base/csv.h"
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

CsvHeader read_sheet(const std::vector<CsvRow>& csv, std::span<const CsvColumn> columns,
                     std::size_t max_rows, std::vector<ImportError>& errors) {
  if (csv.empty()) {
    errors.push_back({1, "", "文件为空：第一行应为表头"});
    return {};
  }
  CsvHeader header = read_csv_header(csv[0], columns);
  for (const auto& h : header.missing) errors.push_back({1, h, "缺少列：" + h});
  std::set<std::string> keys;
  for (const auto& [key, written] : header.written)
    if (!keys.insert(key).second) errors.push_back({1, written, "列 " + written + " 出现了两次"});
  if (csv.size() - 1 > max_rows) {
    errors.push_back({1, "", "一次最多导入 " + std::to_string(max_rows) + " 行"});
    return header;
  }
  if (csv.size() == 1) errors.push_back({2, "", "文件中没有数据行"});
  const std::size_t width = csv[0].size();
  for (std::size_t r = 1; r < csv.size(); ++r) {
    for (std::size_t c = width; c < csv[r].size(); ++c) {
      if (trim(csv[r][c]).empty()) continue;
      errors.push_back({static_cast<long long>(r) + 1, "",
                        "第 " + std::to_string(c + 1) + " 列没有表头，只有 " +
                            std::to_string(width) + " 列有表头：请删除多出的单元格"});
      break;
    }
  }
  return header;
}

std::optional<ImportSheet> read_import_sheet(std::string_view text,
                                             std::span<const CsvColumn> columns,
                                             std::size_t max_rows,
                                             std::vector<ImportError>& errors) {
  std::string csv_error;
  long long error_row = 0;
  auto csv = parse_csv(text, &csv_error, &error_row);
  if (!csv) {
    errors.push_back({error_row, "", csv_error});
    return std::nullopt;
  }
  const std::size_t before = errors.size();
  ImportSheet sheet{std::move(*csv), {}};
  sheet.header = read_sheet(sheet.rows, columns, max_rows, errors);
  if (errors.size() != before) return std::nullopt;
  return sheet;
}

}  // namespace jixiao
