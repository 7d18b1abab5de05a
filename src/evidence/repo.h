// SQL for evidence files. The bytes live in evidence_files.content: BLOB on SQLite (bound through
// soci::blob) and BYTEA on PostgreSQL (passed as hex through decode/encode, because SOCI's
// PostgreSQL blob is a large object, not a bytea).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.h"
#include "evidence/model.h"

namespace jixiao::evidence::repo {

// Stores f's metadata (its id, uploader name ignored) with the bytes; returns the new id.
long long insert(soci::session& s, db::Dialect d, const EvidenceFile& f, std::string_view content);
std::optional<EvidenceFile> find(soci::session& s, long long id);
// A document's files, oldest first, without their bytes.
std::vector<EvidenceFile> list(soci::session& s, const std::string& document_type,
                               long long document_id);
long long count(soci::session& s, const std::string& document_type, long long document_id);
// The bytes of a file; nullopt when it does not exist.
std::optional<std::string> content(soci::session& s, db::Dialect d, long long id);
// False when the file did not exist.
bool remove(soci::session& s, long long id);

}  // namespace jixiao::evidence::repo
