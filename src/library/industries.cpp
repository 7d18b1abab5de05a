#include "base/csv.h"
#include "base/embedded_data.h"
#include "library/model.h"

namespace jixiao::library {

const std::vector<Industry>& industries() {
  // Parsed once from data/library/industries.csv: key,name,function_classes (";"-separated).
  static const std::vector<Industry> all = [] {
    std::vector<Industry> out;
    std::string error;
    const auto rows = parse_csv(embedded_file("library/industries.csv"), &error);
    for (std::size_t r = 1; rows && r < rows->size(); ++r) {
      const auto& row = (*rows)[r];
      if (row.size() < 3) continue;
      Industry i{row[0], row[1], {}};
      std::string current;
      for (char c : row[2] + ";") {
        if (c == ';') {
          if (!current.empty()) i.function_classes.push_back(current);
          current.clear();
        } else if (c != ' ') {
          current += c;
        }
      }
      out.push_back(std::move(i));
    }
    return out;
  }();
  return all;
}

const Industry* find_industry(std::string_view key) {
  for (const auto& i : industries())
    if (i.key == key) return &i;
  return nullptr;
}

bool is_industry(std::string_view key) { return key == kCommon || find_industry(key); }

std::string industry_of(std::string_view function_class) {
  std::size_t best = 0;
  std::string found;
  for (const auto& i : industries())
    for (const auto& prefix : i.function_classes)
      if (function_class.starts_with(prefix) && prefix.size() > best) {
        best = prefix.size();
        found = i.key;
      }
  return found;
}

}  // namespace jixiao::library
