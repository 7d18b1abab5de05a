#include "workflow/search.h"

#include <stdexcept>

namespace jixiao::workflow {

void SearchRegistry::add(SearchSource source) {
  if (!source) throw std::logic_error("a search source needs a function");
  sources_.push_back(std::move(source));
}

std::vector<Found> SearchRegistry::collect(soci::session& s, const auth::Principal& me,
                                           const SearchQuery& query) const {
  std::vector<Found> out;
  for (const auto& source : sources_) source(s, me, query, out);
  return out;
}

}  // namespace jixiao::workflow
