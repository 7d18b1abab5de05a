// Projects (项目支出): the budgeted projects of units, the thing every later stage works on.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "base/vocabulary.h"

namespace jixiao::projects {

// The vocabularies are shipped in data/vocabularies/ (base/vocabulary.h): fund_type (四本预算,
// GLOSSARY: fund type), project_category (新增 / 延续 / 经常性) and project_tag (stored as a bit
// set: bit i is the i-th tag, so tags are only ever added at the end). The statuses are the
// states of the project's workflow (projects/workflow.h).
const Vocabulary& fund_types();
const Vocabulary& categories();
const Vocabulary& tags();

std::string_view fund_type_label(std::string_view fund_type);
std::string_view category_label(std::string_view category);
std::string_view status_label(std::string_view status);
std::string_view tag_label(std::string_view tag);

// Bit set ↔ names; unknown names make tags_to_bits return nullopt.
std::optional<long long> tags_to_bits(const std::vector<std::string>& tags);
std::vector<std::string> bits_to_tags(long long bits);

// The key for what a person typed: the key itself or its Chinese label ("一般公共预算").
std::optional<std::string> fund_type_from_text(std::string_view text);
std::optional<std::string> category_from_text(std::string_view text);
std::optional<std::string> tag_from_text(std::string_view text);

bool is_fund_type(std::string_view s);
bool is_category(std::string_view s);
bool is_status(std::string_view s);

struct Project {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string code;  // unique per region and year
  std::string name;
  long long unit_id = 0;
  long long department_id = 0;  // the first-level unit the unit belongs to
  std::string fund_type;
  Fen amount_fen = 0;
  std::string function_class;  // 支出功能分类科目 code, e.g. "2050201"
  std::string category;
  long long parent_id = 0;  // program (一级项目) this sub-project belongs to; 0 for none
  long long tags = 0;       // bit set of tags()
  std::string status = "draft";
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string unit_name;
  std::string department_name;
  std::string region_name;
};

}  // namespace jixiao::projects
