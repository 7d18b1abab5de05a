#include "self_evaluation/score_json.h"

#include "base/error.h"
#include "base/json.h"
#include "self_evaluation/settings.h"
#include "targets/json.h"
#include "targets/review_rules.h"

namespace jixiao::self_evaluation {

namespace {

constexpr std::int64_t kMaxFen = 100'000'000'000'000LL;  // as a target's amount_fen

// The indicators: the target's fields through the target's own reader, which names a bad one
// "indicators[i].field" as this body does; the reported fields beside them read here.
std::vector<IndicatorInput> read_indicators(const boost::json::value& list) {
  auto indicators =
      targets::read_indicator_fields(list, {"actual_value", "not_applicable", "self_score"});

  std::vector<IndicatorInput> out;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    JsonReader in(list.as_array()[i].as_object(), "indicators[" + std::to_string(i) + "]");
    IndicatorInput ii;
    ii.indicator = std::move(indicators[i]);
    ii.actual_value = in.optional_string("actual_value", 100).value_or("");
    ii.not_applicable = in.optional_bool("not_applicable").value_or(false);
    ii.self_score = read_self_score(in.value("self_score"), in.field_name("self_score"));
    out.push_back(std::move(ii));
  }
  return out;
}

boost::json::value points_or_null(const std::optional<long long>& h) {
  if (!h) return nullptr;
  return boost::json::value(targets::points(*h));
}

}  // namespace

std::optional<long long> read_self_score(const boost::json::value* v, const std::string& field) {
  if (!v) return std::nullopt;
  // A score the server sent back ("15.00") is taken as it came.
  if (v->is_string()) {
    const auto exact = scaled_number(*v, 2);
    if (!exact || *exact < 0)
      throw invalid(field, "自评得分应为不小于 0、最多两位小数的分数，如 15 或 15.00");
    return *exact;
  }
  return targets::read_points(*v, field);
}

ScoreRequest read_score_request(const boost::json::value& body) {
  if (!body.is_object()) throw invalid("", "请求体必须是 JSON 对象");
  JsonReader in(body.as_object());
  ScoreRequest r;
  r.year = in.required_int("year", 2000, 2100);
  r.input.budget_fen = in.required_int("budget_fen", 0, kMaxFen);
  r.input.executed_fen = in.required_int("executed_fen", 0, kMaxFen);
  const auto* list = in.value("indicators");
  if (!list) throw invalid("indicators", "缺少必填字段 indicators");
  r.input.indicators = read_indicators(*list);
  in.finish();
  return r;
}

boost::json::object indicator_score_json(const IndicatorScore& s) {
  boost::json::object o{{"score", targets::points(s.score)},
                        {"weight", targets::points(s.weight)},
                        {"rule", s.rule},
                        {"detail", s.detail},
                        {"met", s.met},
                        {"needs_reason", s.needs_reason}};
  if (!s.band.empty())
    o["band"] = {{"code", s.band},
                 {"label", band_label(s.band)},
                 {"floor", points_or_null(s.band_floor)},
                 {"ceiling", points_or_null(s.band_ceiling)}};
  return o;
}

boost::json::object scored_json(const Scored& s) {
  boost::json::array indicators;
  for (const auto& i : s.indicators) indicators.push_back(indicator_score_json(i));
  return {{"execution_score", targets::points(s.execution_score)},
          {"execution_weight", targets::points(s.execution_weight)},
          {"execution_rate", points_or_null(s.execution_rate_bp)},
          {"execution_detail", s.execution_detail},
          {"execution_rule", "R-SE-3"},
          {"indicators", std::move(indicators)},
          {"total", targets::points(s.total)},
          {"self_total", points_or_null(s.self_total)},
          {"grade", s.grade},
          {"grade_label", targets::grade_label(s.grade)},
          {"grade_rule", "R-GR-1"}};
}

boost::json::object score_json(const rules::RuleSet& rules, const ScoringInput& input) {
  return scored_json(score(input, scoring_settings(rules)));
}

}  // namespace jixiao::self_evaluation
