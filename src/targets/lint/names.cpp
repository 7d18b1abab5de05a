#include "targets/lint/names.h"

#include <algorithm>

#include "base/ngram.h"

namespace jixiao::targets {
namespace {

template <class Range, class Name>
std::vector<std::string> keys_of(const Range& items, Name name) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items)
    if (auto k = name_key(name(item)); !k.empty()) out.push_back(std::move(k));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (name.substr(i).starts_with("\xE3\x80\x80")) {
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> name_set(const std::vector<std::string>& names) {
  return keys_of(names, [](const std::string& n) -> std::string_view { return n; });
}

std::vector<std::string> name_set(const std::vector<Indicator>& indicators) {
  return keys_of(indicators, [](const Indicator& i) -> std::string_view { return i.name; });
}

std::string goal_key(std::string_view goal) { return normalize_text(goal); }

}  // namespace jixiao::targets
