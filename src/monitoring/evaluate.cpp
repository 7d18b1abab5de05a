#include "monitoring/evaluate.h"

#include "base/error.h"
#include "base/json.h"
#include "targets/json.h"
#include "targets/value.h"

namespace jixiao::monitoring {

namespace {

constexpr std::int64_t kMaxFen = 100'000'000'000'000LL;  // as a target's amount_fen
constexpr std::size_t kMaxIndicators = 200;              // as a target's indicators

bool is_number(std::string_view typed) {
  return targets::parse_value(typed).kind == targets::ParsedValue::Kind::number;
}

// The indicators: the target's fields through the target's own reader, which names a bad one
// "indicators[i].field" as this body does; the reported fields beside them read here.
std::vector<IndicatorProgress> read_indicators(const boost::json::value& list) {
  auto indicators =
      targets::read_indicator_fields(list, {"value_so_far", "likelihood", "projected_value"});

  std::vector<IndicatorProgress> out;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    JsonReader in(list.as_array()[i].as_object(), "indicators[" + std::to_string(i) + "]");
    IndicatorProgress ip;
    ip.indicator = std::move(indicators[i]);
    ip.value_so_far = in.optional_string("value_so_far", 100).value_or("");
    ip.likelihood = in.optional_string("likelihood", 20).value_or("");
    ip.projected_value = in.optional_string("projected_value", 100).value_or("");
    out.push_back(std::move(ip));
  }
  return out;
}

}  // namespace

void check_progress(const ProjectProgress& p) {
  if (p.year < 2000 || p.year > 2100) throw invalid("year", "年度应在 2000 到 2100 之间");
  const auto as_of = parse_iso_date(p.as_of);
  if (!as_of) throw invalid("as_of", "监控数据截止日期应为 YYYY-MM-DD 格式的有效日期");
  if (static_cast<int>(as_of->year()) != p.year)
    throw invalid("as_of", "监控数据截止日期应在 " + std::to_string(p.year) + " 年内");
  if (p.budget_fen < 0 || p.budget_fen > kMaxFen)
    throw invalid("budget_fen", "当前预算（分）应为不小于 0 的整数");
  if (p.executed_fen < 0) throw invalid("executed_fen", "已执行金额不能为负数");
  if (p.executed_fen > p.budget_fen)
    throw invalid("executed_fen", "已执行金额不能超过当前预算（含调整和结转）");
  if (p.indicators.size() > kMaxIndicators)
    throw invalid("indicators", "指标最多 " + std::to_string(kMaxIndicators) + " 个");
  for (std::size_t i = 0; i < p.indicators.size(); ++i) {
    const auto& ip = p.indicators[i];
    const std::string field = "indicators[" + std::to_string(i) + "].";
    // R-MO-1: certain / possible / impossible, or not judged yet.
    if (!ip.likelihood.empty() && !is_likelihood(ip.likelihood))
      throw invalid(
          field + "likelihood",
          "完成可能性只能是 certain（确定能）、possible（有可能）或 impossible（完全不可能）");
    // A numeric target is measured by numbers: a word here would silently measure nothing.
    const bool measured = ip.indicator.comparator != "qualitative" && is_number(ip.indicator.value);
    for (const auto& [key, typed] : {std::pair{"value_so_far", &ip.value_so_far},
                                     std::pair{"projected_value", &ip.projected_value}})
      if (measured && !typed->empty() && !is_number(*typed))
        throw invalid(field + key, "指标值是数字，本项应填写数字，如 150 或 95%");
  }
}

ProjectProgress read_progress(const boost::json::value& body) {
  if (!body.is_object()) throw invalid("", "请求体必须是 JSON 对象");
  JsonReader in(body.as_object());
  ProjectProgress p;
  p.year = in.required_int("year", 2000, 2100);
  p.as_of = in.required_string("as_of", 10);
  p.budget_fen = in.required_int("budget_fen", -kMaxFen, kMaxFen);
  p.executed_fen = in.required_int("executed_fen", -kMaxFen, kMaxFen);
  p.report_overdue = in.optional_bool("report_overdue").value_or(false);
  if (const auto* list = in.value("indicators")) p.indicators = read_indicators(*list);
  in.finish();
  check_progress(p);
  return p;
}

boost::json::object evaluation_json(const Evaluation& e) {
  boost::json::array fired;
  for (const auto& f : e.fired)
    fired.push_back({{"rule", f.rule},
                     {"check", f.check},
                     {"colour", f.colour},
                     {"detail", f.detail},
                     {"inputs", f.inputs}});
  auto rate = [](const std::optional<long long>& bp) -> boost::json::value {
    if (!bp) return nullptr;  // R-MON-2: "—"
    return boost::json::value(rate_text(bp));
  };
  return {{"colour", e.colour},
          {"fired", std::move(fired)},
          {"time_progress", rate_text(e.time_progress_bp)},
          {"execution_rate", rate(e.execution_rate_bp)},
          {"target_progress", rate(e.target_progress_bp)}};
}

boost::json::object evaluate_json(const rules::RuleSet& rules, const boost::json::value& body) {
  const ProjectProgress progress = read_progress(body);
  return evaluation_json(evaluate(warning_settings(rules), progress));
}

}  // namespace jixiao::monitoring
