// Disclosure use cases (R-DI-1, R-DI-2, R-MON-2): the office opens a year's list of its region
// tree from the stages' records, publishes each item as a frozen snapshot (refused while it holds
// personal data), withdraws one with a reason and publishes it again; the rates by region and
// department. Every step is audited; items are read only in the caller's scope.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "disclosure/model.h"
#include "disclosure/rate_repo.h"
#include "disclosure/repo.h"

namespace jixiao::disclosure {

struct Page {
  std::vector<Disclosure> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

struct View {
  Disclosure item;
  std::vector<std::string> actions;
};

struct StepInput {
  std::string action;  // publish | withdraw
  std::string reason;  // required to withdraw
};

// One item of a bulk step: done, or refused with the reason in Chinese.
struct BulkResult {
  long long id = 0;
  bool done = false;
  int status = 200;
  std::string code;
  std::string detail;
};

struct Rates {
  long long year = 0;
  std::string as_of;
  RateCounts total;
  std::vector<rate_repo::RateRow> departments;  // of the caller's own level
  std::vector<rate_repo::RateRow> regions;      // the regions directly below
};

class DisclosureService {
 public:
  explicit DisclosureService(db::Database& db) : db_(db) {}

  // Creates the missing items of the year in the caller's region tree (an office only). Returns
  // how many were added.
  long long open(const auth::Principal& me, long long year);
  Page list(const auth::Principal& me, repo::Filter filter, bool overdue);
  View get(const auth::Principal& me, long long id);
  View step(const auth::Principal& me, long long id, long long version, const StepInput& in);
  // The same step on a selection, each item in its own transaction at its current version.
  std::vector<BulkResult> bulk(const auth::Principal& me, const std::vector<long long>& ids,
                               const StepInput& in);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);
  Rates rates(const auth::Principal& me, long long year);

 private:
  View step_in(soci::session& s, const auth::Principal& me, long long id,
               std::optional<long long> version, const StepInput& in,
               const std::vector<std::string>& names);
  db::Database& db_;
};

}  // namespace jixiao::disclosure
