// Fixed vocabularies (fund types, statuses, comparators, grades): coded values with their 中文
// labels, shipped once in data/vocabularies/ and read by the server and the web app alike,
// so the two never disagree on a code or a word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct Term {
  std::string value;  // the code: "general"
  std::string label;  // 中文: "一般公共预算"
};

class Vocabulary {
 public:
  explicit Vocabulary(std::vector<Term> terms) : terms_(std::move(terms)) {}
  // In the file's order (which for project tags is their bit order in the database).
  const std::vector<Term>& terms() const { return terms_; }
  bool contains(std::string_view value) const { return index_of(value).has_value(); }
  // The label of a code; empty for an unknown code.
  std::string_view label(std::string_view value) const;
  // The code for what a person typed: the code itself or its label; nullopt when neither.
  std::optional<std::string> value_of(std::string_view text) const;
  std::optional<std::size_t> index_of(std::string_view value) const;

 private:
  std::vector<Term> terms_;
};

// One vocabulary of data/vocabularies/ by name ("fund_type"); throws std::logic_error for a
// name that is not shipped (a typo in the code, found by the first test that reaches it).
const Vocabulary& vocabulary(std::string_view name);

}  // namespace jixiao
