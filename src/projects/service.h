// Project use cases: read within scope, create and edit with validation, audit every change.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "projects/gate.h"
#include "projects/model.h"
#include "projects/repo.h"

namespace jixiao::projects {

// Fields a caller may set. On create, the required ones must be present; on update, absent
// fields keep their value.
struct ProjectInput {
  std::optional<long long> year;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<long long> unit_id;
  std::optional<std::string> fund_type;
  std::optional<Fen> amount_fen;
  std::optional<std::string> function_class;
  std::optional<std::string> category;
  std::optional<long long> parent_id;  // 0 clears
  std::optional<std::vector<std::string>> tags;
};

// A step of the project's workflow (projects/workflow.h): declare, withdraw, review (approve or
// return), start, complete, cancel. An opinion is required to return or cancel.
struct StepInput {
  std::string action;
  std::string decision;
  std::string opinion;
};

// A project with what the caller may do with it now (the workflow's actions).
struct ProjectView {
  Project project;
  std::vector<std::string> actions;
};

struct ImportRow;
struct ParsedImport;

struct ProjectPage {
  std::vector<Project> items;
  std::optional<std::string> next_cursor;
  // Counted on the first page only (no cursor): a later page of the same query would repeat
  // them, and they were most of a deep page's time.
  std::optional<ProjectTotals> totals;
};

// How many rows a later stage keeps about a project (its evidence files, say); a project is
// deleted only when every such count is zero. Stages register theirs while the app is wired,
// so that projects never reads the tables of the stages built on it.
using ReferenceCount = std::function<long long(soci::session&, long long project_id)>;

// What a later stage records about a project for its timeline (its target's steps, say).
using HistorySource =
    std::function<std::vector<audit::Record>(soci::session&, long long project_id)>;

// A later stage whose own rows depend on a project's fields (its target's totals, say): told
// before and after each change of a project, in the same transaction.
struct ProjectWatch {
  std::function<void(soci::session&, long long project_id)> before;
  std::function<void(soci::session&, long long project_id)> after;
};

class ProjectService {
 public:
  explicit ProjectService(db::Database& db) : db_(db) {}
  void add_reference(ReferenceCount count) { references_.push_back(std::move(count)); }
  void add_history(HistorySource source) { history_.push_back(std::move(source)); }
  void add_watch(ProjectWatch watch) { watches_.push_back(std::move(watch)); }
  void add_gate(GateSource source) { gate_.push_back(std::move(source)); }

  Project get(const auth::Principal& me, long long id);
  ProjectView view(const auth::Principal& me, long long id);
  ProjectPage list(const auth::Principal& me, ProjectFilter filter);
  // The database's data version (db::Database::data_version), which the kept list pages are
  // checked against.
  std::string data_version() { return db_.data_version(); }
  std::optional<std::string> recent_data_version() { return db_.recent_data_version(); }
  Project create(const auth::Principal& me, const ProjectInput& in);
  Project update(const auth::Principal& me, long long id, long long version,
                 const ProjectInput& in);

  // Takes one step of the workflow: the only way a project's status changes (audited, with the
  // opinion, on the project's timeline).
  ProjectView step(const auth::Principal& me, long long id, long long version, const StepInput& in);

  // Sets the amount of a project that is declared, approved or executing, inside a later
  // stage's transaction, when a decision of that stage changes it (an accepted ex-ante
  // suggestion, a monitoring adjustment or recovery):
  // audited as 调整金额 with the reason on the project's timeline; the watches follow.
  Project set_amount(soci::session& s, const auth::Principal& me, long long id, Fen amount_fen,
                     const std::string& reason);

  // Deletes a draft that nothing refers to (audited); other states are cancelled instead.
  void remove(const auth::Principal& me, long long id);
  // Writes every row of a checked import, or none: database checks (units, codes, years, scope)
  // are added to parsed.errors, and when any error exists nothing is written. Returns the count.
  long long import(const auth::Principal& me, ParsedImport& parsed);

  // What the budget gate asks of the project before it may be approved, each condition met or
  // not (the project page's checklist); approval refuses while one is unmet.
  std::vector<GateCondition> gate(const auth::Principal& me, long long id);

  // The project's audit trail with what later stages recorded about it, oldest first (its
  // timeline).
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

 private:
  // Writes a changed project with its new time, telling the watches before and after; 409 when
  // the version moved on. Returns the project as saved.
  Project save(soci::session& s, const auth::Principal& me, Project& p, long long version);

  db::Database& db_;
  std::vector<ReferenceCount> references_;
  std::vector<HistorySource> history_;
  std::vector<ProjectWatch> watches_;
  std::vector<GateSource> gate_;
};

}  // namespace jixiao::projects
