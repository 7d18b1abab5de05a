#include "projects/model.h"

#include "projects/workflow.h"

namespace jixiao::projects {

// Each vocabulary is looked up once: labels are read for every row of a list.
const Vocabulary& fund_types() {
  static const Vocabulary& v = vocabulary("fund_type");
  return v;
}
const Vocabulary& categories() {
  static const Vocabulary& v = vocabulary("project_category");
  return v;
}
const Vocabulary& tags() {
  static const Vocabulary& v = vocabulary("project_tag");
  return v;
}

std::string_view fund_type_label(std::string_view s) { return fund_types().label(s); }
std::string_view category_label(std::string_view s) { return categories().label(s); }
std::string_view status_label(std::string_view s) { return project_workflow().state_label(s); }
std::string_view tag_label(std::string_view s) { return tags().label(s); }

std::optional<std::string> fund_type_from_text(std::string_view t) {
  return fund_types().value_of(t);
}
std::optional<std::string> category_from_text(std::string_view t) {
  return categories().value_of(t);
}
std::optional<std::string> tag_from_text(std::string_view t) { return tags().value_of(t); }

bool is_fund_type(std::string_view s) { return fund_types().contains(s); }
bool is_category(std::string_view s) { return categories().contains(s); }
bool is_status(std::string_view s) { return project_workflow().is_state(s); }

std::optional<long long> tags_to_bits(const std::vector<std::string>& names) {
  long long bits = 0;
  for (const auto& t : names) {
    const auto i = tags().index_of(t);
    if (!i) return std::nullopt;
    bits |= 1LL << *i;
  }
  return bits;
}

std::vector<std::string> bits_to_tags(long long bits) {
  std::vector<std::string> out;
  const auto& all = tags().terms();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (bits & (1LL << i)) out.push_back(all[i].value);
  return out;
}

}  // namespace jixiao::projects
