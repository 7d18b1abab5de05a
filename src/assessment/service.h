// Ex-ante assessment use cases: the department's self-assessment, finance's acceptance or key
// assessment with assigned scorers (R-KE-3), the conclusion (R-EA-2) and its suggestions
// travelling to the project and its target, need (R-EA-3) and statistics from kept totals. Every
// step is audited on the assessment (and so on its project's timeline).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment/model.h"
#include "assessment/repo.h"
#include "assessment/rules.h"
#include "assessment/settings.h"
#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "projects/service.h"
#include "targets/service.h"

namespace jixiao::assessment {

struct AssessmentView {
  Assessment assessment;
  AssessmentSettings settings;
  std::vector<ItemScore> self_items;
  std::vector<Scorer> scorers;  // what the caller may see: all for finance, its own for a scorer
  std::vector<std::string> actions;
  long long target_id = 0;  // the project's target, 0 for none
  std::string target_status;
};

struct AssessmentPage {
  std::vector<Assessment> items;
  std::optional<long long> next_after;
  long long total = 0;
};

// An item's score as sent: nullopt when left empty (a save may leave items empty; a submission
// may not).
struct ItemInput {
  std::string key;
  std::optional<long long> score;  // hundredths
};

struct SelfInput {
  std::optional<std::string> kind;  // project | policy (while still being written)
  std::vector<ItemInput> items;
  std::optional<std::string> report;
};

struct StepInput {
  std::string action;
  std::string decision;
  std::string opinion;
  // With finance's acceptance of the self-assessment: its suggestions.
  std::optional<Fen> suggested_amount_fen;
  std::optional<std::string> suggested_target_changes;
};

struct ConcludeInput {
  std::optional<Fen> suggested_amount_fen;
  std::string suggested_target_changes;
  std::string opinion;
};

struct NeedView {
  long long project_id = 0;
  NeedAnswer answer;
  std::optional<MajorMark> major;
  long long assessment_id = 0;  // 0 for none yet
  std::string assessment_status;
  std::string conclusion;
};

// For the budget gate (R-EA-3: a project that needs an assessment and has none, or failed,
// cannot enter the budget).
enum class GateState {
  not_needed,
  missing,        // needed, none begun
  not_concluded,  // needed, begun but not concluded
  supported,      // concluded: support or support after changes
  not_supported,  // concluded: not supported
};
std::string_view gate_state_name(GateState g);
GateState gate_state(soci::session& s, long long project_id);

struct Statistics {
  long long year = 0;
  std::vector<repo::TotalsRow> rows;
};

class AssessmentService {
 public:
  // Accepted suggestions set the project's amount through its service (audited there).
  AssessmentService(db::Database& db, projects::ProjectService& projects,
                    targets::TargetService& targets)
      : db_(db), projects_(projects), targets_(targets) {}

  AssessmentPage list(const auth::Principal& me, repo::Filter filter);
  AssessmentView get(const auth::Principal& me, long long id);
  AssessmentView create(const auth::Principal& me, long long project_id, const std::string& kind);
  AssessmentView save_self(const auth::Principal& me, long long id, long long version,
                           const SelfInput& in);
  AssessmentView step(const auth::Principal& me, long long id, long long version,
                      const StepInput& in);
  AssessmentView assign(const auth::Principal& me, long long id, long long version,
                        const std::vector<long long>& scorer_ids);
  // A scorer's own sheet: saved, or submitted (submit true).
  AssessmentView score(const auth::Principal& me, long long id, const std::vector<ItemInput>& items,
                       const std::string& opinion, bool submit);
  AssessmentView conclude(const auth::Principal& me, long long id, long long version,
                          const ConcludeInput& in);
  AssessmentView accept_suggestions(const auth::Principal& me, long long id, long long version);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

  NeedView need(const auth::Principal& me, long long project_id);
  NeedView mark_major(const auth::Principal& me, long long project_id, const std::string& reason);
  // Users finance may assign as scorers: (id, name, role).
  std::vector<std::tuple<long long, std::string, std::string>> scorer_candidates(
      const auth::Principal& me);
  Statistics statistics(const auth::Principal& me, long long year);

  // For the projects stage: a project's assessment keeps it from deletion and shows on its
  // timeline.
  static long long project_references(soci::session& s, long long project_id);
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);

 private:
  AssessmentView view(soci::session& s, const auth::Principal& me, Assessment a);
  db::Database& db_;
  projects::ProjectService& projects_;
  targets::TargetService& targets_;
};

// The reading that applies to a caller: experts and agencies read only what they are assigned.
inline repo::Reader reader_of(const auth::Principal& me) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    return {auth::DataScope{}, me.user_id};
  return {auth::read_scope(me), 0};
}

}  // namespace jixiao::assessment
