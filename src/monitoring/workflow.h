// The monitoring report's workflow (data/workflows/monitoring_report.json) and which of its
// actors a caller plays for one report.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string_view>

#include "auth/model.h"
#include "monitoring/model.h"
#include "monitoring/repo.h"
#include "workflow/workflow.h"

namespace jixiao::monitoring {

const workflow::Workflow& report_workflow();

// The actors the caller plays for the report: author (it is in the caller's write scope),
// section (the business section in charge of its department), office and office_direct.
workflow::Actors report_actors(soci::session& s, const auth::Principal& me, const Report& r);

// The states a named queue ("section", "office") acts in, for the review lists.
std::optional<repo::Queue> named_queue(std::string_view name);

}  // namespace jixiao::monitoring
