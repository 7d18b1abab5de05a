// Statistics of the caller's scope and the caller's to-do list.
#pragma once

#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "reports/model.h"
#include "workflow/search.h"
#include "workflow/todos.h"

namespace jixiao::reports {

class ReportService {
 public:
  // The to-dos and the search come from the sources each stage registered.
  ReportService(db::Database& db, const workflow::TodoRegistry& todos,
                const workflow::SearchRegistry& search)
      : db_(db), todos_(todos), search_(search) {}
  // Projects of a year in the caller's read scope, by fund type, department, status and region.
  ProjectStatistics project_statistics(const auth::Principal& me, long long year,
                                       int top_departments = 12);
  std::vector<Todo> todos(const auth::Principal& me, long long year);
  // Projects, targets and units of the caller's scope by name or code, a few of each kind.
  std::vector<workflow::Found> search(const auth::Principal& me, const workflow::SearchQuery& q);

 private:
  db::Database& db_;
  const workflow::TodoRegistry& todos_;
  const workflow::SearchRegistry& search_;
};

}  // namespace jixiao::reports
