// The header's search: each stage finds its own documents by name or code in the caller's read
// scope, registered while the application is wired, as the to-dos are.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>
#include <vector>

#include "auth/model.h"

namespace jixiao::workflow {

// One document found, with where to open it.
struct Found {
  std::string kind;        // stable, e.g. "project"
  std::string kind_label;  // 中文
  long long id = 0;
  std::string code;
  std::string name;
  std::string detail;  // 中文: whose it is (unit, department)
  std::string link;    // a path of the web app
};

struct SearchQuery {
  long long year = 0;
  std::string words;
  int limit = 5;  // at most this many of each kind
};

// Appends what one stage finds for the caller; it reads only the caller's scope.
using SearchSource = std::function<void(soci::session&, const auth::Principal&, const SearchQuery&,
                                        std::vector<Found>& out)>;

// Filled while the application is wired, read-only afterwards (so requests read it unlocked).
class SearchRegistry {
 public:
  void add(SearchSource source);
  // Every source's finds, in the order the sources were registered.
  std::vector<Found> collect(soci::session& s, const auth::Principal& me,
                             const SearchQuery& query) const;

 private:
  std::vector<SearchSource> sources_;
};

}  // namespace jixiao::workflow
