// EvaluationService's form and workflow: the unit's answers scored at every save (R-SE-1…8),
// one evaluation's save applied inside the caller's transaction (by the PUT, and by each table
// of an import, service_import.cpp), the submission checked for what R-SE-7 requires, the
// department's consolidation (one or many at once) and the office's decision.
#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "base/clock.h"
#include "base/error.h"
#include "base/money.h"
#include "monitoring/repo.h"
#include "rules/service.h"
#include "self_evaluation/evaluation_score.h"
#include "self_evaluation/service.h"
#include "self_evaluation/settings.h"
#include "self_evaluation/workflow.h"
#include "targets/value.h"

namespace jixiao::self_evaluation {

namespace {

const char* const kStale = "绩效自评已被他人修改，请刷新后重试";

boost::json::object content_json(const Evaluation& e, const std::vector<IndicatorResult>& items) {
  boost::json::array list;
  for (const auto& i : items) {
    boost::json::object o{{"position", i.position},
                          {"actual_value", i.actual_value},
                          {"not_applicable", i.not_applicable},
                          {"deviation_reason", i.deviation_reason},
                          {"improvement", i.improvement},
                          {"self_score_reason", i.self_score_reason},
                          {"computed_score", i.computed_score}};
    o["self_score"] = i.self_score ? boost::json::value(*i.self_score) : nullptr;
    list.push_back(std::move(o));
  }
  boost::json::object o{{"status", e.status},
                        {"initial_fen", e.initial_fen},
                        {"budget_fen", e.budget_fen},
                        {"executed_fen", e.executed_fen},
                        {"goal_achieved", e.goal_achieved},
                        {"problems", e.problems},
                        {"improvements", e.improvements},
                        {"execution_score", e.execution_score},
                        {"computed_total", e.computed_total},
                        {"grade", e.grade},
                        {"indicators", std::move(list)}};
  o["self_total"] = e.self_total ? boost::json::value(*e.self_total) : nullptr;
  return o;
}

// The field of the k-th indicator scored as the caller names it (name_of[k]: its index in the
// array it sent, or its position when it sent none).
std::string renamed(const std::string& field, const std::vector<long long>& name_of) {
  if (!field.starts_with("indicators[")) return field;
  const auto close = field.find(']');
  const long long k = std::stoll(field.substr(11, close - 11));
  if (k < 0 || k >= static_cast<long long>(name_of.size())) return field;
  return "indicators[" + std::to_string(name_of[k]) + "]" + field.substr(close + 1);
}

// A rate may not exceed 100% (R-IND-5), and a percent is typed only for a rate.
void check_unit(const IndicatorResult& i, const std::string& field) {
  if (i.comparator == "qualitative" || i.actual_value.empty()) return;
  const auto v = targets::parse_value(i.actual_value);
  if (v.kind != targets::ParsedValue::Kind::number) return;  // the scoring names a wrong kind
  if (v.number < 0) throw invalid(field, "指标“" + i.name + "”的实际值不能为负数");
  if (v.percent && !targets::is_percent_unit(i.unit))
    throw invalid(field, "指标“" + i.name + "”的单位是" + i.unit + "，实际值不应带百分号");
  if (targets::is_percent_unit(i.unit) && v.number > 100 * targets::kValueOne)
    throw invalid(field, "指标“" + i.name + "”是比率，实际值不能超过 100%");
}

}  // namespace

namespace {

Scored scored_or_named(const ScoringInput& in, const ScoringSettings& settings,
                       const std::vector<long long>& name_of) {
  try {
    return score(in, settings);
  } catch (const AppError& err) {
    throw AppError(err.kind(), err.code(), err.detail(), renamed(err.field(), name_of));
  }
}

// jixiao's scores of the answers under the region's rules (R-SE-1…7), kept on the evaluation
// and each indicator; the grade from the review's total where there is one (R-SE-8). A form
// still being filled is scored once every applicable indicator has its value (the weights of
// R-SE-6 depend on all of them): until then the values given are checked as the scoring checks
// them, the indicators stay unscored and the total is R-SE-3's alone, as at opening.
// name_of[k]: how the caller names the k-th indicator in errors.
void rescore(soci::session& s, Evaluation& e, std::vector<IndicatorResult>& items,
             const std::vector<long long>& name_of) {
  const auto settings = scoring_settings(rules::effective_rules(s, e.region_id, e.year));
  if (!answered(items)) {
    ScoringInput given;
    given.budget_fen = e.budget_fen;
    given.executed_fen = e.executed_fen;
    std::vector<long long> given_names;
    bool any_value = false;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (!items[k].not_applicable && items[k].actual_value.empty()) continue;
      any_value = any_value || !items[k].not_applicable;
      given.indicators.push_back(input_of(items[k]));
      given_names.push_back(name_of[k]);
    }
    if (any_value) scored_or_named(given, settings, given_names);
    for (auto& i : items) {
      i.computed_weight = i.computed_score = 0;
      i.rule.clear();
      i.detail.clear();
      i.needs_reason = false;
    }
    // R-SE-3: min(executed ÷ budget, 1) × its points, rounded half up (R-MON-3).
    const Fen spent = std::min(e.executed_fen, e.budget_fen);
    e.execution_weight = settings.execution_points;
    e.execution_score =
        e.budget_fen <= 0
            ? 0
            : static_cast<long long>(
                  (2 * static_cast<__int128>(spent) * settings.execution_points + e.budget_fen) /
                  (2 * static_cast<__int128>(e.budget_fen)));
    e.execution_detail.clear();
    e.computed_total = e.execution_score;
    e.self_total.reset();
    e.grade.clear();
    return;
  }
  keep_scores(e, items, scored_or_named(scoring_input(e, items), settings, name_of), settings);
}

AppError incomplete(const std::string& field, const std::string& detail) {
  return AppError(ErrorKind::precondition, "incomplete", detail, field);
}

// Before a submission: every applicable indicator answered (then scored, so that R-SE-7 can
// say which ones missed or exceeded their targets)...
void check_answered(const std::vector<IndicatorResult>& items) {
  for (const auto& i : items)
    if (!i.not_applicable && i.actual_value.empty())
      throw incomplete("indicators[" + std::to_string(i.position) + "].actual_value",
                       "指标“" + i.name + "”请填写实际完成值");
}

// ...and where one missed or exceeded its target the reason and the improvement given (R-SE-7),
// an own score with its reason (R-SE-8), the year's goal reported.
void check_explained(const Evaluation& e, const std::vector<IndicatorResult>& items) {
  for (const auto& i : items) {
    if (i.not_applicable) continue;
    const std::string prefix = "indicators[" + std::to_string(i.position) + "]";
    const std::string name = "指标“" + i.name + "”";
    if (i.needs_reason && i.deviation_reason.empty())
      throw incomplete(prefix + ".deviation_reason",
                       name + "未完成或超过目标 30% 以上，请写明偏差原因");
    if (i.needs_reason && i.improvement.empty())
      throw incomplete(prefix + ".improvement", name + "未完成或超过目标 30% 以上，请写明改进措施");
    if (i.self_score && i.self_score_reason.empty())
      throw incomplete(prefix + ".self_score_reason", name + "填写了自评分，请写明理由");
  }
  if (e.goal_achieved.empty())
    throw incomplete("goal_achieved", "请填写年度总体目标的实际完成情况");
}

}  // namespace

