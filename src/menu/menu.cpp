#include "menu/menu.h"

#include <algorithm>
#include <boost/json.hpp>
#include <stdexcept>

namespace jixiao::menu {

namespace {

bool holds(const std::vector<std::string>& roles, std::string_view role) {
  return std::ranges::any_of(roles, [&](const std::string& r) { return r == "*" || r == role; });
}

}  // namespace

Menu::Menu(std::function<bool(std::string_view)> known_role) : known_role_(std::move(known_role)) {}

void Menu::check_roles(const std::vector<std::string>& roles) const {
  if (roles.empty()) throw std::logic_error("menu: an entry for no role");
  for (const auto& r : roles)
    if (r != "*" && !known_role_(r)) throw std::logic_error("menu: unknown role " + r);
}

void Menu::add(const Group& group, Entry entry) {
  check_roles(entry.roles);
  for (const auto& g : groups_)
    for (const auto& e : g.entries)
      if (e.path == entry.path) throw std::logic_error("menu: " + entry.path + " twice");
  auto it = std::ranges::find(groups_, group.title,
                              [](const Filled& g) -> const std::string& { return g.group.title; });
  if (it == groups_.end()) {
    it = groups_.insert(std::ranges::upper_bound(groups_, group.order, {},
                                                 [](const Filled& g) { return g.group.order; }),
                        Filled{group, {}});
  } else if (it->group.icon != group.icon || it->group.order != group.order) {
    throw std::logic_error("menu: group " + group.title + " named two ways");
  }
  auto& entries = it->entries;
  const int order = entry.order;
  entries.insert(std::ranges::upper_bound(entries, order, {}, &Entry::order), std::move(entry));
}

void Menu::add_page(std::string pattern, std::vector<std::string> roles) {
  check_roles(roles);
  for (const auto& p : pages_)
    if (p.pattern == pattern) throw std::logic_error("menu: " + pattern + " twice");
  pages_.push_back({std::move(pattern), std::move(roles)});
}

boost::json::object Menu::for_role(std::string_view role) const {
  boost::json::array groups, pages, refused;
  for (const auto& g : groups_) {
    boost::json::array items;
    for (const auto& e : g.entries) {
      if (holds(e.roles, role)) {
        items.push_back({{"path", e.path}, {"title", e.title}});
      } else {
        refused.push_back(boost::json::string(e.path));
      }
    }
    if (items.empty()) continue;
    groups.push_back(
        {{"title", g.group.title}, {"icon", g.group.icon}, {"items", std::move(items)}});
  }
  for (const auto& p : pages_)
    (holds(p.roles, role) ? pages : refused).push_back(boost::json::string(p.pattern));
  return {
      {"groups", std::move(groups)}, {"pages", std::move(pages)}, {"refused", std::move(refused)}};
}

}  // namespace jixiao::menu
