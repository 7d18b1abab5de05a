// Figures for the home page and the to-do list.
#pragma once

#include <string>
#include <vector>

#include "base/money.h"

namespace jixiao::reports {

// One group of projects: how many and how much.
struct ProjectGroup {
  std::string key;    // fund type code, department id, status
  std::string label;  // Chinese
  long long count = 0;
  Fen amount_fen = 0;
};

struct ProjectStatistics {
  long long year = 0;
  long long count = 0;
  Fen amount_fen = 0;
  std::vector<ProjectGroup> by_fund_type;
  std::vector<ProjectGroup> by_department;  // largest first; the rest summed as 其他部门
  std::vector<ProjectGroup> by_status;
};

// Something waiting for the caller, with where to do it.
struct Todo {
  std::string kind;
  std::string title;
  long long count = 0;
  std::string link;  // a path of the web app
};

}  // namespace jixiao::reports
