// To-dos: what waits for the caller, counted by each stage for its own documents. A stage
// registers a source while the application is wired; the home page asks them all in turn.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>
#include <vector>

#include "auth/model.h"

namespace jixiao::workflow {

// Something waiting for the caller, with where to do it.
struct Todo {
  std::string kind;   // stable, e.g. "returned_targets"
  std::string title;  // 中文
  long long count = 0;
  std::string link;  // a path of the web app
};

// Appends the caller's to-dos of one stage for a fiscal year (none when the count is 0).
using TodoSource = std::function<void(soci::session&, const auth::Principal&, long long year,
                                      std::vector<Todo>& out)>;

// Filled while the application is wired, read-only afterwards (so requests read it unlocked).
class TodoRegistry {
 public:
  void add(TodoSource source);
  // Every source's to-dos, in the order the sources were registered (loop order of the stages).
  std::vector<Todo> collect(soci::session& s, const auth::Principal& me, long long year) const;

 private:
  std::vector<TodoSource> sources_;
};

}  // namespace jixiao::workflow
