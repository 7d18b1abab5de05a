// Where each figure of the annual report comes from: a registry of figure sources, each with its
// code, Chinese label, unit, section (R-RPT-1 gives its fiscal year), the rule it follows, a
// function answering count and money by region of a region tree for one fiscal year (one GROUP
// BY region pass, over the kept totals where a stage keeps them), and one writing the SELECT of
// the rows behind the figure for a part of the tree, whose count and money equal the figure.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annual_report/model.h"
#include "db/database.h"
#include "db/query.h"

namespace jixiao::annual_report {

// What a source needs: the fiscal year and the region tree (its path "/1/4/").
struct Context {
  long long year = 0;
  long long region_id = 0;
  std::string region_path;
  db::Dialect dialect = db::Dialect::sqlite;
};

// A region's count and money.
struct RegionCount {
  long long region_id = 0;
  long long count = 0;
  long long fen = 0;
};

// The rows SQL selects these columns, in this order (FigureRow's):
//   kind, id, code, title, department_name, unit_name, region_name, amount_fen, status, note
// with id unique within the figure; the caller pages it by id.
struct FigureSource {
  std::string code;     // "targets.projects"
  std::string label;    // 实施绩效目标管理的项目
  std::string unit;     // 个
  std::string section;  // "targets"
  bool money = true;
  std::string rule_id;  // the rule the figure follows, "R-AP-1"
  std::function<std::vector<RegionCount>(soci::session&, const Context&)> counts;
  std::function<void(db::Query&, const Context&, const Part&)> rows;
  // The Chinese label of a row's status (its kind's workflow state by default).
  std::function<std::string(std::string_view kind, std::string_view status)> status_label;
};

class Sources {
 public:
  Sources();                      // every stage's figures (figures_*.cpp), in the report's order
  void add(FigureSource source);  // throws std::logic_error for a code added twice
  const FigureSource* find(std::string_view code) const;
  const std::vector<FigureSource>& all() const { return sources_; }

 private:
  std::vector<FigureSource> sources_;
};
const Sources& sources();

// The sections in the report's order with their labels and default offsets (R-RPT-1).
struct SectionInfo {
  std::string section;
  std::string label;
};
const std::vector<SectionInfo>& known_sections();
// An offset of R-RPT-1 as its parameters write it ("-1", "0", "+1"): a whole number between −2
// and 2, nullopt otherwise (rule parameters hold no negative numbers, so offsets are text).
std::optional<long long> parse_offset(std::string_view text);

// Helpers for the sources: "col IN (regions of the tree)", the part's condition, and a counts
// query selecting region_id, count, fen.
void append_tree(db::Query& q, const Context& c, const char* region_col);
void append_part(db::Query& q, const Context& c, const Part& p, const char* region_col);
std::vector<RegionCount> fetch_counts(soci::session& s, db::Query& q);
// A row's columns from a table aliased x (with region_id, department_id and unit_id unless org is
// false): appends "SELECT … FROM from … WHERE " for the source to add its conditions.
struct RowSql {
  const char* kind;    // "project"
  const char* from;    // "projects x" (with joins of its own)
  const char* code;    // SQL of the code column, e.g. "x.code" or "''"
  const char* title;   // SQL of the title
  const char* amount;  // SQL of the money the row adds
  const char* status;  // SQL of the status
  const char* note;    // SQL of the note
  bool org = true;
};
void append_rows(db::Query& q, const RowSql& r);
// SQL of a grade column's Chinese text (excellent → 等级：优), '' when none.
#define JIXIAO_GRADE_TEXT(col)                                                         \
  "CASE " col                                                                          \
  " WHEN 'excellent' THEN '等级：优' WHEN 'good' THEN '等级：良' WHEN 'fair' " \
  "THEN '等级：中' WHEN 'poor' THEN '等级：差' ELSE '' END"
// The Chinese label of a workflow's state ("project", "approved" → 已批复).
std::string state_label(std::string_view entity, std::string_view status);

void add_project_figures(Sources& s);
void add_assessment_figures(Sources& s);
void add_budget_review_figures(Sources& s);
void add_monitoring_figures(Sources& s);
void add_self_evaluation_figures(Sources& s);
void add_key_evaluation_figures(Sources& s);
void add_result_application_figures(Sources& s);
void add_disclosure_figures(Sources& s);
void add_appraisal_figures(Sources& s);

}  // namespace jixiao::annual_report
