#include "workflow/todos.h"

#include <stdexcept>

namespace jixiao::workflow {

void TodoRegistry::add(TodoSource source) {
  if (!source) throw std::logic_error("a to-do source needs a function");
  sources_.push_back(std::move(source));
}

std::vector<Todo> TodoRegistry::collect(soci::session& s, const auth::Principal& me,
                                        long long year) const {
  std::vector<Todo> out;
  for (const auto& source : sources_) source(s, me, year, out);
  return out;
}

}  // namespace jixiao::workflow
