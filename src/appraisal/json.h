// The appraisal's JSON: the scorecard (also what an appraisal keeps as its scores), the rows
// behind a point, the weights and an appraisal with the actions its caller may take.
#pragma once

#include <boost/json/object.hpp>

#include "appraisal/model.h"
#include "appraisal/service.h"
#include "auth/model.h"

namespace jixiao::appraisal {

boost::json::object scorecard_json(const Scorecard& card);
boost::json::object rows_json(const RowsPage& page, int limit, long long offset);
boost::json::object weights_json(const WeightsView& v);
boost::json::object appraisal_json(const Appraisal& a, const auth::Principal& me);

}  // namespace jixiao::appraisal
