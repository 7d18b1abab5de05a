#include "library/import_rules.h"

#include <array>
#include <set>

#include "base/csv_header.h"
#include "base/text.h"
#include "library/vocabulary.h"

namespace jixiao::library {

namespace {

constexpr std::array<CsvColumn, 10> kColumns = {{
    {"industry", "行业", true},
    {"category", "一级指标", true},
    {"subcategory", "二级指标", true},
    {"name", "三级指标", true},
    {"definition", "指标解释", false},
    {"unit", "计量单位", false},
    {"comparator", "比较符", true},
    {"typical_value", "参考值", false},
    {"direction", "指标方向", false},
    {"value_basis", "设定依据", false},
}};

std::string industry_key(const std::string& text) {
  if (text == kCommon || text == "共性指标" || text == "共性") return std::string(kCommon);
  for (const auto& i : industries())
    if (text == i.key || text == i.name) return i.key;
  return {};
}

}  // namespace

std::vector<std::pair<std::string, std::string>> check_indicator(const LibraryIndicator& i,
                                                                 const Framework& f) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!is_industry(i.industry)) out.emplace_back("industry", "行业不正确");
  if (!f.allows(i.category, i.subcategory))
    out.emplace_back("subcategory", "一级、二级指标不符合指标体系 " + f.version + " 版");
  if (i.name.empty()) out.emplace_back("name", "三级指标名称不能为空");
  if (utf8_length(i.name) > 100) out.emplace_back("name", "三级指标名称过长，最多 100 个字符");
  if (!is_comparator(i.comparator)) out.emplace_back("comparator", "比较符应为 ≥ > = ≤ < 或 定性");
  if (i.comparator != "qualitative" && is_comparator(i.comparator) && i.unit.empty())
    out.emplace_back("unit", "定量指标必须填写计量单位");
  if (!i.direction.empty() && !is_direction(i.direction))
    out.emplace_back("direction", "指标方向应为正向或反向");
  if (!i.value_basis.empty() && !is_value_basis(i.value_basis))
    out.emplace_back("value_basis", "设定依据应为计划标准、行业标准、历史标准、预算支出标准或其他");
  if (utf8_length(i.definition) > 500) out.emplace_back("definition", "指标解释过长，最多 500 字");
  return out;
}

ParsedIndicators parse_indicator_rows(const std::vector<CsvRow>& csv, const Framework& f) {
  ParsedIndicators out;
  const CsvHeader header = read_sheet(csv, kColumns, kMaxLibraryRows, out.errors);
  if (!out.errors.empty()) return out;
  std::set<std::pair<std::string, std::string>> seen;  // (industry, name)
  for (std::size_t r = 1; r < csv.size(); ++r) {
    const long long row_no = static_cast<long long>(r) + 1;
    auto cell = [&](const char* key) { return header.cell(csv[r], key); };
    LibraryIndicator i;
    i.industry = industry_key(cell("industry"));
    i.category = f.category_key(cell("category"));
    i.subcategory = f.subcategory_key(i.category, cell("subcategory"));
    i.name = cell("name");
    i.definition = cell("definition");
    i.unit = cell("unit");
    i.comparator = std::string(comparator_from_text(cell("comparator")));
    i.typical_value = cell("typical_value");
    i.direction = std::string(direction_from_text(cell("direction")));
    if (i.direction.empty()) i.direction = std::string(direction_of(i.comparator));
    i.value_basis = std::string(value_basis_from_text(cell("value_basis")));
    const std::size_t before = out.errors.size();
    if (!cell("direction").empty() && direction_from_text(cell("direction")).empty())
      out.errors.push_back({row_no, header.header_for("direction"), "指标方向应为正向或反向"});
    if (!cell("value_basis").empty() && i.value_basis.empty())
      out.errors.push_back({row_no, header.header_for("value_basis"),
                            "设定依据应为计划标准、行业标准、历史标准、预算支出标准或其他"});
    if (i.category.empty())
      out.errors.push_back({row_no, header.header_for("category"), "一级指标不正确"});
    for (const auto& [field, message] : check_indicator(i, f))
      if (!(field == "subcategory" && i.category.empty()))
        out.errors.push_back({row_no, header.header_for(field), message});
    if (!seen.emplace(i.industry, i.name).second)
      out.errors.push_back({row_no, header.header_for("name"), "同一行业下指标名称重复"});
    if (out.errors.size() == before) out.rows.push_back(std::move(i));
  }
  return out;
}

}  // namespace jixiao::library
