// Findings ledger use cases: a source hands a finding over inside its own transaction
// (add_finding); the unit answers it with its measures, the office of its region closes it or
// reopens it with a reason (R-RA-1). Every step is audited; findings are read only in the
// caller's scope.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "rectify/model.h"
#include "rectify/repo.h"

namespace jixiao::rectify {

// Stores the finding open, recording `by` (begun for the person or the system that found it) as
// its creation, inside the caller's transaction. Returns its id.
long long add_finding(soci::session& s, db::Dialect dialect, const FindingInput& in,
                      audit::Entry by);

struct FindingPage {
  std::vector<Finding> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

struct FindingView {
  Finding finding;
  bool overdue = false;
  std::vector<std::string> actions;
};

struct StepInput {
  std::string action;   // answer | close | reopen
  std::string answer;   // the measures, for answer
  std::string opinion;  // the office's words: required to reopen
};

struct Statistics {
  long long year = 0;
  std::string as_of;  // the day counted on
  repo::Counts counts;
};

class FindingService {
 public:
  explicit FindingService(db::Database& db) : db_(db) {}

  // overdue: only open findings past their due date today.
  FindingPage list(const auth::Principal& me, repo::Filter filter, bool overdue);
  FindingView get(const auth::Principal& me, long long id);
  FindingView step(const auth::Principal& me, long long id, long long version, const StepInput& in);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);
  Statistics statistics(const auth::Principal& me, long long year);

  // A project's findings' steps, for its timeline.
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);

 private:
  FindingView view(soci::session& s, const auth::Principal& me, Finding f);
  db::Database& db_;
};

}  // namespace jixiao::rectify
