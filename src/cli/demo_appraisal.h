// The demo's appraisal of the year before (绩效管理工作考核, R-AP-1): the prefecture's office
// computes the scorecards of its departments and of its counties from the records of every stage,
// and issues the departments' with its notice (绩效管理工作考核结果通报); the counties' stays
// computed for the office to issue. Through the service, as the office would.
#pragma once

#include "db/database.h"

namespace jixiao::cli {

void insert_demo_appraisal(db::Database& db, long long year);

}  // namespace jixiao::cli
