// The annual report's use cases: a region's report of a work year (its figures live, or kept
// once frozen), the narrative saved at the version read, the freeze through
// data/workflows/annual_report.json, and the Word file. The performance office and viewers of
// the region or a region above read it; only the region's own office writes; every other role
// gets 403, a region outside the caller's tree 404.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "annual_report/model.h"
#include "annual_report/narrative.h"
#include "annual_report/report_repo.h"
#include "annual_report/template.h"
#include "auth/model.h"
#include "db/database.h"

namespace jixiao::annual_report {

// Where a work year's figures come from (the stages' records, R-RPT-1).
using FigureSetSource =
    std::function<FigureSet(soci::session&, db::Dialect, long long region_id, long long work_year)>;

struct ReportView {
  repo::ReportRecord record;  // version 0 while nothing was saved
  bool frozen = false;
  bool can_edit = false;  // the caller may save and freeze
  FigureSet figures;
  Narrative narrative;  // as saved (placeholders live), or as frozen (expanded)
  ReportDocument document;
  std::vector<Placeholder> placeholders;
};

// The report of a region's work year without a caller (the command line): the kept figures and
// narrative once frozen, else the live ones. Throws not_found for an unknown region.
ReportDocument report_document(soci::session& s, db::Dialect dialect,
                               const FigureSetSource& figures, long long region_id, long long year);

class AnnualReportService {
 public:
  AnnualReportService(db::Database& db, FigureSetSource figures)
      : db_(db), figures_(std::move(figures)) {}

  // region_id 0: the caller's own region.
  ReportView get(const auth::Principal& me, long long year, long long region_id);
  // Saves the narrative given whole at the version read (0 before the first save): an unknown
  // field or placeholder is invalid("narrative.<field>"), a frozen report or a stale version a
  // conflict; nothing changes then.
  ReportView save(const auth::Principal& me, long long year, long long region_id,
                  const Narrative& narrative, long long version);
  ReportView freeze(const auth::Principal& me, long long year, long long region_id,
                    long long version);

 private:
  db::Database& db_;
  FigureSetSource figures_;
};

}  // namespace jixiao::annual_report
