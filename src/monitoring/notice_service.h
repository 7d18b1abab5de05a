// Issuing 预警纠偏告知函 at a checkpoint (R-MO-2): one notice per unit for its warned reports
// not noticed yet, each warned report handed to the findings ledger (rectify/) to be answered
// by the due date (R-RA-1). All in one transaction; a second call issues nothing new.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "documents/model.h"
#include "monitoring/model.h"

namespace jixiao::monitoring {

struct IssuedNotices {
  long long issued = 0;
  std::vector<documents::OfficialDocument> documents;
};

// The notices of the checkpoint's warned reports without a finding, dated issued_on (today when
// empty), issued by the user named; `by` begins each audit entry. The one way notices are issued
// (the office's route and the demo).
IssuedNotices issue_warning_notices(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                                    const std::string& issued_on, long long issued_by,
                                    const audit::Entry& by);

// A notice issued at a checkpoint with where its findings stand.
struct NoticeSummary {
  documents::OfficialDocument document;
  long long findings = 0;
  long long open = 0;
  long long answered = 0;
  long long closed = 0;
  long long overdue = 0;  // open after the due date (R-RA-1)
  std::string due;        // the answer's due date, the same for all its findings
};

class NoticeService {
 public:
  explicit NoticeService(db::Database& db) : db_(db) {}

  // The office of the checkpoint's region.
  IssuedNotices issue_notices(const auth::Principal& me, long long checkpoint_id);
  // The notices in the caller's scope, of a checkpoint it sees.
  std::vector<NoticeSummary> notices(const auth::Principal& me, long long checkpoint_id);

 private:
  db::Database& db_;
};

}  // namespace jixiao::monitoring
