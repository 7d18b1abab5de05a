// Turns a caller's data scope into a bound WHERE condition over a table's own columns.
#pragma once

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

}  // namespace jixiao::auth
