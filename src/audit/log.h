// The audit log: every write records who, when, what, before and after, in an append-only table
// whose rows are chained by SHA-256 so that an edited or deleted row is detected.
#pragma once

#include <soci/soci.h>

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
};

// The hash of a row: SHA-256 over its fields and the previous row's hash (pure).
std::string row_hash(const std::string& prev_hash, const std::string& at, const Entry& e);

// Appends one entry inside the caller's write transaction (so it commits or rolls back with the
// change it describes). Appends are serialised so that the chain never forks.
void append(soci::session& s, db::Dialect dialect, const Entry& e);

// Entries about one entity, oldest first (the timeline of a document).
std::vector<Record> history(soci::session& s, const std::string& entity, long long entity_id,
                            int limit);

struct Verification {
  bool ok = true;
  long long rows = 0;
  long long first_broken_id = 0;  // when !ok
  std::string reason;
};
// Walks the whole chain in id order, streaming.
Verification verify_chain(db::Database& db);

}  // namespace jixiao::audit
