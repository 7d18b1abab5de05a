// 绩效管理工作考核 (R-AP-1): a scorecard of a region's departments or lower regions for a year,
// computed from the stages' records, and the appraisal that freezes it with its notice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "appraisal/scorecard.h"
#include "appraisal/settings.h"
#include "appraisal/sources.h"

namespace jixiao::appraisal {

// A column of the scorecard: an item with its weight and where its counts come from.
struct ItemColumn {
  std::string code;
  std::string label;
  std::string rule_id;
  std::string rule;
  long long weight = 0;     // hundredths of a point
  bool has_source = false;  // false: not applied anywhere (its stage does not feed it yet)
  bool money = false;
};

struct SubjectRow {
  long long subject_id = 0;  // department (unit) id or region id
  std::string name;
  SubjectScore score;
  long long rank = 0;  // 0: no total
};

struct Scorecard {
  long long year = 0;
  std::string subject;  // "department" | "region"
  long long region_id = 0;
  std::string region_name;
  std::string today;
  NotApplicable not_applicable = NotApplicable::rescale;
  std::vector<ItemColumn> items;
  std::vector<SubjectRow> rows;
};

struct RowsPage {
  std::string item;
  long long subject_id = 0;
  bool money = false;
  std::vector<Row> items;
  long long total = 0;  // rows
  bool more = false;
  // The item's counts as the rows give them: for a money item the sums of amount_fen.
  long long numerator = 0;
  long long denominator = 0;
};

struct Appraisal {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  long long year = 0;
  std::string subject;
  std::string status;
  std::string scores;  // JSON of the scorecard as computed ({} before)
  std::optional<std::string> computed_at;
  long long document_id = 0;
  std::string document_number;
  std::optional<std::string> issued_at;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

}  // namespace jixiao::appraisal
