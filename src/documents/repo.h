// SQL for official documents. Reads take the caller's scope over the document's region,
// department and unit (those of its subject).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "documents/model.h"

namespace jixiao::documents::repo {

// The next number of a region's year and kind (1, 2, …): taken under the row's lock, so two
// writers never get the same one; a transaction that rolls back gives its number back, as it
// issued nothing.
long long next_seq(soci::session& s, long long region_id, long long year, const std::string& kind);
long long insert(soci::session& s, const OfficialDocument& d);
std::optional<OfficialDocument> find(soci::session& s, long long id, const auth::DataScope& scope);
// A subject's documents, oldest first (a target's 批复 and opinions).
std::vector<OfficialDocument> of_subject(soci::session& s, const std::string& subject,
                                         long long subject_id, const auth::DataScope& scope);

struct RegisterFilter {
  long long year = 0;
  std::optional<std::string> kind;
  int limit = 50;
  long long offset = 0;
};
// 发文登记: the documents a region issued in a year, newest first (without their bodies);
// returns up to limit + 1 rows.
std::vector<OfficialDocument> issued(soci::session& s, const RegisterFilter& f,
                                     const auth::DataScope& scope);
long long count_issued(soci::session& s, const RegisterFilter& f, const auth::DataScope& scope);

}  // namespace jixiao::documents::repo
