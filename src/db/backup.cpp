#include "db/backup.h"

#include <filesystem>

#include "base/error.h"

namespace jixiao::db {

void backup_sqlite(Database& db, const std::string& target_path) {
  if (db.dialect() != Dialect::sqlite)
    throw precondition("not_sqlite", "PostgreSQL 请使用 pg_dump 备份（见 docs/OPERATIONS.md）");
  if (std::filesystem::exists(target_path))
    throw precondition("exists", "备份文件已存在：" + target_path);
  db.read([&](soci::session& s) { s << "VACUUM INTO :path", soci::use(target_path); });
}

}  // namespace jixiao::db
