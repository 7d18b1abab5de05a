// The appraisal's use cases (R-AP-1): the live scorecard of a region's departments or lower
// regions, the rows behind a point, the region's weights (R-AP-1's parameters, kept by the rules
// per region and year), and the appraisal carried through data/workflows/appraisal.json to its
// notice. Finance reads its own region's scorecards; a department reads its own row only.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "appraisal/model.h"
#include "appraisal/sources.h"
#include "auth/model.h"
#include "db/database.h"
#include "rules/service.h"

namespace jixiao::appraisal {

// The scorecard of a region's subjects for a year on the day given, inside the caller's session
// (the demo and the tests compute it without a caller).
Scorecard compute_scorecard(soci::session& s, db::Dialect dialect, const Sources& sources,
                            long long region_id, long long year, const std::string& subject,
                            const std::string& today);

struct WeightsView {
  long long year = 0;
  std::vector<ItemColumn> items;
  NotApplicable not_applicable = NotApplicable::rescale;
  long long set_by_region_id = 0;  // 0: the national default
  std::string set_by_region_name;
};

class AppraisalService {
 public:
  AppraisalService(db::Database& db, rules::RuleService& rules) : db_(db), rules_(rules) {}

  // Where the items' counts come from; a later stage adds its item while the app is wired.
  Sources& sources() { return sources_; }

  Scorecard scorecard(const auth::Principal& me, long long year, const std::string& subject);
  RowsPage rows(const auth::Principal& me, long long year, const std::string& subject,
                long long subject_id, const std::string& item, int limit, long long offset);

  WeightsView weights(const auth::Principal& me, long long year);
  // Sets the caller's region's weights for the year: every item, adding up to 100, else
  // invalid("weights") and nothing changed.
  WeightsView set_weights(const auth::Principal& me, long long year,
                          const boost::json::object& weights);

  std::vector<Appraisal> list(const auth::Principal& me, long long year);
  Appraisal get(const auth::Principal& me, long long id);
  Appraisal create(const auth::Principal& me, long long year, const std::string& subject);
  // Workflow steps: compute (scores kept), issue (scores frozen, the notice issued).
  Appraisal compute(const auth::Principal& me, long long id, long long version);
  Appraisal issue(const auth::Principal& me, long long id, long long version);

 private:
  db::Database& db_;
  rules::RuleService& rules_;
  Sources sources_;
};

}  // namespace jixiao::appraisal
