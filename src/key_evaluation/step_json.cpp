#include "key_evaluation/step_json.h"

#include <boost/json.hpp>

#include "key_evaluation/evaluation_json.h"
#include "targets/json.h"
#include "targets/review_rules.h"

namespace jixiao::key_evaluation {

namespace {

boost::json::object sheet_json(const QualitySheetRecord& r) {
  boost::json::object scores;
  boost::system::error_code ec;
  const auto stored = boost::json::parse(r.scores_json, ec);
  if (!ec && stored.is_object())
    for (const auto& [code, v] : stored.as_object())
      if (v.is_int64()) scores[code] = targets::points(v.as_int64());
  return {{"id", r.id},
          {"expert_id", r.expert_id},
          {"expert_name", r.expert_name},
          {"stage", r.stage},
          {"round", r.round},
          {"scores", std::move(scores)},
          {"total", targets::points(r.total)},
          {"comment", r.comment},
          {"submitted_at", r.submitted_at}};
}

boost::json::array sheets_json(const std::vector<QualitySheetRecord>& rows) {
  boost::json::array out;
  for (const auto& r : rows) out.push_back(sheet_json(r));
  return out;
}

}  // namespace

boost::json::object experts_json(const std::vector<AssignmentView>& experts) {
  boost::json::array items;
  for (const auto& v : experts) {
    const Assignment& a = v.assignment;
    items.push_back({{"expert_id", a.expert_id},
                     {"name", a.expert_name},
                     {"title", a.title},
                     {"employer", a.employer},
                     {"assigned_by_name", a.assigned_by_name},
                     {"assigned_at", a.assigned_at},
                     {"scored", v.scored}});
  }
  return {{"items", std::move(items)}};
}

boost::json::object quality_json(const QualityView& v) {
  boost::json::array items;
  for (const auto& i : v.items)
    items.push_back({{"code", i.code}, {"label", i.label}, {"points", targets::points(i.points)}});
  boost::json::array stages;
  for (const auto& st : v.stages) {
    boost::json::value quality = nullptr;
    if (st.quality)
      quality = boost::json::object{{"score", targets::points(st.quality->score)},
                                    {"sheets", st.quality->sheets},
                                    {"detail", st.quality->detail},
                                    {"rule", st.quality->rule}};
    stages.push_back({{"stage", st.stage},
                      {"round", st.round},
                      {"sheets", sheets_json(st.sheets)},
                      {"quality", std::move(quality)}});
  }
  return {{"items", std::move(items)},
          {"stages", std::move(stages)},
          {"earlier", sheets_json(v.earlier)},
          {"rule", "R-KE-4"}};
}

boost::json::object fee_json(const FeeView& v) {
  boost::json::object o{{"contract_fee_fen", v.contract_fen},
                        {"quality_score", nullptr},
                        {"state", "pending"},
                        {"band", nullptr},
                        {"percent", nullptr},
                        {"capped", false},
                        {"payable_fen", nullptr},
                        {"deducted_fen", nullptr},
                        {"detail", "报告质量尚未评定，费用待定（R-KE-4）"},
                        {"rule", "R-KE-4"}};
  if (!v.fee) return o;
  const FeeResult& f = *v.fee;
  o["quality_score"] = targets::points(v.quality_score);
  o["state"] = fee_state_code(f.state);
  o["band"] = boost::json::object{{"from", targets::points(f.band.from)},
                                  {"to", targets::points(f.band.to)},
                                  {"percent", targets::points(f.band.percent)},
                                  {"rework", f.band.rework}};
  o["percent"] = targets::points(f.percent);
  o["capped"] = f.capped;
  if (f.state == FeeState::payable) {
    o["payable_fen"] = f.payable_fen;
    o["deducted_fen"] = f.deducted_fen;
  }
  o["detail"] = f.detail;
  o["rule"] = f.rule;
  return o;
}

boost::json::object score_json(const ScoreView& v) {
  boost::json::array parts;
  for (const auto& p : v.sheet.parts)
    parts.push_back({{"part", p.code},
                     {"code", p.code},
                     {"label", p.label},
                     {"weight", targets::points(p.weight)},
                     {"points", targets::points(p.weight)}});
  boost::json::array sheets;
  for (const auto& r : v.sheets) {
    const ExpertSheet x = stored_sheet(r.scores_json, v.sheet);
    boost::json::object scores;
    long long total = 0;
    for (std::size_t k = 0; k < v.sheet.parts.size(); ++k) {
      scores[v.sheet.parts[k].code] = targets::points(x.scores[k]);
      total += x.scores[k];
    }
    sheets.push_back({{"id", r.id},
                      {"evaluator", r.evaluator},
                      {"scores", std::move(scores)},
                      {"total", targets::points(total)},
                      {"submitted_at", r.submitted_at}});
  }
  boost::json::value score = nullptr;
  if (v.score) {
    boost::json::array scored;
    for (const auto& p : v.score->parts)
      scored.push_back({{"part", p.code},
                        {"code", p.code},
                        {"label", p.label},
                        {"weight", targets::points(p.weight)},
                        {"score", targets::points(p.score)}});
    score = boost::json::object{
        {"parts", std::move(scored)}, {"total", targets::points(v.score->total)},
        {"grade", v.score->grade},    {"grade_label", targets::grade_label(v.score->grade)},
        {"detail", v.score->detail},  {"rule", v.score->rule}};
  }
  return {{"parts", std::move(parts)},
          {"sheets", std::move(sheets)},
          {"score", std::move(score)},
          {"rule", v.sheet.rule},
          {"grade_rule", "R-GR-1"}};
}

boost::json::object evaluation_view_json(const EvaluationView& v) {
  return evaluation_json(v.evaluation, v.actions);
}

}  // namespace jixiao::key_evaluation
