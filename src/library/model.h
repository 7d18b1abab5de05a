// The indicator library (指标库) and case library (案例库): what authors copy from.
#pragma once

#include <boost/json/array.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"

namespace jixiao::library {

// An industry (行业) and the function classes (支出功能分类科目 prefixes) that belong to it.
struct Industry {
  std::string key;                            // "education"
  std::string name;                           // "教育"
  std::vector<std::string> function_classes;  // "205", "21301"
};

// Shipped in data/library/industries.csv.
const std::vector<Industry>& industries();
const Industry* find_industry(std::string_view key);
// The industry of a function class by its longest matching prefix, or empty.
std::string industry_of(std::string_view function_class);
// "common" is the industry of indicators any project may use (共性指标).
inline constexpr std::string_view kCommon = "common";
bool is_industry(std::string_view key);  // an industry key or "common"

struct LibraryIndicator {
  long long id = 0;
  long long region_id = 0;  // 0 for the shipped national library
  std::string industry;
  std::string category;
  std::string subcategory;
  std::string name;
  std::string definition;
  std::string unit;
  std::string comparator;
  std::string typical_value;
  std::string direction;
  std::string value_basis;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

struct IndicatorFilter {
  std::vector<long long> region_ids;  // the caller's region and those above it (set by service)
  bool own_only = false;              // only region_ids.back()'s own rows
  std::optional<std::string> industry;
  std::optional<std::string> category;
  std::optional<std::string> subcategory;
  std::optional<std::string> words;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
};

struct TargetCase {
  long long id = 0;
  long long region_id = 0;  // 0 for the shipped national cases
  std::string industry;
  std::string function_class;
  std::string name;
  Fen amount_fen = 0;
  std::string overall_goal;
  boost::json::array indicators;  // as in the target JSON contract
  long long source_target_id = 0;
  std::string created_at;
};

struct CaseFilter {
  std::vector<long long> region_ids;
  std::optional<std::string> industry;
  std::optional<std::string> function_class;  // prefix
  std::optional<std::string> words;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;  // a page jump: rows skipped (no keyset position then)
};

}  // namespace jixiao::library
