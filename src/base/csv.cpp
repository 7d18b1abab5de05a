#include "base/csv.h"

#include "base/text.h"

namespace jixiao {

std::optional<std::vector<CsvRow>> parse_csv(std::string_view text, std::string* error,
                                             long long* error_row) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool quoted = false, field_started = false;
  std::size_t line = 1, quote_line = 0;
  TextFault fault = TextFault::none;
  long long fault_row = 0;
  std::size_t fault_column = 0;
  auto end_field = [&] {
    if (fault == TextFault::none && (fault = text_fault(field)) != TextFault::none) {
      fault_row = static_cast<long long>(rows.size()) + 1;
      fault_column = row.size() + 1;
    }
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  auto end_row = [&] {
    end_field();
    bool blank = row.size() == 1 && row[0].empty();
    if (!blank) rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      end_row();
      ++line;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) {
    if (error) *error = "第 " + std::to_string(quote_line) + " 行的引号没有闭合";
    return std::nullopt;
  }
  if (field_started || !row.empty()) end_row();
  if (fault != TextFault::none) {
    if (error)
      *error = "第 " + std::to_string(fault_row) + " 行第 " + std::to_string(fault_column) + " 列" +
               (fault == TextFault::not_utf8 ? "含有不是 UTF-8 编码的字节，请以 UTF-8 编码保存"
                                             : "含有控制字符（如 NUL），请删除后再导入");
    if (error_row) *error_row = fault_row;
    return std::nullopt;
  }
  return rows;
}

std::string csv_cell(std::string_view t) {
  std::string v(t);
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace jixiao
