// Budget review (预算评审): finance's review of each project proposed for a year's budget. The
// amount submitted (送审) is the project's at declaration; finance enters the amount approved
// (审定); the cut (审减) is their difference and the cut rate cut / submitted (R-MON-2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "rules/model.h"

namespace jixiao::budget_review {

// budget_review_status of data/vocabularies/budget_review.json.
std::string_view status_label(std::string_view status);
bool is_status(std::string_view s);

// A cut reason of a region's list (R-BR-1).
struct Reason {
  std::string code;
  std::string label;
};

// R-BR-1 as a region set it for a year: its cut reasons, and whether a cut needs one.
struct ReviewSettings {
  std::vector<Reason> reasons;
  bool reason_required = true;

  // The label of a code; the code itself when the region's list no longer has it.
  std::string label_of(std::string_view code) const;
  // The code for what a person wrote: the code or its label.
  std::optional<std::string> code_of(std::string_view text) const;
};

ReviewSettings review_settings(const rules::RuleSet& rules);
// The shipped defaults, where no region decides (demo and bench data).
const ReviewSettings& national_review_settings();

struct Review {
  long long id = 0;
  long long project_id = 0;
  long long region_id = 0;
  long long year = 0;
  long long department_id = 0;
  long long unit_id = 0;
  std::string fund_type;
  Fen submitted_fen = 0;
  std::optional<Fen> approved_fen;
  std::string cut_reason;
  std::string comment;
  long long reviewer_id = 0;
  std::string reviewed_at;
  std::string status = "pending";
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  // Read with the row, for the table.
  std::string project_code;
  std::string project_name;
  std::string project_status;
  std::string unit_name;
  std::string department_name;
  std::string reviewer_name;
};

// 审减: what finance took off a reviewed project; 0 until an approved amount is entered.
inline Fen cut_fen(Fen submitted, std::optional<Fen> approved) {
  return approved ? submitted - *approved : 0;
}
// 审减率 with two decimals, "—" when nothing was submitted (R-MON-2).
std::string cut_rate(Fen cut, Fen submitted);

// What finance enters for one project.
struct Entry {
  std::optional<Fen> approved_fen;
  std::string cut_reason;  // a code of the region's list, or empty
  std::string comment;
};

// Checks an entry against the project's submitted amount and the region's R-BR-1; throws
// invalid(prefix + field) in Chinese: approved missing, negative or above submitted, a reason
// missing for a cut (when the rule asks for one), unknown, or given where nothing was cut.
void check_entry(const Entry& e, Fen submitted, const ReviewSettings& settings,
                 const std::string& prefix);

// Figures of a set of reviews: only done ones count in the approved and cut money.
struct Figures {
  long long done = 0;
  long long pending = 0;
  Fen submitted_fen = 0;  // of the done reviews
  Fen approved_fen = 0;
  Fen cut_fen = 0;
  Fen pending_fen = 0;  // submitted, still waiting

  void add(const Figures& x) {
    done += x.done;
    pending += x.pending;
    submitted_fen += x.submitted_fen;
    approved_fen += x.approved_fen;
    cut_fen += x.cut_fen;
    pending_fen += x.pending_fen;
  }
};

}  // namespace jixiao::budget_review
