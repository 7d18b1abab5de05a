// Where each scorecard item's counts come from (R-AP-1): a registry of item sources, each with
// its Chinese label, the rule behind it, a function answering its numerator and denominator for
// a year by region and department of a region tree, and one writing the SQL of the rows behind
// an item for one subject. The stages' own tables are read here (the disclosure rate included);
// a later stage adds its item by one add() while the app is wired. An item of the weights with
// no source is shown as not applied.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.h"
#include "db/query.h"

namespace jixiao::appraisal {

// What a source needs to count: the year, the appraising region's tree, the day counts run to
// (items due by it) and R-RA-1's days for a key evaluation's results.
struct Context {
  long long year = 0;
  long long region_id = 0;
  std::string region_path;  // "/1/4/"
  std::string today;        // ISO date
  long long results_days = 20;
  db::Dialect dialect = db::Dialect::sqlite;
};

// One subject of a scorecard: a department of the appraising region's own level, or a region a
// level down with everything below it.
struct Subject {
  enum class Kind { department, region };
  Kind kind = Kind::department;
  long long id = 0;
  std::string region_path;  // a region subject's path
};

// A source's counts for one region and department (department 0: the region's own, e.g. a key
// evaluation's results, which finance sends).
struct Counts {
  long long region_id = 0;
  long long department_id = 0;
  long long numerator = 0;
  long long denominator = 0;
};

// A row behind an item: the rows SQL selects these columns, in this order:
//   kind, id, title, unit_name, amount_fen, counted (0/1), status, note
// amount_fen is the row's money (the denominator's share for a money item), counted whether the
// row is in the numerator.
struct Row {
  std::string kind;  // "project", "target", "monitoring_report", ...
  long long id = 0;
  std::string title;
  std::string unit_name;
  long long amount_fen = 0;
  long long counted = 0;
  std::string status;  // the row's state, as its stage names it
  std::string note;    // what decided it: a due date, a date done, a review score
};

struct ItemSource {
  std::string code;     // "target_count"
  std::string label;    // 目标覆盖率（个数）
  std::string rule_id;  // "R-AP-1"
  std::string rule;     // the rule in a sentence, for the tooltip
  bool money = false;   // numerator and denominator in fen
  // The counts of the year over the region tree by region and department.
  std::function<std::vector<Counts>(soci::session&, const Context&)> counts;
  // Appends the SELECT of the rows behind the item for one subject (columns as Row's).
  std::function<void(db::Query&, const Context&, const Subject&)> rows;
  // The Chinese label of a row's status.
  std::function<std::string(std::string_view kind, std::string_view status)> status_label;
  // The note as shown, when the SQL cannot write it (points from hundredths); none: as selected.
  std::function<std::string(std::string_view note)> note_text;
};

// The items known to the scorecard, in the rule's order, with their labels: the ones with no
// source yet still have a name and a rule to show.
struct ItemInfo {
  std::string code;
  std::string label;
  std::string rule_id;
  std::string rule;
};
const std::vector<ItemInfo>& known_items();
const ItemInfo* find_item(std::string_view code);

class Sources {
 public:
  Sources();  // with the stages' sources this module reads (sources_*.cpp)
  // Throws std::logic_error when the item already has a source.
  void add(ItemSource source);
  const ItemSource* find(std::string_view code) const;

 private:
  std::vector<ItemSource> sources_;
};

// Helpers for the sources: "col IN (regions of the tree)" and the subject's condition.
void append_tree(db::Query& q, const Context& c, const char* region_col);
void append_subject(db::Query& q, const Context& c, const Subject& s, const char* region_col,
                    const char* department_col);
// Runs a counts query selecting region_id, department_id, numerator, denominator.
std::vector<Counts> fetch_counts(soci::session& s, db::Query& q);
// The state label of a workflow's state ("monitoring_report", "pending" → 待填报).
std::string workflow_state_label(std::string_view entity, std::string_view status);

// The sources of the stages before this one, by file.
void add_target_sources(Sources& s);
void add_monitoring_sources(Sources& s);
void add_self_evaluation_sources(Sources& s);
void add_timeliness_source(Sources& s);
void add_rectification_source(Sources& s);
void add_disclosure_source(Sources& s);

}  // namespace jixiao::appraisal
