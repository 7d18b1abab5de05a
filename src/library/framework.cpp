#include "library/framework.h"

#include <boost/json.hpp>

#include "base/embedded_data.h"

namespace jixiao::library {

namespace {

std::string text(const boost::json::object& o, const char* key) {
  return std::string(o.at(key).as_string());
}

Framework parse(const std::string& json) {
  const auto root = boost::json::parse(json).as_object();
  Framework f;
  f.version = text(root, "version");
  f.title = text(root, "title");
  for (const auto& c : root.at("categories").as_array()) {
    const auto& co = c.as_object();
    Category cat{text(co, "key"), text(co, "label"), {}};
    for (const auto& s : co.at("subcategories").as_array())
      cat.subcategories.push_back({text(s.as_object(), "key"), text(s.as_object(), "label")});
    f.categories.push_back(std::move(cat));
  }
  return f;
}

}  // namespace

const Category* Framework::category(std::string_view key) const {
  for (const auto& c : categories)
    if (c.key == key) return &c;
  return nullptr;
}

bool Framework::allows(std::string_view cat, std::string_view sub) const {
  const auto* c = category(cat);
  if (!c) return false;
  for (const auto& s : c->subcategories)
    if (s.key == sub) return true;
  return false;
}

std::string Framework::category_of(std::string_view sub) const {
  for (const auto& c : categories)
    for (const auto& s : c.subcategories)
      if (s.key == sub) return c.key;
  return {};
}

std::string_view Framework::category_label(std::string_view key) const {
  const auto* c = category(key);
  return c ? std::string_view(c->label) : std::string_view();
}

std::string_view Framework::subcategory_label(std::string_view key) const {
  for (const auto& c : categories)
    for (const auto& s : c.subcategories)
      if (s.key == key) return s.label;
  return {};
}

namespace {
bool names(std::string_view text, const std::string& key, const std::string& label) {
  return text == key || text == label || std::string(text) + "指标" == label;
}
}  // namespace

std::string Framework::category_key(std::string_view text) const {
  for (const auto& c : categories)
    if (names(text, c.key, c.label)) return c.key;
  return {};
}

std::string Framework::subcategory_key(std::string_view cat, std::string_view text) const {
  const auto* c = category(cat);
  if (!c) return {};
  for (const auto& s : c->subcategories)
    if (names(text, s.key, s.label)) return s.key;
  return {};
}

const std::vector<Framework>& frameworks() {
  // Parsed once from the shipped files (data/framework/<version>.json), oldest first.
  static const std::vector<Framework> all = [] {
    std::vector<Framework> out;
    for (const auto* f : embedded_files_under("framework/")) out.push_back(parse(f->text));
    return out;
  }();
  return all;
}

const Framework* find_framework(std::string_view version) {
  for (const auto& f : frameworks())
    if (f.version == version) return &f;
  return nullptr;
}

const Framework& latest_framework() { return frameworks().back(); }

}  // namespace jixiao::library
