// StepService's quality sheets (R-KE-4) and fee: an assigned expert scores the agency's plan or
// report while it is under review; the office and the agency read every sheet with the stage's
// quality score, an expert its own.
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "key_evaluation/step_service.h"
#include "key_evaluation/step_support.h"

namespace jixiao::key_evaluation {

namespace {

using namespace step_support;

QualityView view(soci::session& s, const Loaded& l) {
  QualityView v;
  v.items = settings_of(s, l.e).quality_items;
  // An expert sees its own sheets only, and no stage's mean of the others'.
  const long long own = l.caller.me.role == auth::Role::expert ? l.caller.expert_id : -1;
  const long long plan = plan_round(s, l.e.id), report = report_round(l.e);
  for (const auto& [stage, round] :
       {std::pair<std::string, long long>{"plan", plan}, {"report", report}}) {
    StageSheets st{stage, round, quality_repo::sheets(s, l.e.id, stage, round, own), {}};
    if (own < 0 && !st.sheets.empty()) {
      std::vector<long long> totals;
      for (const auto& r : st.sheets) totals.push_back(r.total);
      st.quality = stage_quality(totals);
    }
    v.stages.push_back(std::move(st));
  }
  // The rounds before: a plan sent back, a report reworked.
  for (auto& r : quality_repo::sheets(s, l.e.id, "", 0, own))
    if (r.round < (r.stage == "plan" ? plan : report)) v.earlier.push_back(std::move(r));
  return v;
}

// The quality review and the fee are between finance and its agency: the evaluated department
// and unit read the evaluation, not these.
void require_commissioner_side(const auth::Principal& me) {
  if (me.role == auth::Role::department || me.role == auth::Role::unit)
    throw forbidden("评价方案和报告的质量评审及费用只向财政、受托机构和评审专家开放");
}

}  // namespace

QualityView StepService::quality_sheets(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const Loaded l = load(s, me, id);
    require_commissioner_side(me);
    if (me.role == auth::Role::expert && l.caller.expert_id == 0) throw not_found();
    return view(s, l);
  });
}

QualityView StepService::save_quality_sheet(const auth::Principal& me, long long id,
                                            const std::string& stage,
                                            const boost::json::value& scores,
                                            const std::string& comment) {
  if (stage != "plan" && stage != "report")
    throw invalid("stage", "评审对象只能是 plan（实施方案）或 report（评价报告）");
  return db_.write([&](soci::session& s) {
    const Loaded l = load(s, me, id);
    const auto& flow = evaluation_workflow();
    const auto& t = flow.take(l.e.status, stage == "plan" ? "score_plan" : "score_report", "",
                              evaluation_actors(s, l.caller, l.e));
    const auto items = settings_of(s, l.e).quality_items;
    const QualitySheet sheet = check_quality_sheet(scores, items);
    QualitySheetRecord r;
    r.evaluation_id = id;
    r.expert_id = l.caller.expert_id;
    r.stage = stage;
    r.round = stage == "plan" ? plan_round(s, id) : report_round(l.e);
    boost::json::object json;
    for (std::size_t i = 0; i < items.size(); ++i) json[items[i].code] = sheet.scores[i];
    r.scores_json = boost::json::serialize(json);
    r.total = sheet.total;
    r.comment = comment;
    r.submitted_at = now_iso();
    quality_repo::save(s, r);
    flow.record(s, db_.dialect(), me, t, id, l.e.region_id, "{}",
                boost::json::serialize(boost::json::object{{"stage", stage},
                                                           {"round", r.round},
                                                           {"scores", json},
                                                           {"total", r.total},
                                                           {"comment", comment}}));
    return view(s, l);
  });
}

FeeView StepService::fee(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const Loaded l = load(s, me, id);
    require_commissioner_side(me);
    FeeView v;
    v.contract_fen = l.e.contract_fee_fen;
    v.quality_score = l.e.quality_score;
    if (l.e.quality_score >= 0) {
      // Until the re-scored report is closed, the first score stands, below the bar.
      const bool settled = l.e.fee_payable_fen >= 0;
      v.fee = fee_payable(l.e.contract_fee_fen, l.e.quality_score, settled && l.e.reworked,
                          settings_of(s, l.e).fee_bands);
    }
    return v;
  });
}

}  // namespace jixiao::key_evaluation
