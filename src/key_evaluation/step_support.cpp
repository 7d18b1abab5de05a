#include "key_evaluation/step_support.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/error.h"
#include "key_evaluation/evaluation_json.h"
#include "key_evaluation/evaluation_repo.h"
#include "rules/service.h"

namespace jixiao::key_evaluation::step_support {

Loaded load(soci::session& s, const auth::Principal& me, long long id) {
  Loaded l{evaluation_caller(s, me), {}};
  l.e = evaluation_or_404(s, l.caller, id);
  return l;
}

KeyEvaluationSettings settings_of(soci::session& s, const KeyEvaluation& e) {
  return key_evaluation_settings(rules::effective_rules(s, e.region_id, e.year));
}

std::optional<EvaluationScore> final_score(const KeyEvaluation& e,
                                           const std::vector<ScoreSheetRecord>& stored,
                                           const ScoreSettings& settings) {
  const auto def = score_sheet_for(e.kind, settings);
  std::vector<ExpertSheet> sheets;
  for (const auto& r : stored) sheets.push_back(stored_sheet(r.scores_json, def));
  if (sheets.empty()) return std::nullopt;
  return score_evaluation(sheets, def, settings.grades);
}

long long plan_round(soci::session& s, long long evaluation_id) {
  long long submitted = 0;
  s << "SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation' AND entity_id = :id AND "
       "action = 'submit_plan'",
      soci::use(evaluation_id), soci::into(submitted);
  return std::max(submitted, 1LL);
}

std::string snapshot(const KeyEvaluation& e) {
  auto o = evaluation_json(e, {});
  o.erase("actions");
  return boost::json::serialize(o);
}

void refuse_conflicts(const std::string& field, const std::string& who,
                      const std::vector<Conflict>& conflicts) {
  if (conflicts.empty()) return;
  std::string detail;
  boost::json::array list;
  for (const auto& c : conflicts) {
    detail += (detail.empty() ? "" : "；") + c.reason;
    list.push_back({{"code", conflict_code(c.code)}, {"reason", c.reason}, {"rule", c.rule}});
  }
  // 422 with the field: the request is well formed, the candidate may not take the job.
  AppError e(ErrorKind::precondition, "conflict_of_interest",
             who + "存在利益冲突，应当回避（R-KE-3）：" + detail, field);
  e.with_extra(boost::json::serialize(boost::json::object{{"conflicts", std::move(list)}}));
  throw e;
}

}  // namespace jixiao::key_evaluation::step_support
