// Result application use cases: the office proposes the year's budget actions from every graded
// result of its region tree (R-RA-2), links next year's projects to their predecessors, and the
// budget section or office confirms, changes or waives each action; breaches, the what-if and
// the summary are read. Every request is checked against the caller's scope here.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "result_application/model.h"
#include "result_application/repo.h"
#include "result_application/rules.h"

namespace jixiao::result_application {

struct ActionPage {
  std::vector<BudgetAction> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

struct ActionView {
  BudgetAction action;
  std::vector<std::string> actions;
};

struct StepInput {
  std::string action;            // confirm | change | waive | reopen
  std::string kind;              // change: the decided kind
  std::optional<long long> cut;  // change to cut: hundredths of a percent
  std::string reason;            // change, waive: required
};

struct ProposeResult {
  repo::Proposed proposed;
  long long picked_up = 0;
};

struct WhatIfRow {
  long long department_id = 0;
  std::string department_name;
  std::string fund_type;
  long long count = 0;        // actions under the bands
  long long prioritised = 0;  // of them prioritised
  long long cut = 0;          // cut or cancelled
  Fen base_fen = 0;           // of those cut or cancelled
  Fen moved_fen = 0;
};
struct WhatIf {
  long long year = 0;
  Bands bands;
  std::vector<WhatIfRow> rows;
  WhatIfRow total;
};

struct Summary {
  long long year = 0;
  repo::StatusCounts counts;
  std::vector<WhatIfRow> rows;  // the decided actions' money moved
  WhatIfRow total;
};

class ResultApplicationService {
 public:
  explicit ResultApplicationService(db::Database& db) : db_(db) {}

  ActionPage list(const auth::Principal& me, const repo::Filter& filter);
  ActionView get(const auth::Principal& me, long long id);
  ActionView step(const auth::Principal& me, long long id, long long version, const StepInput& in);
  // Confirms every selected action as proposed, all or none.
  long long confirm_many(const auth::Principal& me, const std::vector<long long>& ids);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

  ProposeResult propose(const auth::Principal& me, long long year);
  // by: code | name; the year is the successors'.
  long long link(const auth::Principal& me, long long year, const std::string& by);
  std::vector<repo::Suggestion> suggestions(const auth::Principal& me, long long year);
  repo::Link set_predecessor(const auth::Principal& me, long long project_id,
                             long long predecessor_id);
  std::optional<repo::Link> predecessor(const auth::Principal& me, long long project_id);

  // The bands given over the region's R-RA-2 for the year; nothing is saved.
  WhatIf what_if(const auth::Principal& me, long long year, const boost::json::object& bands);
  Summary summary(const auth::Principal& me, long long year);

  // A project's actions' steps, for its timeline.
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);

 private:
  ActionView view(soci::session& s, const auth::Principal& me, BudgetAction a);
  db::Database& db_;
};

}  // namespace jixiao::result_application
