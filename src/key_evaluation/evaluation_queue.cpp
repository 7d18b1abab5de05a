#include "key_evaluation/evaluation_queue.h"

namespace jixiao::key_evaluation {

namespace {

// The sheet of the stage in review and its current round (step_support's plan_round and
// report_round in SQL): the plan's round counts its submissions, the report's is 2 after a
// rework. The expert's id goes between the two halves.
constexpr const char* kSheetBefore =
    "EXISTS (SELECT 1 FROM key_evaluation_quality_sheets qs WHERE qs.evaluation_id = e.id AND "
    "qs.expert_id = ";
constexpr const char* kSheetAfter =
    " AND ((e.status = 'plan_review' AND qs.stage = 'plan' AND qs.round = (SELECT COUNT(*) FROM "
    "audit_log al WHERE al.entity = 'key_evaluation' AND al.entity_id = e.id AND al.action = "
    "'submit_plan')) OR (e.status = 'report_review' AND qs.stage = 'report' AND qs.round = CASE "
    "WHEN e.reworked <> 0 THEN 2 ELSE 1 END)))";

}  // namespace

std::optional<std::string> queue_of(const EvaluationCaller& c) {
  switch (c.me.role) {
    case auth::Role::agency:
      return "agency";
    case auth::Role::expert:
      return "expert";
    case auth::Role::performance_office:
      return "office";
    default:
      return std::nullopt;
  }
}

void append_queue(db::Query& q, const std::string& queue, long long expert_id) {
  if (queue == "agency") {
    q.sql(
        " AND e.mode = 'agency' AND e.status IN ('commissioned', 'fieldwork', 'rework', "
        "'revision')");
  } else if (queue == "expert" && expert_id > 0) {
    // The reader keeps an expert to what it is assigned to.
    q.sql(" AND e.status IN ('plan_review', 'report_review') AND NOT ").sql(kSheetBefore);
    q.bind(expert_id).sql(kSheetAfter);
  } else if (queue == "office") {
    // A review with no expert assigned waits for an assignment, which the office sees on the
    // evaluation's page; it is not yet ready to close.
    q.sql(
        " AND (e.status IN ('final_review', 'finalised') OR (e.mode = 'finance' AND e.status "
        "IN ('fieldwork', 'revision')) OR (e.status IN ('plan_review', 'report_review') AND "
        "EXISTS (SELECT 1 FROM key_evaluation_experts ke WHERE ke.evaluation_id = e.id) AND "
        "NOT EXISTS (SELECT 1 FROM key_evaluation_experts ke WHERE ke.evaluation_id = e.id AND "
        "NOT ");
    q.sql(kSheetBefore).sql("ke.expert_id").sql(kSheetAfter).sql(")))");
  } else {
    q.sql(" AND 1 = 0");
  }
}

}  // namespace jixiao::key_evaluation
