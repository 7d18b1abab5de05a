#include "projects/search.h"

#include "projects/repo.h"

namespace jixiao::projects {

void add_search(workflow::SearchRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, const workflow::SearchQuery& q,
                  std::vector<workflow::Found>& out) {
    const auto scope = auth::read_scope(me);
    if (scope.kind == auth::DataScope::Kind::none) return;
    // The project of that code first (a code is what a person copies from a document), then
    // names, newest first: the list's own query, so its scope and indexes apply.
    ProjectFilter by_code;
    by_code.year = q.year;
    by_code.code = q.words;
    by_code.limit = 1;
    ProjectFilter by_name;
    by_name.year = q.year;
    by_name.name_contains = q.words;
    by_name.descending = true;
    by_name.limit = q.limit;
    long long code_id = 0;
    int n = 0;
    for (const auto* f : {&by_code, &by_name}) {
      for (const auto& p : repo::list(s, *f, scope)) {
        if (p.id == code_id || n == q.limit) continue;
        if (f == &by_code) code_id = p.id;
        out.push_back({"project", "项目", p.id, p.code, p.name, p.unit_name,
                       "/projects/" + std::to_string(p.id)});
        ++n;
      }
    }
  });
}

}  // namespace jixiao::projects
