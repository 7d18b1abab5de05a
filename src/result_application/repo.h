// SQL of result application: budget actions, their proposal from each stage's graded results in
// one INSERT … SELECT per source and region, project links, and the sums of the what-if and the
// summary. The caller's scope is a parameter of every read.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "result_application/model.h"
#include "result_application/rules.h"

namespace jixiao::result_application::repo {

struct Filter {
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> kind;
  std::optional<std::string> source;
  std::optional<long long> department_id;
  std::optional<long long> unit_id;
  std::optional<long long> project_id;  // evaluated or acted on
  bool breach = false;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

std::optional<BudgetAction> find(soci::session& s, long long id, const auth::DataScope& scope);
// By id, oldest first.
std::vector<BudgetAction> list(soci::session& s, const Filter& f, const auth::DataScope& scope);
long long count(soci::session& s, const Filter& f, const auth::DataScope& scope);
// Writes the decision and moves the version on; false when it moved on already.
bool update(soci::session& s, const BudgetAction& a, long long expected_version);

// The regions of the tree under path (the region itself first).
std::vector<long long> regions_under(soci::session& s, const std::string& path);
// Inserts the missing actions of one region's graded results of a year under its bands; the
// number inserted per source.
struct Proposed {
  long long self_evaluation = 0, key_evaluation = 0, monitoring = 0, assessment = 0;
};
Proposed propose(soci::session& s, long long region_id, long long year, const Bands& bands,
                 const std::string& now);
// Actions whose evaluated project has gained a successor take it as the project acted on.
long long pick_up_successors(soci::session& s, const std::string& region_path,
                             const std::string& now);

// Links the year's projects of the tree to their predecessors by the same code, or (continuing
// and recurring projects) by the same unit and name less a leading "YYYY年"; the number linked.
long long link_by_code(soci::session& s, const std::string& region_path, long long year,
                       long long user_id, const std::string& now);
long long link_by_name(soci::session& s, const std::string& region_path, long long year,
                       long long user_id, const std::string& now);
// Sets a project's predecessor by hand, replacing its link and any other to the predecessor.
void link_by_hand(soci::session& s, long long project_id, long long predecessor_id,
                  long long user_id, const std::string& now);

struct Suggestion {
  long long project_id = 0;
  std::string project_code, project_name;
  Fen amount_fen = 0;
  long long predecessor_id = 0;
  std::string predecessor_code, predecessor_name;
  Fen predecessor_amount_fen = 0;
  std::string unit_name;
};
std::vector<Suggestion> suggestions(soci::session& s, const std::string& region_path,
                                    long long year, int limit);

struct Link {
  long long project_id = 0;
  long long predecessor_id = 0;
  std::string how;
  std::string linked_at;
  std::string predecessor_code, predecessor_name;
  long long predecessor_year = 0;
};
std::optional<Link> link_of(soci::session& s, long long project_id);

// Sums by department and fund type.
struct Group {
  long long department_id = 0;
  std::string department_name;
  std::string fund_type;
  std::string key;  // the grade, conclusion or outcome (what-if), or the decided kind
  long long count = 0;
  Fen base_fen = 0;
  Fen moved_fen = 0;  // base − limit where it moves money
};
// The year's graded results in the scope, each key's count, base and (for the given cut) the
// money a cut moves.
std::vector<Group> result_groups(soci::session& s, long long year, long long cut,
                                 const auth::DataScope& scope);
// The decided (confirmed or changed) actions by kind.
std::vector<Group> decided_groups(soci::session& s, long long year, const auth::DataScope& scope);
// Counts per status, and the breaches.
struct StatusCounts {
  long long proposed = 0, confirmed = 0, changed = 0, waived = 0, breaches = 0;
};
StatusCounts status_counts(soci::session& s, long long year, const auth::DataScope& scope);

// The decided actions on a project (the budget gate).
std::vector<BudgetAction> decided_on(soci::session& s, long long project_id);
// The actions of a project as evaluated or acted on (its timeline).
std::vector<long long> of_project(soci::session& s, long long project_id);

}  // namespace jixiao::result_application::repo
