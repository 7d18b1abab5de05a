// The JSON of the self-evaluation review: plans with their parameters and coverage, a draw's
// summary by reason (reason codes with their 中文 labels: threshold 金额达到标准, key_project
// 重点项目, key_department 重点部门, random 随机抽取), samples with their signals, and the strict
// reading of a plan's parameters and a reviewer's scores.
#pragma once

#include <boost/json.hpp>
#include <vector>

#include "base/json.h"
#include "self_evaluation/review_service.h"

namespace jixiao::self_evaluation {

// R-RV-1's parameters as the plan holds them (also the plan's audit entries).
boost::json::object params_json(const ReviewPlan& p);
// The plan: parameters, the chosen key projects and departments by name, the signals'
// parameters and R-RV-2's threshold as used, coverage once fixed, the caller's actions.
boost::json::object plan_json(const PlanView& v);
// A plan in a list (no names of its key projects, no actions).
boost::json::object plan_row_json(const ReviewPlan& p);
// {by_reason: [{reason, reason_label, count, projects, departments, money_fen, money_wan}],
//  chosen, all, rest: tallies, random_asked, count_coverage, money_coverage ("12.35" | null)}.
boost::json::object summary_json(const SampleSummary& s);
boost::json::object preview_json(const PlanPreview& p);
boost::json::array signals_json(const std::vector<Signal>& signals);
boost::json::object sample_json(const ReviewSample& x);
boost::json::object sample_view_json(const SampleView& v);
boost::json::object reviewer_json(const ReviewerChoice& r);

// The label of a reason code ("" for an unknown code).
std::string_view reason_label_of(std::string_view code);
bool is_reason(std::string_view code);

// {amount_threshold_fen, key_projects, key_project_ids, key_department_ids, sample_percent,
// weighted, seed}, each optional; errors name the field.
PlanInput read_plan_input(JsonReader& r);
// [{position, review_score (hundredths) | null, review_note}]; errors name "indicators[i].field".
std::vector<ReviewScoreInput> read_review_scores(const boost::json::value* items);

}  // namespace jixiao::self_evaluation
