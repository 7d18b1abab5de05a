// The key-evaluation statistics (重点评价统计): a year's evaluations and their money by kind, fund
// type, grade, progress and mode; the agencies' fees (R-KE-4); the findings the evaluations put
// in the ledger and their rectification (R-RA-1); and the same by the regions a level down. Pure:
// the cells the database groups in, the figures out; rates per R-MON-2 ("—" on a zero
// denominator).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/money.h"
#include "rectify/rules.h"

namespace jixiao::key_evaluation {

// Evaluations of one region alike in every grouped column, with their sums.
struct EvaluationCell {
  long long region_id = 0;
  std::string kind, fund_type, grade, status, mode;  // grade empty until finalised
  long long count = 0;
  Fen budget_fen = 0;
  long long commissioned = 0;  // with an agency
  Fen contract_fen = 0;        // Σ the commissioned ones' contract fees
  long long settled = 0;       // with the fee worked out (R-KE-4)
  Fen settled_contract_fen = 0;
  Fen payable_fen = 0;
};

// Key-evaluation findings of one region alike in status and due date.
struct FindingCell {
  long long region_id = 0;
  std::string status;  // open | answered | closed
  std::string due;     // ISO date
  long long count = 0;
};

// The progress of an evaluation, by its workflow state.
std::string_view status_group(std::string_view status);  // planned | under_way | finalised

struct Figures {
  long long evaluations = 0;
  Fen budget_fen = 0;
  long long planned = 0, under_way = 0, finalised = 0;  // by status_group
  long long commissioned = 0;
  Fen contract_fen = 0;
  long long settled = 0;
  Fen payable_fen = 0;
  Fen deducted_fen = 0;  // contract − payable over the settled
  long long findings = 0;
  rectify::RateCounts rectification;

  void add(const EvaluationCell& c);
  void add(const FindingCell& c, std::string_view today);
  void add(const Figures& f);
};

struct Rates {
  std::string finalised_share;     // finalised ÷ evaluations
  std::string commissioned_share;  // commissioned ÷ evaluations
  std::string payable_share;       // payable ÷ contract over the settled
  std::string rectification_rate;  // R-RA-1
};

Rates rates_of(const Figures& f);

// One value of a grouping (a kind, a fund type, a grade…) with its count and money.
struct Group {
  std::string key;
  long long evaluations = 0;
  Fen budget_fen = 0;
  std::string count_share;   // of all evaluations
  std::string budget_share;  // of all the money
};

struct RegionRow {
  long long region_id = 0;  // the looked-at region itself for its own level (本级)
  std::string name;
  bool own_level = false;
  Figures figures;
};

// Where a region's cells go: the children a level down (in order), every region under the one
// looked at → its child; the looked-at region's own cells are its own level's row.
struct Placement {
  long long looked_at = 0;
  std::string looked_at_name;
  std::vector<std::pair<long long, std::string>> children;
  std::map<long long, long long> row_of;
};

struct Statistics {
  long long year = 0;
  std::string today;
  long long region_id = 0;
  std::string region_name;
  Figures total;
  std::vector<Group> by_kind, by_fund_type, by_grade, by_status, by_mode;
  std::vector<RegionRow> by_region;  // empty when the region has none below it
};

// Sums the cells. Groups in the order of their first appearance in `order` (codes), then the rest
// by code; by_grade counts the finalised ones only.
struct GroupOrder {
  std::vector<std::string> kinds, fund_types, grades;
};
void sum_statistics(Statistics& st, const std::vector<EvaluationCell>& evaluations,
                    const std::vector<FindingCell>& findings, const Placement& p,
                    const GroupOrder& order);

}  // namespace jixiao::key_evaluation
