// The demo region as data: its lines of government work (departments, the sections in charge,
// the kinds of project each runs) and its four regions. demo.cpp builds the organisation and
// the projects from these tables.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace jixiao::cli::demo_data {

// The fiscal years the demo fills, the last being the current one.
inline constexpr std::array<long long, 2> kYears = {2025, 2026};
// The next fiscal year, in preparation: its projects are drafted and declared in the autumn of
// the current one, and its budget is being assessed and reviewed.
inline constexpr long long kNextYear = 2027;
// Its projects, as a share (per cent) of the current year's.
inline constexpr int kNextYearShare = 40;

// Fund types (data/vocabularies/projects.json) as the tables below name them.
inline constexpr const char* kGeneral = "general";
inline constexpr const char* kGovFund = "gov_fund";
inline constexpr const char* kStateCapital = "state_capital";
inline constexpr const char* kSocialInsurance = "social_insurance";

// A kind of project a department's sector runs.
struct ProjectKind {
  const char* name;
  const char* function_class;  // 支出功能分类科目 (7 digits)
  const char* fund_type;
  int weight;              // relative frequency within the sector
  int scale;               // shift of the amount band: negative smaller, positive larger
  std::int64_t tags;       // tags such projects often carry
  bool works = false;      // construction: named after a township, new or continuing
  bool dept_only = false;  // policy money the department itself manages
};

// A line of government work: its department, the finance section in charge and its projects.
struct Sector {
  const char* department;         // name without the region prefix
  const char* county_department;  // the county's name for it, or nullptr when counties have none
  const char* section;            // stem of the business section in charge ("教科文")
  const char* program;            // 一级项目 grouping sub-projects
  std::vector<const char*> prefecture_units;
  std::vector<const char*> county_units;
  std::vector<ProjectKind> kinds;
};

const std::vector<Sector>& sectors();

// Business sections of every finance bureau ("科" at the prefecture, "股" in a county).
constexpr std::array<const char*, 6> kBusinessSections = {"预算",     "教科文",   "经济建设",
                                                          "农业农村", "社会保障", "行政政法"};
constexpr const char* kPerformanceSection = "绩效管理";

struct RegionSpec {
  const char* code;
  const char* name;
  const char* prefix;           // of unit names: "州" at the prefecture, the county's name below
  const char* section_suffix;   // "科" or "股"
  std::array<int, 2> projects;  // per year in kYears
  std::vector<const char*> townships;
};

const std::vector<RegionSpec>& region_specs();

}  // namespace jixiao::cli::demo_data
