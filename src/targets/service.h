// Target use cases: write within scope, lint, the workflow (submit → section → office, return,
// adjust), review scoring with the pass mark, assignments, recommendations and statistics.
// Every step is audited on the target (and so on its project's timeline).
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "documents/model.h"
#include "library/model.h"
#include "projects/service.h"
#include "targets/candidates.h"
#include "targets/lint.h"
#include "targets/model.h"
#include "targets/repo.h"
#include "targets/settings.h"
#include "targets/statistics.h"

namespace jixiao::targets {

struct TargetView {
  Target target;
  std::vector<Finding> findings;
  std::vector<repo::Review> reviews;
  TargetSettings settings;
  std::vector<std::string> actions;  // what the caller may do now
  // Letters issued about it (批复, review opinions) that the caller may read, oldest first.
  std::vector<documents::OfficialDocument> documents;
};

struct NewTarget {
  std::string kind = "project";
  std::optional<long long> project_id;     // project targets
  std::optional<long long> department_id;  // department targets
  std::optional<long long> year;           // department targets
  TargetDraft draft;
};

struct ReviewInput {
  std::string decision;                     // pass | return | approve | reject | advise
  std::map<std::string, long long> scores;  // hundredths by sheet key; may be empty for return
  std::string comment;
};

struct TargetPage {
  std::vector<Target> items;
  std::optional<long long> next_after;
  long long total = 0;
};

struct BatchInput {
  long long year = 0;
  std::string name;
  long long reviewer_id = 0;
  std::vector<long long> target_ids;
  std::string due_date;
};

struct Recommendation {
  std::string source;  // library | history
  int score = 0;       // higher first
  std::string reason;  // Chinese: why it is offered
  Indicator indicator;
  std::string definition;
};

class TargetService {
 public:
  explicit TargetService(db::Database& db) : db_(db) {}

  // Lints a target as written (saved or not), writing nothing.
  std::vector<Finding> lint(const auth::Principal& me, TargetDraft draft);

  TargetPage list(const auth::Principal& me, repo::TargetFilter filter);
  // 新建目标's picker: the projects of the year the caller may file a target for.
  std::vector<ProjectCandidate> candidates(const auth::Principal& me, long long year,
                                           const std::optional<std::string>& words, int limit);
  TargetView get(const auth::Principal& me, long long id);
  TargetView create(const auth::Principal& me, NewTarget in);
  TargetView update(const auth::Principal& me, long long id, long long version,
                    const TargetDraft& draft);
  void remove(const auth::Principal& me, long long id);
  TargetView submit(const auth::Principal& me, long long id, long long version);
  // Takes a submitted target back to draft, while no one has reviewed or advised on it since.
  TargetView withdraw(const auth::Principal& me, long long id, long long version);
  TargetView review(const auth::Principal& me, long long id, long long version,
                    const ReviewInput& in);
  TargetView adjust(const auth::Principal& me, long long id, long long version,
                    const std::string& reason);
  // The same step inside a later stage's transaction (an accepted ex-ante suggestion reopens
  // the project's approved target): false when the project has no approved target in the
  // caller's write scope, so nothing is adjusted; else the target's new status.
  std::optional<std::string> adjust_project_target(soci::session& s, const auth::Principal& me,
                                                   long long project_id, const std::string& reason);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

  // An approved target of the office's region becomes a case of its library.
  library::TargetCase add_case(const auth::Principal& me, long long id);
  // A case written from scratch (its indicators read as a target's).
  library::TargetCase create_case(const auth::Principal& me, library::TargetCase c);

  std::vector<repo::Batch> batches(const auth::Principal& me, long long year);
  repo::Batch create_batch(const auth::Principal& me, const BatchInput& in);
  // Expert and agency accounts an office may assign: (id, display name, role).
  std::vector<std::tuple<long long, std::string, std::string>> reviewers(const auth::Principal& me);

  std::vector<Recommendation> recommend(const auth::Principal& me, long long project_id,
                                        const std::optional<std::string>& category,
                                        const std::optional<std::string>& subcategory,
                                        const std::optional<std::string>& words, int limit);

  // The year's target statistics; a region-tree reader may name a region of its tree (by default
  // its own), listed by the regions one level down and by that region's own departments.
  TargetStatistics statistics(const auth::Principal& me, long long year,
                              std::optional<long long> region_id = std::nullopt);

  // For the projects stage: a project's target keeps it from deletion and shows on its timeline.
  static long long project_references(soci::session& s, long long project_id);
  static projects::ProjectWatch project_watch();
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);

 private:
  // The 批复 or opinion notice of the office's decision (targets/letters.h), in its transaction.
  void issue_decision_letter(soci::session& s, const auth::Principal& me, Target t,
                             const TargetSettings& settings);
  TargetView view(soci::session& s, const auth::Principal& me, Target t);
  // The adjust step itself: the approved content kept in the timeline's record.
  std::string take_adjust(soci::session& s, const auth::Principal& me, Target t, long long version,
                          const std::string& reason);
  LintContext lint_context(soci::session& s, const Target& t, const TargetSettings& settings);

  db::Database& db_;
};

}  // namespace jixiao::targets
