// The web app's side menu, by lifecycle stage: each feature registers its entries where it is
// wired, and GET /api/v1/menu answers the caller's. The web shows that menu and refuses every page
// it does not hold, so who may open a page is said once, here.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::menu {

// A group of the side menu: a lifecycle stage, the workbench, the organisation.
struct Group {
  std::string title;  // 中文
  std::string icon;   // an @element-plus/icons-vue component name
  int order = 0;      // groups in stage order, the lowest first
};

struct Entry {
  std::string path;   // the web app's page, e.g. "/projects"; pages below it go with it
  std::string title;  // 中文
  // Role names that see it; "*" alone: every role.
  std::vector<std::string> roles;
  int order = 0;  // within its group, the lowest first
};

class Menu {
 public:
  // Tells a role name from a typo (auth::parse_role); the menu itself knows no roles.
  explicit Menu(std::function<bool(std::string_view)> known_role);

  // Several features may fill one group; each names it the same way. Throws std::logic_error
  // when the group was named with another icon or order, the path is taken or a role unknown:
  // the menu is wired at start, so a mistake stops the server there.
  void add(const Group& group, Entry entry);
  // A page outside the menu that belongs to other roles than the entry above it (a target's
  // review page under 目标填报 is the reviewers'): a path pattern with "{name}" segments.
  void add_page(std::string pattern, std::vector<std::string> roles);

  // What a role sees: {"groups": [{title, icon, items: [{path, title}]}], "pages": [pattern],
  // "refused": [path or pattern]}, groups and entries in order, empty groups left out. "refused"
  // names the entries and pages of other roles: a page below one of them is not the caller's even
  // when it is below an entry of its own (目标审核 lies below 目标填报).
  boost::json::object for_role(std::string_view role) const;

 private:
  struct Filled {
    Group group;
    std::vector<Entry> entries;
  };
  struct Page {
    std::string pattern;
    std::vector<std::string> roles;
  };
  void check_roles(const std::vector<std::string>& roles) const;

  std::function<bool(std::string_view)> known_role_;
  std::vector<Filled> groups_;
  std::vector<Page> pages_;
};

}  // namespace jixiao::menu
