// The audit log: every write records who, when, what, before and after, in an append-only table
// whose rows are chained by SHA-256 so that an edited or deleted row is detected.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"

namespace jixiao::audit {

struct Entry {
  long long actor_id = 0;  // 0 for the system (command line, demo)
  std::string actor;       // username, or "system"
  std::string action;      // "create", "update", "delete", "login", "submit", ...
  std::string entity;      // table-like name: "project", "user", "unit"
  long long entity_id = 0;
  long long region_id = 0;
  std::string before_json = "null";
  std::string after_json = "null";
};

// The one way an entry is begun: the caller's action on one document (before and after are
// filled by the caller). The command line and the demo act as the system (actor_id 0).
Entry entry(const auth::Principal& me, std::string action, std::string entity, long long entity_id,
            long long region_id);
Entry system_entry(std::string action, std::string entity, long long entity_id,
                   long long region_id);

struct Record {
  long long id = 0;
  std::string at;
  Entry entry;
  std::string prev_hash;
  std::string hash;
  std::string actor_name;  // the person's display name, read by history() only
  long long hash_version = 1;
  bool actor_id_null = false;  // as stored: NULL, not 0 (version 2 tells them apart)
  bool region_id_null = false;
};

// The hash of a row: SHA-256 over its fields and the previous row's hash (pure). Version 1, of
// the rows written before migration 0008: neither the id nor NULL against 0 is covered.
std::string row_hash(const std::string& prev_hash, const std::string& at, const Entry& e);
// Version 2, of every row written since: every column (the id, the version, NULL marked apart
// from 0) and the previous row's hash, length-prefixed.
std::string row_hash_v2(long long id, const std::string& prev_hash, const std::string& at,
                        const Entry& e, bool actor_id_null = false, bool region_id_null = false);
// The hash a stored row should carry, by its version (empty for a version unknown).
std::string expected_hash(const Record& r);

// Appends one entry inside the caller's write transaction (so it commits or rolls back with the
// change it describes). Appends are serialised so that the chain never forks; each row takes
// the id after the last one's, so the ids of a version-2 chain have no gaps.
void append(soci::session& s, db::Dialect dialect, const Entry& e);

// Entries about one entity, oldest first (the timeline of a document).
std::vector<Record> history(soci::session& s, const std::string& entity, long long entity_id,
                            int limit);

// The chain's end: how many rows, and the last one's id and hash. Written to the server log and
// /metrics as it moves, so that a later `audit verify --count N --head HASH` finds a chain cut
// short (rows deleted from its end, or all of them), which the chain alone cannot show.
struct Head {
  long long rows = 0;
  long long id = 0;
  std::string hash;
};
Head read_head(soci::session& s);
// "rows=N id=I hash=H", as logged and printed.
std::string describe(const Head& h);

// What the chain must still hold: a head recorded earlier (its hash, and the count of rows up to
// and including it).
struct Anchor {
  std::optional<std::string> head;
  std::optional<long long> count;
};

struct Break {
  long long id = 0;  // the row at fault, or the first of the rows missing
  std::string reason;
};

struct Verification {
  bool ok = true;
  long long rows = 0;
  Head head;                      // the last row read
  long long first_broken_id = 0;  // the first break's id, when !ok
  std::string reason;             // ... and its reason
  std::vector<Break> breaks;      // every break, in order (the first kMaxBreaks)
  long long break_count = 0;      // all of them
};
inline constexpr std::size_t kMaxBreaks = 1000;
// Walks the whole chain in id order, streaming, and reports every break: an edited row, a row
// missing (named by its id where the ids show it), rows renumbered or inserted, a version that
// goes back, and an anchor the chain no longer reaches.
Verification verify_chain(db::Database& db, const Anchor& anchor = {});

}  // namespace jixiao::audit
