// Budget review use cases: the batch table in the caller's scope, finance's batch entry and
// import (all or nothing, audited, on the project's timeline), the statistics from the kept
// totals, and what follows a project's steps (its record appears when it is declared).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "base/csv_header.h"
#include "budget_review/model.h"
#include "budget_review/repo.h"
#include "db/database.h"
#include "projects/service.h"

namespace jixiao::budget_review {

struct ReviewPage {
  std::vector<Review> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
  std::optional<Figures> figures;  // of the filtered set, first page only
  std::vector<Reason> reasons;     // the caller's region's list for the year (R-BR-1)
  bool reason_required = true;
  bool can_review = false;  // the caller enters reviews (finance)
};

// One row of a batch entry: the project and the version of its review as the caller saw it.
struct BatchItem {
  long long project_id = 0;
  long long version = 0;
  Entry entry;
};

struct ImportAnswer {
  long long imported = 0;
  std::vector<ImportError> errors;  // any error means nothing was written
};

// A row of the statistics: a region (its whole subtree), a department or a fund type.
struct StatisticsRow {
  std::string key;
  std::string label;
  Figures figures;
};

struct ReviewStatistics {
  long long year = 0;
  std::optional<std::string> region_name;  // for a region-tree reader
  Figures total;                           // 本级及下级合计 (or the caller's scope)
  std::optional<Figures> own_level;        // 本级
  std::vector<StatisticsRow> by_region;    // the regions one level down, by code
  std::vector<StatisticsRow> by_department;
  std::vector<StatisticsRow> by_fund_type;
};

class ReviewService {
 public:
  explicit ReviewService(db::Database& db) : db_(db) {}

  ReviewPage list(const auth::Principal& me, const repo::ReviewFilter& filter);
  // Writes every item or none; errors name the item ("items[3].approved_fen"). Returns the
  // reviews as saved.
  std::vector<Review> save_batch(const auth::Principal& me, std::vector<BatchItem> items);
  // A CSV of 项目编码, 审定金额（万元）, 审减原因, 说明 for the caller's region and the year: every
  // row written or none. dry_run checks without writing.
  ImportAnswer import(const auth::Principal& me, long long year, const std::string& csv_text,
                      bool dry_run);
  ReviewStatistics statistics(const auth::Principal& me, long long year,
                              std::optional<long long> region_id);

  // What the projects stage is told of: a declared project gets its pending review; one that
  // leaves the proposal (withdrawn, returned, cancelled) loses a pending review, and a done one
  // is kept as withdrawn, out of the figures, until the project is declared again (then its
  // review starts afresh from the new amount). A pending review follows the amount of its
  // declared project (a later stage may set it); a done one keeps the amount it reviewed.
  static projects::ProjectWatch project_watch();
  // The review's entries on the project's timeline.
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);
  // Whether finance has entered the project's approved amount (the approval gate's condition).
  static bool review_done(soci::session& s, long long project_id);

 private:
  // Checks items inside the caller's transaction: each review before and as it would be saved.
  static std::vector<std::pair<Review, Review>> check_items(soci::session& s,
                                                            const auth::Principal& me,
                                                            const std::vector<BatchItem>& items,
                                                            bool by_version);
  // Checks and writes items inside the caller's transaction (batch and import share it).
  std::vector<Review> apply(soci::session& s, const auth::Principal& me,
                            std::vector<BatchItem>& items, bool by_version);

  db::Database& db_;
};

}  // namespace jixiao::budget_review
