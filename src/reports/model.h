// Figures for the home page and the to-do list.
#pragma once

#include <string>
#include <vector>

#include "base/money.h"
#include "projects/repo.h"
#include "workflow/todos.h"

namespace jixiao::reports {

struct ProjectStatistics {
  long long year = 0;
  long long count = 0;
  Fen amount_fen = 0;
  std::vector<projects::ProjectGroup> by_fund_type;
  std::vector<projects::ProjectGroup> by_department;  // largest first; the rest as 其他部门
  // For a region tree: its own level (本级) first, then each region one level down with its
  // subtree, by code; empty for a section, department or unit.
  std::vector<projects::ProjectGroup> by_region;
  std::vector<projects::ProjectGroup> by_status;
  // For a department: its own and its units' projects, by unit (largest first; the rest as
  // 其他单位), since by_department has one bar then; empty otherwise.
  std::vector<projects::ProjectGroup> by_unit;
};

using Todo = workflow::Todo;

}  // namespace jixiao::reports
