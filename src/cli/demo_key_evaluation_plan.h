// The demo's plan of key evaluations for the working year (评价计划): the prefecture's office has
// begun it with the two biggest suggestions (one with a red warning), a policy and a project
// finance evaluates itself, so that the page opens with coverage and suggestions side by side.
#pragma once

#include <soci/soci.h>

#include "db/database.h"

namespace jixiao::cli {

void insert_demo_key_evaluation_plan(soci::session& s, db::Dialect dialect, long long region_id,
                                     long long year, long long office_user);

}  // namespace jixiao::cli