void EvaluationService::refresh_money(soci::session& s, Evaluation& e) {
  if (!e.project_id) return;
  e.budget_fen = monitoring::repo::project_amount(s, e.project_id);
  e.executed_fen =
      monitoring::repo::executed_as_of(s, e.project_id, std::to_string(e.year) + "-12-31");
}

EvaluationService::Applied EvaluationService::apply_form(soci::session& s,
                                                         const auth::Principal& me, Evaluation e,
                                                         std::optional<long long> version,
                                                         const EvaluationInput& in,
                                                         const ApplyOptions& options) {
  const long long id = e.id;
  const auto& step = evaluation_workflow().take(e.status, "edit", "", evaluation_actors(s, me, e));
  if (version && e.version != *version) throw conflict("version_conflict", kStale, "version");
  auto items = repo::indicators(s, id);
  const std::string before = boost::json::serialize(content_json(e, items));

  // Sent answers replace every answer; each position once and of the target.
  std::vector<long long> sent_index(items.size(), -1);
  if (in.indicators) {
    std::map<long long, std::size_t> by_position;
    for (std::size_t k = 0; k < items.size(); ++k) by_position[items[k].position] = k;
    for (auto& i : items) {
      i.actual_value.clear();
      i.not_applicable = false;
      i.deviation_reason.clear();
      i.improvement.clear();
      i.self_score.reset();
      i.self_score_reason.clear();
    }
    const auto& sent = *in.indicators;
    for (std::size_t n = 0; n < sent.size(); ++n) {
      const auto& a = sent[n];
      const std::string prefix = "indicators[" + std::to_string(n) + "]";
      const auto at = by_position.find(a.position);
      if (at == by_position.end()) throw invalid(prefix + ".position", "目标中没有这一项指标");
      if (sent_index[at->second] >= 0) throw invalid(prefix + ".position", "同一项指标填写了两次");
      sent_index[at->second] = static_cast<long long>(n);
      auto& i = items[at->second];
      if (a.not_applicable && !a.actual_value.empty())
        throw invalid(prefix + ".actual_value", "不适用的指标不填写实际完成值");
      i.actual_value = a.actual_value;
      i.not_applicable = a.not_applicable;
      i.deviation_reason = a.deviation_reason;
      i.improvement = a.improvement;
      i.self_score = a.self_score;
      i.self_score_reason = a.self_score_reason;
      check_unit(i, prefix + ".actual_value");
    }
  }
  if (in.executed_fen) {
    if (e.kind != "department")
      throw invalid("executed_fen",
                    "项目的全年执行数来自其支出数据，请在项目的支出数据中录入截至年末的累计支出");
    if (*in.executed_fen < 0) throw invalid("executed_fen", "全年执行数不能为负数");
    e.executed_fen = *in.executed_fen;
  }
  refresh_money(s, e);
  if (in.goal_achieved) e.goal_achieved = *in.goal_achieved;
  if (in.problems) e.problems = *in.problems;
  if (in.improvements) e.improvements = *in.improvements;
  std::vector<long long> name_of(items.size());
  for (std::size_t k = 0; k < items.size(); ++k)
    name_of[k] = sent_index[k] >= 0 ? sent_index[k] : items[k].position;
  if (options.own_scores_where_they_differ) {
    // Scored first without them: an own score that is what jixiao gives is no score of the
    // unit's own (it would ask a reason for agreeing), one that differs is kept.
    std::vector<std::optional<long long>> typed;
    for (auto& i : items) typed.push_back(std::exchange(i.self_score, std::nullopt));
    rescore(s, e, items, name_of);
    for (std::size_t k = 0; k < items.size(); ++k)
      if (items[k].rule.empty() || typed[k] != items[k].computed_score)
        items[k].self_score = typed[k];
  }
  rescore(s, e, items, name_of);
  for (std::size_t k = 0; k < items.size(); ++k)
    if (items[k].rule.size() && items[k].self_score &&
        *items[k].self_score > items[k].computed_weight)
      throw invalid("indicators[" + std::to_string(name_of[k]) + "].self_score",
                    "自评分不能超过该指标的分值 " + score_text(items[k].computed_weight));
  const std::string after = boost::json::serialize(content_json(e, items));
  if (after == before) return {std::move(e), false};  // nothing changed
  e.updated_at = now_iso();
  if (!repo::update(s, e, e.version, &items)) throw conflict("version_conflict", kStale, "version");
  repo::update_indicators(s, id, items);
  evaluation_workflow().record(s, db_.dialect(), me, step, id, e.region_id, before, after);
  ++e.version;
  return {std::move(e), true};
}

