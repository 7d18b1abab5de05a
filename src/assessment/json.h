// The JSON of ex-ante assessments: views, list rows, the sheet, need answers, statistics.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "assessment/service.h"

namespace jixiao::assessment {

boost::json::object assessment_json(const Assessment& a);
boost::json::object view_json(const AssessmentView& v);
boost::json::object sheet_json(const Sheet& sheet, const std::string& kind,
                               const std::string& source);
boost::json::object need_json(const NeedView& v);
boost::json::object statistics_json(const Statistics& st);
// A sheet's items as sent: [{key, score}] with scores in points (two decimals at most; null
// for an item left empty). Throws invalid("items[i].score") naming the item.
std::vector<ItemInput> read_items(const boost::json::value* items);

}  // namespace jixiao::assessment
