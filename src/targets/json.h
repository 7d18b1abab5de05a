// The target as it travels in JSON (the contract in docs/API.md): strict reading at the edge,
// and the answers.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <vector>

#include "base/json.h"
#include "library/framework.h"
#include "targets/lint.h"
#include "targets/model.h"
#include "targets/review_rules.h"
#include "targets/statistics.h"

namespace jixiao::targets {

struct TargetView;

// Reads the draft fields present in the object (absent ones keep draft's values). Every
// indicator field is checked against the fixed vocabulary; errors name "indicators[i].field".
void read_draft_fields(JsonReader& in, TargetDraft& draft);

// The target's fields of each item of "indicators", whose items also carry what a later stage
// reports beside them (the keys in `reported`, left for the caller to read): at most 200 items,
// errors named "indicators[i].field" as for a target.
std::vector<Indicator> read_indicator_fields(const boost::json::value& list,
                                             std::initializer_list<const char*> reported);

// "85.50" from hundredths.
std::string points(long long hundredths);
// A weight or score as the person sent it: a number (points) or a numeric string, exactly, in
// hundredths; throws invalid(field) otherwise.
long long read_points(const boost::json::value& v, const std::string& field);

boost::json::object indicator_json(const Indicator& i, const library::Framework& f);
boost::json::array findings_json(const std::vector<Finding>& findings);
// The list form leaves out indicators, tasks and the goal texts.
boost::json::object target_json(const Target& t, bool detail);
boost::json::object sheet_json(const ReviewSheet& sheet, const std::string& source);
// The year's target statistics as the statistics page reads them.
boost::json::object statistics_json(const TargetStatistics& st);
// A target with its findings, reviews, scoring sheet and the caller's actions.
boost::json::object view_json(const TargetView& v);

}  // namespace jixiao::targets
