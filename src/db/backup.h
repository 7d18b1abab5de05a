// Online backup of a SQLite database into one file (evidence files included, as they live in it).
#pragma once

#include <string>

#include "db/database.h"

namespace jixiao::db {

// Writes a consistent copy while the server keeps serving (VACUUM INTO runs in one read
// transaction). Refuses to overwrite an existing file. PostgreSQL: see docs/OPERATIONS.md.
void backup_sqlite(Database& db, const std::string& target_path);

}  // namespace jixiao::db
