// The JSON of the monitoring stage: spending figures, checkpoints, report rows and views.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "monitoring/service.h"

namespace jixiao::monitoring {

boost::json::object execution_json(const Execution& e);
boost::json::array series_json(const std::vector<Execution>& series);
boost::json::object checkpoint_json(const Checkpoint& c, bool running = false);
boost::json::object report_json(const Report& r);
boost::json::object view_json(const ReportView& v);
boost::json::object outcome_json(const Outcome& o);
boost::json::object early_warning_json(const EarlyWarning& w);
boost::json::object preview_json(const RulePreview& p);
boost::json::object outcome_total_json(const repo::OutcomeTotal& t);
// Money in fen with its 万元 text; rates per R-MON-2 (two decimals, null for a zero
// denominator).
boost::json::object statistics_json(const Statistics& st);
// The answers as sent: [{position, value_so_far, projected_value, likelihood, reason,
// correction}]; errors name "indicators[i].field".
std::vector<IndicatorReport> read_answers(const boost::json::value* items);

}  // namespace jixiao::monitoring
