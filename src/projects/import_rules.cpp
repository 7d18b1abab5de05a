#include "projects/import_rules.h"

#include <array>
#include <map>
#include <set>

#include "base/csv_header.h"
#include "base/money.h"
#include "base/text.h"

namespace jixiao::projects {

namespace {

constexpr std::array<CsvColumn, 11> kColumns = {{
    {"code", "项目编码", true},
    {"name", "项目名称", true},
    {"unit_code", "单位编码", true},
    {"year", "年度", true},
    {"fund_type", "资金类型", true},
    {"amount_wan", "金额（万元）", false},
    {"amount_fen", "金额（分）", false},
    {"function_class", "支出功能分类", true},
    {"category", "项目类别", true},
    {"tags", "项目标签", false},
    // Recognised only to be refused: a status moves through the workflow's steps alone.
    {"status", "项目状态", false},
}};

std::vector<std::string> split_tags(const std::string& cell) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    auto t = trim(current);
    if (!t.empty()) out.push_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < cell.size();) {
    // Separators people use: ; , | and the full-width 、 ， ；
    bool sep = false;
    for (std::string_view s : {";", ",", "|", "、", "，", "；"}) {
      if (cell.compare(i, s.size(), s) == 0) {
        flush();
        i += s.size();
        sep = true;
        break;
      }
    }
    if (!sep) current += cell[i++];
  }
  flush();
  return out;
}

}  // namespace

std::string ParsedImport::header_for(const std::string& key) const {
  for (const auto& [k, h] : headers)
    if (k == key) return h;
  return key;
}

ParsedImport parse_project_rows(const std::vector<CsvRow>& csv) {
  ParsedImport out;
  const CsvHeader header = read_sheet(csv, kColumns, kMaxImportRows, out.errors);
  out.headers = header.written;
  if (!csv.empty() && !header.has("amount_wan") && !header.has("amount_fen"))
    out.errors.push_back({1, "金额（万元）", "缺少列：金额（万元）"});
  if (header.has("amount_wan") && header.has("amount_fen"))
    out.errors.push_back(
        {1, header.header_for("amount_fen"), "金额（万元）与金额（分）只能有一列，请删除其中一列"});
  if (header.has("status"))
    out.errors.push_back({1, "项目状态",
                          "项目状态不能导入：导入的项目都是草稿，申报和批复请在系统中办理，"
                          "请删除这一列"});
  if (!out.errors.empty()) return out;

  std::set<std::pair<long long, std::string>> seen_codes;
  for (std::size_t r = 1; r < csv.size(); ++r) {
    const long long row_no = static_cast<long long>(r) + 1;
    const CsvRow& cells = csv[r];
    auto cell = [&](const char* key) { return header.cell(cells, key); };
    auto fail = [&](const char* key, std::string message) {
      out.errors.push_back({row_no, out.header_for(key), std::move(message)});
    };
    ImportRow row;
    row.row = row_no;
    ProjectInput& in = row.input;
    const std::size_t errors_before = out.errors.size();
    for (const char* key :
         {"code", "name", "unit_code", "year", "fund_type", "function_class", "category"}) {
      if (cell(key).empty()) fail(key, "不能为空");
    }
    if (!cell("code").empty()) in.code = cell("code");
    if (!cell("name").empty()) {
      if (utf8_length(cell("name")) > 200) fail("name", "过长，最多 200 个字符");
      in.name = cell("name");
    }
    row.unit_code = cell("unit_code");
    if (!cell("year").empty()) {
      auto y = parse_scaled_decimal(cell("year"), 0);
      if (!y || *y < 2000 || *y > 2100)
        fail("year", "年度应为四位数字，如 2026");
      else
        in.year = *y;
    }
    if (!cell("fund_type").empty()) {
      if (auto f = fund_type_from_text(cell("fund_type")))
        in.fund_type = *f;
      else
        fail("fund_type", "应为一般公共预算、政府性基金预算、国有资本经营预算或社会保险基金预算");
    }
    if (!cell("category").empty()) {
      if (auto c = category_from_text(cell("category")))
        in.category = *c;
      else
        fail("category", "应为新增项目、延续项目或经常性项目");
    }
    if (!cell("function_class").empty()) in.function_class = cell("function_class");
    const std::string wan = cell("amount_wan"), fen = cell("amount_fen");
    if (!wan.empty()) {
      auto v = parse_wan(wan);
      if (!v || *v < 0)
        fail("amount_wan", "金额应为不小于 0 的数字，最多 6 位小数（精确到分）");
      else
        in.amount_fen = *v;
    } else if (!fen.empty()) {
      auto v = parse_scaled_decimal(fen, 0);
      if (!v || *v < 0)
        fail("amount_fen", "金额（分）应为不小于 0 的整数");
      else
        in.amount_fen = *v;
    } else {
      fail(header.has("amount_wan") ? "amount_wan" : "amount_fen", "不能为空");
    }
    if (!cell("tags").empty()) {
      std::vector<std::string> tags;
      for (const auto& t : split_tags(cell("tags"))) {
        if (auto k = tag_from_text(t))
          tags.push_back(*k);
        else
          fail("tags", "无法识别的标签：" + t);
      }
      in.tags = tags;
    }
    if (in.code && in.year && !seen_codes.emplace(*in.year, *in.code).second)
      fail("code", "文件中项目编码重复：" + *in.code);
    if (out.errors.size() == errors_before) out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace jixiao::projects
