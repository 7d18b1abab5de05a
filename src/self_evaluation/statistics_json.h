// The JSON of the self-evaluation statistics: each row's counts, money in fen (a province's
// answer by department lists some two thousand rows, so no 万元 texts beside it), and its rates
// with two decimals or null where nothing is there to divide by (R-MON-2).
#pragma once

#include <boost/json/object.hpp>

#include "self_evaluation/statistics.h"

namespace jixiao::self_evaluation {

boost::json::object statistics_json(const Statistics& st);

}  // namespace jixiao::self_evaluation
