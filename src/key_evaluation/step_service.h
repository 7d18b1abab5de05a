// A key evaluation's workflow after it is planned (data/workflows/key_evaluation.json): the
// commission and its conflicts of interest (R-KE-3), the experts assigned, their quality sheets
// of the agency's plan and report with the fee linked to the report's quality (R-KE-4), the final
// report's score sheets and grade (R-KE-1, R-GR-1), and the timeline. Every request is read
// within the caller's reader (an agency its commissions, an expert its assignments, finance its
// regions): outside it an evaluation does not exist (404).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/assignment_repo.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/fee.h"
#include "key_evaluation/quality.h"
#include "key_evaluation/quality_repo.h"
#include "key_evaluation/score.h"

namespace jixiao::key_evaluation {

// One evaluator's score sheet of the final report: {part code: points} as sent, checked against
// the sheet of the evaluation's kind (R-KE-1 or R-KE-2).
struct ScoreSheetInput {
  std::string evaluator;
  boost::json::value scores;
};

struct StepInput {
  std::string action;
  std::string decision;
  std::string opinion;
  std::optional<long long> agency_id;                        // commission
  std::optional<long long> contract_fee_fen;                 // commission
  std::optional<std::vector<ScoreSheetInput>> score_sheets;  // submit_final
};

// The evaluation as its caller sees it, with what the caller may do next.
struct EvaluationView {
  KeyEvaluation evaluation;
  std::vector<std::string> actions;
};

struct AssignmentView {
  Assignment assignment;
  bool scored = false;  // it wrote a quality sheet: it stays assigned
};

// A stage's sheets and, for those who see every sheet, its quality score.
struct StageSheets {
  std::string stage;  // plan | report
  long long round = 1;
  std::vector<QualitySheetRecord> sheets;  // of the current round
  std::optional<StageQuality> quality;
};

struct QualityView {
  QualityItems items;
  std::vector<StageSheets> stages;          // plan, report
  std::vector<QualitySheetRecord> earlier;  // of rounds before: a plan sent back, a rework
};

struct FeeView {
  Fen contract_fen = 0;
  long long quality_score = -1;  // -1 before the report's quality is known
  std::optional<FeeResult> fee;
};

// The final report's score sheets with the kind's sheet as the region set it (R-KE-1 or R-KE-2),
// and the score and grade (R-GR-1) they give, once there is a sheet.
struct ScoreView {
  ScoreSheetDef sheet;
  std::vector<ScoreSheetRecord> sheets;
  std::optional<EvaluationScore> score;
};

class StepService {
 public:
  explicit StepService(db::Database& db) : db_(db) {}

  EvaluationView step(const auth::Principal& me, long long id, long long version,
                      const StepInput& in);

  std::vector<AssignmentView> experts(const auth::Principal& me, long long id);
  std::vector<AssignmentView> assign_expert(const auth::Principal& me, long long id,
                                            long long expert_id);
  std::vector<AssignmentView> unassign_expert(const auth::Principal& me, long long id,
                                              long long expert_id);

  QualityView quality_sheets(const auth::Principal& me, long long id);
  // stage: plan | report; scores {code: points} as sent.
  QualityView save_quality_sheet(const auth::Principal& me, long long id, const std::string& stage,
                                 const boost::json::value& scores, const std::string& comment);

  FeeView fee(const auth::Principal& me, long long id);
  ScoreView score(const auth::Principal& me, long long id);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
