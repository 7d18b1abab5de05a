// Who reads a region's annual report and its figures: the performance office and viewers of the
// region or a region above it. Every other role is refused (the rows behind a figure cross every
// unit), and a region outside the caller's tree is not found, as anything not theirs.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "org/model.h"

namespace jixiao::annual_report {

// The region asked for (0: the caller's own) once the caller may read it.
org::Region readable_region(soci::session& s, const auth::Principal& me, long long region_id);

}  // namespace jixiao::annual_report
