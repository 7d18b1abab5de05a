// 年度预算绩效管理工作报告 as a document: the figures of a work year and the bureau's own words
// laid out as the finance bureaus write the report — title, headings in the official levels
// 一、（一）1.（1）, the stages in their order from ex-ante assessment to appraisal, each stating
// the fiscal year it counts (R-RPT-1), then the problems and the plans, issuer and date at the
// foot. Every figure is a run of its own, so the page links it to its rows and Word prints its
// text. Pure: the figures and the narrative in, the document out.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "annual_report/model.h"

namespace jixiao::annual_report {

// Which figure a run shows: the figure's code (or a rate's), the part of the region tree
// ("all", "own", "lower" — every region below —, "region" with its id), what of it ("count", "fen",
// "rate") and its fiscal year.
struct FigureRef {
  std::string code;
  std::string part = "all";
  long long region_id = 0;
  std::string measure = "count";
  long long fiscal_year = 0;
};

// A piece of a sentence: plain text, or a figure's text.
struct Run {
  std::string text;
  std::optional<FigureRef> figure;
};

struct Block {
  enum class Kind { heading, paragraph };
  Kind kind = Kind::paragraph;
  int level = 0;        // a heading's: 1 一、 2 （一） 3 1. 4 （1）
  std::string section;  // the section it belongs to ("" for the opening and the foot)
  std::vector<Run> runs;
  std::string text() const;
};

struct ReportDocument {
  std::string title;  // 云岭州2026年度预算绩效管理工作报告
  std::string region_name;
  long long work_year = 0;
  std::vector<Block> blocks;
  std::string issuer;     // 云岭州财政局
  std::string date_text;  // 2026年12月5日
};

// The bureau's words, by field: "opening", a section's code (its introduction), "problems"
// (存在的问题), "plans" (下一步工作计划). Text may hold placeholders (narrative.h).
using Narrative = std::map<std::string, std::string>;

// A section of the report in its order, with its heading.
struct ReportSection {
  std::string code;    // "self_evaluation"
  std::string label;   // 部门绩效自评
  std::string parent;  // "" or the section it sits under ("evaluation")
};
const std::vector<ReportSection>& report_sections();

// The narrative's fields in their order, with their labels (开篇, a section's 说明, 存在的问题…).
struct NarrativeField {
  std::string key;
  std::string label;
};
std::vector<NarrativeField> narrative_fields();

// The fiscal year a section counts (R-RPT-1, as the figures state it; a heading over sections:
// its first one's).
long long section_fiscal_year(const FigureSet& set, const std::string& section);

// "全州" of 云岭州, "全县" of 云溪县: how the reports name the whole region.
std::string whole_label(const std::string& region_name);

// 3822 → "3,822"; fen → "608,614.27" (万元, two decimals).
std::string count_text(long long n);
std::string wan_text(long long fen);

// The report of a work year: `date` (YYYY-MM-DD) is printed at the foot.
ReportDocument report_of(const FigureSet& set, const Narrative& narrative, const std::string& date);

// Plain text: the title, then each heading and paragraph on a line of its own.
std::string plain_text(const ReportDocument& doc);

}  // namespace jixiao::annual_report
