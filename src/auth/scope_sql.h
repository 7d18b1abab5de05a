// Turns a caller's data scope into a bound WHERE condition over a table's own columns.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "db/query.h"

namespace jixiao::auth {

// The columns of the table being filtered that place a row in the organisation.
struct ScopeColumns {
  const char* region_id;      // e.g. "p.region_id"
  const char* department_id;  // e.g. "p.department_id"
  const char* unit_id;        // e.g. "p.unit_id"
};

// Appends "SELECT id FROM regions WHERE ..." for the region of path and every region under it.
void append_regions_under(db::Query& q, const std::string& path);

// Appends "(condition)" restricting rows to the scope; DataScope::none appends "(1 = 0)".
void append_scope(db::Query& q, const DataScope& scope, const ScopeColumns& cols);

// The scope of a page walked in an index's order (year, then id or a sort key). Over a tree of
// several regions the region is tested per row (the unary + keeps the region list from steering
// the index choice), so the walk stops after one page instead of reading every region and
// sorting; a tree of one region is that region's own (year, region_id, ...) index. Other scopes
// are append_scope's.
void append_page_scope(soci::session& s, db::Query& q, const DataScope& scope,
                       const ScopeColumns& cols);

}  // namespace jixiao::auth