EvaluationView EvaluationService::save(const auth::Principal& me, long long id, long long version,
                                       const EvaluationInput& in) {
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("绩效自评不存在或无权访问");
    if (!apply_form(s, me, *found, version, in, {}).changed) return view(s, me, std::move(*found));
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

EvaluationView EvaluationService::step(const auth::Principal& me, long long id, long long version,
                                       const StepInput& in) {
  if (in.action == "edit") throw invalid("action", "保存自评请用保存，不是办理步骤");
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("绩效自评不存在或无权访问");
    Evaluation e = *found;
    const auto& step =
        evaluation_workflow().take(e.status, in.action, in.decision, evaluation_actors(s, me, e));
    if (e.version != version) throw conflict("version_conflict", kStale, "version");
    auto items = repo::indicators(s, id);
    const std::string before = boost::json::serialize(content_json(e, items));
    const std::string at = now_iso();
    if (in.action == "submit") {
      // Scored again on the money as it stands at submission.
      refresh_money(s, e);
      check_answered(items);
      std::vector<long long> positions;
      for (const auto& i : items) positions.push_back(i.position);
      rescore(s, e, items, positions);
      check_explained(e, items);
      e.submitted_at = at;
    }
    if (in.decision == "return" && in.opinion.empty())
      throw invalid("opinion", "退回时请写明需要修改的内容");
    if (!in.decision.empty()) e.opinion = in.opinion;
    if (in.decision == "accept") e.decided_at = at;
    e.status = step.to;
    e.updated_at = at;
    const bool submit = in.action == "submit";
    if (!repo::update(s, e, version, submit ? &items : nullptr))
      throw conflict("version_conflict", kStale, "version");
    if (submit) repo::update_indicators(s, id, items);
    auto after = content_json(e, items);
    if (!in.opinion.empty()) after["opinion"] = in.opinion;
    evaluation_workflow().record(s, db_.dialect(), me, step, id, e.region_id, before,
                                 boost::json::serialize(after));
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

std::vector<Evaluation> EvaluationService::consolidate(const auth::Principal& me,
                                                       const std::vector<long long>& ids,
                                                       const std::vector<long long>& versions) {
  if (ids.empty()) throw invalid("ids", "请选择要汇总的自评");
  if (!versions.empty() && versions.size() != ids.size())
    throw invalid("versions", "版本号应与所选自评一一对应");
  std::set<long long> seen;
  for (std::size_t n = 0; n < ids.size(); ++n)
    if (!seen.insert(ids[n]).second)
      throw invalid("ids[" + std::to_string(n) + "]", "同一份自评选了两次");
  return db_.write([&](soci::session& s) {
    std::vector<Evaluation> out;
    const std::string at = now_iso();
    for (std::size_t n = 0; n < ids.size(); ++n) {
      const std::string field = "ids[" + std::to_string(n) + "]";
      auto found = repo::find(s, ids[n], auth::read_scope(me));
      if (!found)
        throw AppError(ErrorKind::not_found, "not_found", "绩效自评不存在或无权访问", field);
      Evaluation e = *found;
      const workflow::Transition* step = nullptr;
      try {
        step = &evaluation_workflow().take(e.status, "consolidate", "pass",
                                           evaluation_actors(s, me, e));
      } catch (const AppError& err) {
        throw AppError(err.kind(), err.code(), "“" + e.name + "”：" + err.detail(), field);
      }
      if (!versions.empty() && e.version != versions[n])
        throw conflict("version_conflict", "“" + e.name + "”" + kStale,
                       "versions[" + std::to_string(n) + "]");
      const std::string before = boost::json::serialize(content_json(e, {}));
      e.status = step->to;
      e.opinion.clear();
      e.updated_at = at;
      if (!repo::update(s, e, e.version))
        throw conflict("version_conflict", "“" + e.name + "”" + kStale, field);
      evaluation_workflow().record(s, db_.dialect(), me, *step, e.id, e.region_id, before,
                                   boost::json::serialize(content_json(e, {})));
      out.push_back(*repo::find(s, e.id, auth::read_scope(me)));
    }
    return out;
  });
}

}  // namespace jixiao::self_evaluation
