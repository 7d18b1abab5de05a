// SQL of the experts assigned to a key evaluation (key_evaluation_experts), with the expert's
// name and employer as the pages show them.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

namespace jixiao::key_evaluation {

struct Assignment {
  long long id = 0;
  long long evaluation_id = 0;
  long long expert_id = 0;
  std::string expert_name, title, employer;
  long long user_id = 0;  // the expert's account, 0 for none
  long long assigned_by = 0;
  std::string assigned_by_name;
  std::string assigned_at;
};

}  // namespace jixiao::key_evaluation

namespace jixiao::key_evaluation::assignment_repo {

// In the order assigned.
std::vector<Assignment> list(soci::session& s, long long evaluation_id);
bool assigned(soci::session& s, long long evaluation_id, long long expert_id);
long long insert(soci::session& s, long long evaluation_id, long long expert_id,
                 long long assigned_by, const std::string& at);
// False when the expert was not assigned.
bool remove(soci::session& s, long long evaluation_id, long long expert_id);

}  // namespace jixiao::key_evaluation::assignment_repo
