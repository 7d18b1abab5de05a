// Issuing, reading and listing official documents. A stage issues a letter inside the
// transaction of the decision it records, so both commit or neither does.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "documents/model.h"
#include "documents/repo.h"

namespace jixiao::documents {

// Numbers the draft by its region's R-DOC-1 template, names the region's finance bureau as
// issuer, stores it dated today and records `by` (an audit entry begun for the deciding person,
// or the system) as its issue. issued_by is the user the document names as having issued it.
OfficialDocument issue(soci::session& s, db::Dialect dialect, const DocumentDraft& draft,
                       long long issued_by, audit::Entry by);

struct RegisterPage {
  std::vector<OfficialDocument> items;
  bool more = false;
  long long total = 0;
};

class DocumentService {
 public:
  explicit DocumentService(db::Database& db) : db_(db) {}

  OfficialDocument get(const auth::Principal& me, long long id);
  // 发文登记 of the caller's scope: finance staff only.
  RegisterPage issued(const auth::Principal& me, repo::RegisterFilter f);

 private:
  db::Database& db_;
};

}  // namespace jixiao::documents
