#include "budget_review/todos.h"

#include <string>

#include "budget_review/repo.h"

namespace jixiao::budget_review {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    // Finance enters the amounts: a section for its departments, the office for its own level.
    if (me.role != auth::Role::performance_office && me.role != auth::Role::business_section)
      return;
    repo::ReviewFilter f;
    f.year = year;
    f.status = "pending";
    if (long long n = repo::list_count(s, f, auth::write_scope(me)))
      out.push_back({"pending_budget_reviews", std::to_string(year) + " 年度申报项目待预算评审", n,
                     "/budget-reviews?status=pending"});
  });
}

}  // namespace jixiao::budget_review
