// StepService::step: each action of a key evaluation's workflow after it is planned, with what
// the action needs before it is taken and what it sets, in one transaction with its timeline.
#include <algorithm>
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "key_evaluation/conflict_facts.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/registry_repo.h"
#include "key_evaluation/score.h"
#include "key_evaluation/step_service.h"
#include "key_evaluation/step_support.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

using namespace step_support;

long long evidence_files(soci::session& s, long long id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM evidence_files WHERE document_type = 'key_evaluation' AND "
       "document_id = :id",
      soci::use(id), soci::into(n);
  return n;
}

// An active agency of the evaluation's region with a contract for the plan, free of conflicts
// with its subject (R-KE-3).
void commission(soci::session& s, KeyEvaluation& e, const StepInput& in) {
  if (e.mode != "agency") throw invalid("action", "财政自行评价的对象不委托第三方机构");
  if (!in.agency_id) throw invalid("agency_id", "请选择受托的第三方机构");
  if (!in.contract_fee_fen) throw invalid("contract_fee_fen", "请填写本项评价的合同费用");
  const auto agency =
      registry_repo::find_agency(s, *in.agency_id, RegistryReader{.region_path = "/"});
  if (!agency || agency->region_id != e.region_id)
    throw invalid("agency_id", "该机构不在本地区的第三方机构名录中");
  if (agency->status != "active") throw invalid("agency_id", "该机构已暂停委托，不能承接评价");
  // Engaged by procurement (R-KE-3): a contract of the year the plan is carried out (the year
  // after the money's) or of the money's year.
  if (std::ranges::none_of(agency->years, [&](const AgencyYear& y) {
        return y.year == e.year + 1 || y.year == e.year;
      }))
    throw invalid("agency_id", "该机构没有 " + std::to_string(e.year + 1) + " 年度（或 " +
                                   std::to_string(e.year) +
                                   " 年度）的委托合同，请先在第三方机构库登记");
  const auto candidate = agency_candidate(s, agency->id);
  refuse_conflicts("agency_id", agency->name,
                   conflicts_of(s, e, *candidate, settings_of(s, e).lookback_years));
  e.agency_id = agency->id;
  e.agency_name = agency->name;
  e.contract_fee_fen = *in.contract_fee_fen;
}

// Every assigned expert's sheet of the stage's round, at least one expert.
std::vector<long long> closed_sheets(soci::session& s, const KeyEvaluation& e,
                                     const std::string& stage, long long round) {
  const auto experts = assignment_repo::list(s, e.id);
  if (experts.empty()) throw invalid("experts", "请先指派专家评审");
  const auto sheets = quality_repo::sheets(s, e.id, stage, round);
  std::string missing;
  std::vector<long long> totals;
  for (const auto& a : experts) {
    const auto it = std::find_if(sheets.begin(), sheets.end(), [&](const QualitySheetRecord& r) {
      return r.expert_id == a.expert_id;
    });
    if (it == sheets.end())
      missing += (missing.empty() ? "" : "、") + a.expert_name;
    else
      totals.push_back(it->total);
  }
  if (!missing.empty()) throw invalid("experts", "还有专家没有提交质量评分表：" + missing);
  return totals;
}

// The report's quality decides: below the bar the first time → rework; else the fee (R-KE-4).
std::string close_report(soci::session& s, KeyEvaluation& e, boost::json::object& after) {
  const auto totals = closed_sheets(s, e, "report", report_round(e));
  const StageQuality q = stage_quality(totals);
  const FeeResult fee =
      fee_payable(e.contract_fee_fen, q.score, e.reworked, settings_of(s, e).fee_bands);
  e.quality_score = q.score;
  after["quality_detail"] = q.detail;
  after["fee_detail"] = fee.detail;
  if (fee.state == FeeState::rework_required) {
    e.reworked = true;
    e.fee_payable_fen = -1;
    return "rework";
  }
  e.fee_payable_fen = fee.payable_fen;
  return "pass";
}

std::vector<ExpertSheet> checked_sheets(const std::vector<ScoreSheetInput>& given,
                                        const ScoreSheetDef& def) {
  if (given.empty()) throw invalid("score_sheets", "请填写评价评分表，至少一份");
  std::vector<ExpertSheet> sheets;
  for (std::size_t i = 0; i < given.size(); ++i)
    sheets.push_back(
        check_score_sheet(given[i].scores, def, "score_sheets[" + std::to_string(i) + "]"));
  return sheets;
}

}  // namespace

