// SQL of the disclosure items. The caller's scope is a parameter of every office read; the
// public reads (repo_public.h) see published rows only.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "disclosure/model.h"
#include "disclosure/rules.h"

namespace jixiao::disclosure::repo {

struct Filter {
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> kind;
  std::optional<long long> region_id;
  std::optional<long long> department_id;
  std::optional<std::string> overdue_on;  // not published and due before this day
  std::optional<std::string> title;       // part of the name
  std::optional<std::string> due_on;      // due on or before this day, or published
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

// Creates the missing items of one region's year from its stages' records, one INSERT … SELECT
// per kind (idempotent: UNIQUE (kind, source_id) and NOT EXISTS). Returns how many were added.
long long open_region(soci::session& s, db::Dialect dialect, long long region_id, long long year,
                      const DueSettings& settings, const std::string& now);

std::optional<Disclosure> find(soci::session& s, long long id, const auth::DataScope& scope);
// By id, newest first.
std::vector<Disclosure> list(soci::session& s, const Filter& f, const auth::DataScope& scope);
long long count(soci::session& s, const Filter& f, const auth::DataScope& scope);
// Writes status, snapshot, publication and withdrawal, and moves the version on; false when it
// moved on already.
bool update(soci::session& s, const Disclosure& d, long long expected_version);

// The names of the people known to the system (accounts, experts, agencies' contacts), for the
// personal-data check of a snapshot.
std::vector<std::string> known_names(soci::session& s);

}  // namespace jixiao::disclosure::repo
