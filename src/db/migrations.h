// Numbered SQL migrations (db/migrations/NNNN_name.sql), compiled into the binary.
#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace jixiao::db {

struct MigrationSource {
  const char* name;  // "0001_foundation.sql"
  const char* sql;
};

const std::vector<MigrationSource>& embedded_migrations();

// The schema version this binary expects: the number of its newest migration.
long long latest_schema_version();
// The version recorded in the database, 0 when none was applied.
long long current_schema_version(Database& db);
// Applies every missing migration, each in its own transaction. Returns how many were applied.
int migrate(Database& db);
// Throws unless the database is exactly at latest_schema_version(): a server must not run
// against an unmigrated schema, nor against one written by a newer release.
void require_current_schema(Database& db);

// One migration's text with the dialect hooks ({{id}}, {{blob}}) filled in and split into
// statements (a statement ends with ';' at the end of a line); a statement that starts with
// {{sqlite}} or {{postgresql}} is kept for that dialect only.
std::vector<std::string> migration_statements(const std::string& sql, Dialect dialect);

}  // namespace jixiao::db
