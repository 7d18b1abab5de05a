// ReviewService::import: a sheet of approved amounts by project code, every row written or none,
// with the errors of every row (the project import's answer).
#include <algorithm>
#include <array>
#include <set>

#include "base/csv.h"
#include "base/error.h"
#include "budget_review/service.h"

namespace jixiao::budget_review {

namespace {

constexpr std::size_t kMaxRows = 50'000;

constexpr std::array<CsvColumn, 4> kColumns = {{
    {"project_code", "项目编码", true},
    {"approved_wan", "审定金额（万元）", true},
    {"cut_reason", "审减原因", false},
    {"comment", "说明", false},
}};

// The column of an item's field, for the row's error.
std::string column_of(const CsvHeader& header, const std::string& field) {
  for (auto [suffix, key] : {std::pair{"approved_fen", "approved_wan"},
                             {"cut_reason", "cut_reason"},
                             {"comment", "comment"}})
    if (field.ends_with(suffix)) return header.header_for(key);
  return header.header_for("project_code");
}

}  // namespace

ImportAnswer ReviewService::import(const auth::Principal& me, long long year,
                                   const std::string& csv_text, bool dry_run) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::business_section)
    throw forbidden("预算评审由财政部门（绩效科或归口业务科室）办理，您无权导入评审结果");
  ImportAnswer answer;
  const auto sheet = read_import_sheet(csv_text, kColumns, kMaxRows, answer.errors);
  if (!sheet) return answer;
  const CsvHeader& header = sheet->header;
  const auto* csv = &sheet->rows;

  db_.write([&](soci::session& s) {
    std::vector<BatchItem> items;
    std::vector<long long> rows;
    std::set<std::string> seen;
    for (std::size_t r = 1; r < csv->size(); ++r) {
      const long long row_no = static_cast<long long>(r) + 1;
      const CsvRow& cells = (*csv)[r];
      auto fail = [&](const char* key, std::string message) {
        answer.errors.push_back({row_no, header.header_for(key), std::move(message)});
      };
      const std::string code = header.cell(cells, "project_code");
      const std::string wan = header.cell(cells, "approved_wan");
      if (code.empty()) {
        fail("project_code", "不能为空");
        continue;
      }
      if (!seen.insert(code).second) {
        fail("project_code", "文件中项目编码重复：" + code);
        continue;
      }
      const auto review = repo::find_by_code(s, me.region_id, year, code);
      if (!review) {
        fail("project_code", "本地区 " + std::to_string(year) + " 年度没有已申报的项目 " + code);
        continue;
      }
      BatchItem item;
      item.project_id = review->project_id;
      if (wan.empty()) {
        fail("approved_wan", "不能为空");
        continue;
      }
      item.entry.approved_fen = parse_wan(wan);
      if (!item.entry.approved_fen) {
        fail("approved_wan", "应为数字，最多 6 位小数（精确到分）");
        continue;
      }
      item.entry.cut_reason = header.cell(cells, "cut_reason");
      item.entry.comment = header.cell(cells, "comment");
      items.push_back(std::move(item));
      rows.push_back(row_no);
    }
    // Each row checked alone, so that every row's error is reported.
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::vector<BatchItem> one{items[i]};
      try {
        check_items(s, me, one, false);
      } catch (const AppError& e) {
        answer.errors.push_back({rows[i], column_of(header, e.field()), e.detail()});
      }
    }
    // In the sheet's order, whichever check found them.
    std::ranges::stable_sort(answer.errors, {}, &ImportError::row);
    if (!answer.errors.empty() || dry_run) return;  // nothing written
    answer.imported = static_cast<long long>(apply(s, me, items, false).size());
  });
  return answer;
}

}  // namespace jixiao::budget_review
