// Statistics of the caller's scope and the caller's to-do list.
#pragma once

#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "reports/model.h"
#include "workflow/todos.h"

namespace jixiao::reports {

class ReportService {
 public:
  // The to-dos come from the sources each stage registered.
  ReportService(db::Database& db, const workflow::TodoRegistry& todos) : db_(db), todos_(todos) {}
  // Projects of a year in the caller's read scope, by fund type, department, status and region.
  ProjectStatistics project_statistics(const auth::Principal& me, long long year,
                                       int top_departments = 12);
  std::vector<Todo> todos(const auth::Principal& me, long long year);

 private:
  db::Database& db_;
  const workflow::TodoRegistry& todos_;
};

}  // namespace jixiao::reports
