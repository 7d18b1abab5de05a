#include "cli/bench_data_self_evaluation.h"

#include <string>

#include "auth/repo.h"
#include "base/error.h"
#include "org/repo.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/repo_bulk_spread.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/review_model.h"
#include "self_evaluation/review_repo.h"

namespace jixiao::cli {

BenchDataSelfEvaluationResult insert_bench_self_evaluations(soci::session& s, db::Dialect dialect,
                                                            long long year) {
  BenchDataSelfEvaluationResult result;
  const auto province = org::repo::find_region_by_code(s, "990000");
  if (!province) throw not_found("基准省不存在");
  const auto office = auth::repo::find_principal(s, "b990000_office");
  if (!office) throw not_found("基准省绩效科账号不存在");
  // PostgreSQL plans the opening by the tables' statistics: the monitoring load changed them.
  if (dialect == db::Dialect::postgresql) s << "ANALYZE targets, projects, executions";

  const std::string next = std::to_string(year + 1);
  self_evaluation::Round r;
  r.region_id = province->id;
  r.year = year;
  r.due = next + "-03-31";
  r.opened_by = office->user_id;
  r.opened_at = next + "-01-05T09:00:00Z";
  r.id = self_evaluation::repo::insert_round(s, r);
  r.evaluations = self_evaluation::repo::create_evaluations(s, r, province->path, r.opened_at);
  self_evaluation::repo::set_round_count(s, r.id, r.evaluations);
  result.evaluations = r.evaluations;
  self_evaluation::repo::spread_states_bulk(s, r.id, next + "-03-20T10:00:00Z");

  self_evaluation::ReviewPlan p;
  p.region_id = province->id;
  p.year = year;
  p.status = "fixed";
  p.params.seed = 20270401;
  p.created_by = office->user_id;
  p.created_at = p.updated_at = next + "-04-01T09:00:00Z";
  const long long plan = self_evaluation::review_repo::insert_plan(s, p);
  const auto spread = self_evaluation::repo::sample_bulk(
      s, plan, r.id, p.params.amount_threshold_fen, 10, 12, next + "-04-20T16:00:00Z");
  result.sampled = spread.sampled;
  result.reviewed = spread.reviewed;
  result.inflated = spread.inflated;
  // The states were set in bulk: the kept totals are counted once after.
  self_evaluation::repo::rebuild_totals(s, year);
  return result;
}

}  // namespace jixiao::cli
