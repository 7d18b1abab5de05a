// SQL of the experts' quality sheets of an agency's plan and report (R-KE-4,
// key_evaluation_quality_sheets) and of the evaluation's score sheets (R-KE-1 or R-KE-2,
// key_evaluation_score_sheets).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

namespace jixiao::key_evaluation {

struct QualitySheetRecord {
  long long id = 0;
  long long evaluation_id = 0;
  long long expert_id = 0;
  std::string expert_name;
  std::string stage;  // plan | report
  long long round = 1;
  std::string scores_json;  // {item code: hundredths}
  long long total = 0;      // hundredths
  std::string comment;
  std::string submitted_at;
};

// One evaluator's score sheet, hundredths per part of the kind's sheet.
struct ScoreSheetRecord {
  long long id = 0;
  long long evaluation_id = 0;
  std::string evaluator;
  std::string scores_json;  // {part code: hundredths}
  long long submitted_by = 0;
  std::string submitted_at;
};

}  // namespace jixiao::key_evaluation

namespace jixiao::key_evaluation::quality_repo {

// The sheets of an evaluation by stage and round (all of them for stage ""), of one expert when
// expert_id > 0; in stage, round and expert order.
std::vector<QualitySheetRecord> sheets(soci::session& s, long long evaluation_id,
                                       const std::string& stage, long long round,
                                       long long expert_id = 0);
// Writes the expert's sheet of the stage and round, replacing one it wrote before.
void save(soci::session& s, const QualitySheetRecord& r);
// Whether the expert scored anything of the evaluation.
bool scored(soci::session& s, long long evaluation_id, long long expert_id);

std::vector<ScoreSheetRecord> score_sheets(soci::session& s, long long evaluation_id);
// Replaces the evaluation's score sheets with these.
void replace_score_sheets(soci::session& s, long long evaluation_id,
                          const std::vector<ScoreSheetRecord>& sheets);

}  // namespace jixiao::key_evaluation::quality_repo