EvaluationView StepService::step(const auth::Principal& me, long long id, long long version,
                                 const StepInput& in) {
  for (const char* own : {"edit", "delete", "assign_expert", "score_plan", "score_report"})
    if (in.action == own) throw invalid("action", "该操作不通过办理步骤进行");
  if (in.action == "send_results") throw invalid("action", "反馈评价结果请通过评价结果反馈办理");
  return db_.write([&](soci::session& s) {
    auto [caller, e] = load(s, me, id);
    const auto& flow = evaluation_workflow();
    const auto actors = evaluation_actors(s, caller, e);
    // The report review's decision is the quality's, not the caller's: checked as a pass.
    const bool by_quality = in.action == "close_report_review";
    std::string decision = by_quality ? "pass" : in.decision;
    flow.take(e.status, in.action, decision, actors);
    if (e.version != version) throw conflict("version_conflict", kStale, "version");
    const std::string before = snapshot(e);
    boost::json::object after_extra;
    if (in.action == "commission") commission(s, e, in);
    if (in.action == "submit_plan" && evidence_files(s, e.id) == 0)
      throw invalid("evidence", "请先上传评价实施方案");
    if (in.action == "close_plan_review" && in.decision == "pass")
      closed_sheets(s, e, "plan", plan_round(s, e.id));
    if (by_quality) decision = close_report(s, e, after_extra);
    if (in.action == "submit_final") {
      if (!in.score_sheets) throw invalid("score_sheets", "请填写评价评分表");
      const auto settings = settings_of(s, e).score;
      const auto def = score_sheet_for(e.kind, settings);
      const auto sheets = checked_sheets(*in.score_sheets, def);
      const auto score = score_evaluation(sheets, def, settings.grades);
      const std::string at = now_iso();
      std::vector<ScoreSheetRecord> rows;
      for (std::size_t i = 0; i < sheets.size(); ++i)
        rows.push_back({0, e.id, (*in.score_sheets)[i].evaluator, stored_json(sheets[i], def),
                        me.user_id, at});
      quality_repo::replace_score_sheets(s, e.id, rows);
      after_extra["score_detail"] = score.detail;
    }
    if (in.action == "review_final" && in.decision == "pass") {
      const auto found =
          final_score(e, quality_repo::score_sheets(s, e.id), settings_of(s, e).score);
      if (!found) throw invalid("score_sheets", "终稿没有评价评分表");
      const auto& score = *found;
      e.score = score.total;
      e.grade = score.grade;
      e.finalised_at = now_iso();  // R-RA-1's days to send the results run from here
      after_extra["score_detail"] = score.detail;
    }
    if (in.decision == "return" && in.opinion.empty())
      throw invalid("opinion", "退回时请写明需要修改的内容");
    const auto& t = flow.take(e.status, in.action, decision, actors);
    e.status = t.to;
    e.updated_at = now_iso();
    if (!evaluation_repo::move(s, e, version))
      throw conflict("version_conflict", kStale, "version");
    auto after = boost::json::parse(snapshot(e)).as_object();
    after["version"] = version + 1;
    for (auto& [k, v] : after_extra) after[k] = v;
    if (!in.opinion.empty()) after["opinion"] = in.opinion;
    flow.record(s, db_.dialect(), me, t, e.id, e.region_id, before, boost::json::serialize(after));
    auto moved = load(s, me, id);
    return EvaluationView{
        moved.e, flow.allowed_actions(moved.e.status, evaluation_actors(s, moved.caller, moved.e))};
  });
}

std::vector<audit::Record> StepService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const auto loaded = load(s, me, id);
    auto records = audit::history(s, "key_evaluation", id, 500);
    if (evaluation_reader(loaded.caller).fees_visible) return records;
    // The evaluated party's timeline: the steps, without the experts' quality sheets and the fee,
    // which are between finance and the agency (as its reading of the evaluation leaves them out).
    std::vector<audit::Record> out;
    for (auto& r : records) {
      if (r.entry.action == "score_plan" || r.entry.action == "score_report") continue;
      for (auto* side : {&r.entry.before_json, &r.entry.after_json}) {
        auto v = boost::json::parse(*side);
        if (!v.is_object()) continue;
        for (const char* key : {"contract_fee_fen", "quality_score", "reworked", "fee_payable_fen",
                                "quality_detail", "fee_detail"})
          v.as_object().erase(key);
        *side = boost::json::serialize(v);
      }
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace jixiao::key_evaluation
