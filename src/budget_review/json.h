// The budget review's JSON: a table row, the figures of a set, the statistics; and the
// statistics as CSV for the spreadsheet export.
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "budget_review/service.h"

namespace jixiao::budget_review {

boost::json::object review_json(const Review& r, const ReviewSettings& settings);
// What the audit log keeps of a review (before and after an entry).
boost::json::object audit_json(const Review& r);
boost::json::object figures_json(const Figures& f);
boost::json::object statistics_json(const ReviewStatistics& st);
// The statistics table as CSV (UTF-8 with a BOM, so that a spreadsheet reads the Chinese).
std::string statistics_csv(const ReviewStatistics& st);

}  // namespace jixiao::budget_review
