// The words of a level-3 indicator (R-IND-2, R-IND-3): comparators, directions, value bases.
// Shared by the library (what it offers) and targets (what authors write).
#pragma once

#include <string_view>

#include "base/vocabulary.h"

namespace jixiao::library {

// comparator (≥ > = ≤ < 定性, written as ASCII in JSON), direction (正向 / 反向) and value_basis
// (计划标准 / 行业标准 / 历史标准 / 预算支出标准 / 其他), shipped in data/vocabularies/.
const Vocabulary& comparators();
const Vocabulary& directions();
const Vocabulary& value_bases();

std::string_view comparator_label(std::string_view comparator);  // "≥", "定性"
std::string_view direction_label(std::string_view direction);    // "正向"
std::string_view value_basis_label(std::string_view basis);      // "计划标准"

bool is_comparator(std::string_view s);
bool is_direction(std::string_view s);
bool is_value_basis(std::string_view s);

// The direction a comparator implies (R-IND-3): ≥ > = higher-is-better, ≤ < lower-is-better;
// empty for qualitative.
std::string_view direction_of(std::string_view comparator);

// The key for what a person typed in a spreadsheet: the key or its label ("≥", "正向").
std::string_view comparator_from_text(std::string_view text);
std::string_view direction_from_text(std::string_view text);
std::string_view value_basis_from_text(std::string_view text);

}  // namespace jixiao::library
