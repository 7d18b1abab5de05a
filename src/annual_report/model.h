// 年度预算绩效管理工作报告: the figures a finance bureau reports for a work year, each one counted
// from the stages' records (kept totals where they exist) for the region, its own level and its
// lower regions, and each one traceable to the rows behind it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::annual_report {

// A count and its money (fen). A figure without money keeps fen 0 and says so (Figure::money).
struct Amount {
  long long count = 0;
  long long fen = 0;
};

// A region a level down, with everything below it.
struct RegionAmount {
  long long region_id = 0;
  std::string name;
  Amount amount;
};

// One figure of one fiscal year over a region tree.
struct Figure {
  std::string code;     // "targets.projects"
  std::string label;    // 实施绩效目标管理的项目
  std::string unit;     // 个, 项, 条
  std::string section;  // the report's section whose fiscal year it counts (R-RPT-1)
  bool money = true;    // whether fen means anything
  long long fiscal_year = 0;
  Amount total;                       // the whole region tree
  Amount own;                         // the region's own level (本级)
  Amount lower;                       // every region below (县级)
  std::vector<RegionAmount> regions;  // each region a level down, in code order
};

// A rate of two figures (R-MON-2: from integers, two decimals, "—" when the denominator is 0).
struct Rate {
  std::string code;         // "budget_reviews.cut_rate"
  std::string label;        // 审减率
  std::string numerator;    // a figure's code
  std::string denominator;  // a figure's code
  bool by_money = true;     // fen over fen, else count over count
  std::string total;        // "33.08%" or "—"
  std::string own;
  std::string lower;
};

// Which fiscal year a section of the report counts, relative to the work year (R-RPT-1):
// ex-ante assessment and budget review +1, targets and monitoring 0, self-evaluation, its review,
// key evaluation, rectification and result application −1 by default.
struct SectionYear {
  std::string section;  // "assessment", "targets", ...
  std::string label;    // 事前绩效评估
  long long offset = 0;
  long long fiscal_year = 0;
};

// Every figure and rate of a work year for a region.
struct FigureSet {
  long long region_id = 0;
  std::string region_name;   // 云岭州
  std::string region_level;  // province, prefecture, county
  std::string own_label;     // 州级 (本级 of the region, as the reports say it)
  std::string lower_label;   // 县级
  bool has_lower = false;    // a county has no lower regions
  long long work_year = 0;
  std::vector<SectionYear> sections;
  std::vector<Figure> figures;
  std::vector<Rate> rates;
  const Figure* find(const std::string& code) const {
    for (const auto& f : figures)
      if (f.code == code) return &f;
    return nullptr;
  }
};

// Which rows of a figure a list shows: the whole tree, the region's own level, every region
// below it (the lower level as a whole), or one lower region with everything below it.
struct Part {
  enum class Kind { all, own, lower, region };
  Kind kind = Kind::all;
  long long region_id = 0;  // Kind::region
};

// A row behind a figure: a project, target, report, evaluation, finding, action or item.
struct FigureRow {
  std::string kind;  // "project", "target", "monitoring_report", "self_evaluation", ...
  long long id = 0;
  std::string code;  // the project's code where it has one
  std::string title;
  std::string department_name;
  std::string unit_name;
  std::string region_name;
  long long amount_fen = 0;  // what the row adds to the figure's money
  std::string status;        // its state, in Chinese
  std::string note;
};

struct RowsPage {
  std::string figure;
  std::string label;
  std::string own_label;    // 州级: the region's own level, as its report names it
  std::string lower_label;  // 县级 ("" without lower regions)
  long long fiscal_year = 0;
  std::vector<FigureRow> items;
  Amount total;                     // of every row of the part (equals the figure's part)
  std::optional<std::string> next;  // cursor
};

}  // namespace jixiao::annual_report
