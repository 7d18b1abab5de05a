// The national indicator framework (R-IND-1): level-1 categories and their level-2 subcategories,
// shipped as versioned data in data/framework/. A region picks a version per year; a target keeps
// the version it was written under.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::library {

struct Subcategory {
  std::string key;    // "quantity"
  std::string label;  // "数量指标"
};

struct Category {
  std::string key;    // "output"
  std::string label;  // "产出指标"
  std::vector<Subcategory> subcategories;
};

struct Framework {
  std::string version;  // "2021"
  std::string title;    // where it comes from, for the UI
  std::vector<Category> categories;

  const Category* category(std::string_view key) const;
  // Does this version place the subcategory under the category?
  bool allows(std::string_view category, std::string_view subcategory) const;
  // The category a subcategory sits under in this version, or empty.
  std::string category_of(std::string_view subcategory) const;
  std::string_view category_label(std::string_view key) const;
  std::string_view subcategory_label(std::string_view key) const;
  // A category or a subcategory of one as a person writes it: its key or its label, with or
  // without the trailing 指标 ("产出指标", "产出", "数量指标", "数量"); empty when none.
  std::string category_key(std::string_view text) const;
  std::string subcategory_key(std::string_view category, std::string_view text) const;
};

// Every shipped version, oldest first.
const std::vector<Framework>& frameworks();
// A shipped version, or nullptr.
const Framework* find_framework(std::string_view version);
// The newest shipped version.
const Framework& latest_framework();

}  // namespace jixiao::library
