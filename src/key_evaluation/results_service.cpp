#include "key_evaluation/results_service.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "documents/service.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/quality_repo.h"
#include "key_evaluation/results_repo.h"
#include "key_evaluation/results_settings.h"
#include "key_evaluation/settings.h"
#include "key_evaluation/step_support.h"
#include "key_evaluation/workflow.h"
#include "monitoring/notices.h"
#include "rectify/service.h"
#include "rules/service.h"

namespace jixiao::key_evaluation {

namespace {

constexpr const char* kSource = "key_evaluation";
constexpr std::size_t kMaxProblems = 30;

ResultsView view(soci::session& s, const EvaluationCaller& c, KeyEvaluation e) {
  ResultsView v;
  v.actions = evaluation_workflow().allowed_actions(e.status, evaluation_actors(s, c, e));
  const auto days = results_days(rules::effective_rules(s, e.region_id, e.year));
  const std::string today = now_iso().substr(0, 10);
  if (!e.finalised_at.empty()) {
    v.results_due = monitoring::due_after(e.finalised_at.substr(0, 10), days.results);
    const std::string sent = e.results_sent_at.empty() ? today : e.results_sent_at.substr(0, 10);
    v.late = sent > v.results_due;
  }
  if (!e.results_sent_at.empty())
    v.answer_due = monitoring::due_after(e.results_sent_at.substr(0, 10), days.answer);
  if (e.results_document_id)
    v.document_number = results_repo::document_number(s, e.results_document_id);
  v.problems = results_repo::problems(s, e.id);
  v.evaluation = std::move(e);
  return v;
}

void check_problems(const std::vector<Problem>& problems) {
  if (problems.size() > kMaxProblems)
    throw invalid("problems", "发现的问题最多 30 条，请合并同类问题");
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const std::string at = "problems[" + std::to_string(i) + "].";
    if (problems[i].title.empty()) throw invalid(at + "title", "请填写问题");
    if (problems[i].requirement.empty()) throw invalid(at + "requirement", "请填写整改要求");
  }
}

}  // namespace

ResultsView ResultsService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    return view(s, c, evaluation_or_404(s, c, id));
  });
}

ResultsView ResultsService::send(const auth::Principal& me, long long id, long long version,
                                 const std::vector<Problem>& problems) {
  check_problems(problems);
  return db_.write([&](soci::session& s) {
    const auto c = evaluation_caller(s, me);
    auto e = evaluation_or_404(s, c, id);
    const auto& step =
        evaluation_workflow().take(e.status, "send_results", "", evaluation_actors(s, c, e));
    if (e.version != version)
      throw conflict("version_conflict", "重点评价已被他人办理，请刷新后重试", "version");
    const auto rules = rules::effective_rules(s, e.region_id, e.year);
    const auto found = step_support::final_score(e, quality_repo::score_sheets(s, e.id),
                                                 key_evaluation_settings(rules).score);
    if (!found) throw precondition("no_score", "终稿没有评价评分表，无法反馈评价结果");
    const auto& score = *found;

    const std::string at = now_iso();
    const std::string today = at.substr(0, 10);
    const std::string due = monitoring::due_after(today, results_days(rules).answer);
    auto draft = results_letter({e, score, problems, due});
    draft.issued_on = today;
    const auto doc = documents::issue(s, db_.dialect(), draft, me.user_id,
                                      audit::entry(me, "issue", "document", 0, e.region_id));
    // The ledger holds budget units' findings: a lower region's fiscal operation has none.
    const long long unit = e.unit_id ? e.unit_id : e.department_id;
    boost::json::array finding_ids;
    for (std::size_t i = 0; i < problems.size(); ++i) {
      const long long problem =
          results_repo::insert_problem(s, e.id, static_cast<long long>(i + 1), problems[i]);
      if (!unit) continue;
      rectify::FindingInput f;
      f.region_id = e.region_id;
      f.year = e.year;
      f.source = kSource;
      f.source_id = problem;
      f.project_id = e.project_id;
      f.unit_id = unit;
      f.department_id = e.department_id ? e.department_id : unit;
      f.title = problem_finding_title(e, problems[i]);
      f.requirement = problems[i].requirement;
      f.due = due;
      f.document_id = doc.id;
      f.created_at = at;
      const long long finding = rectify::add_finding(
          s, db_.dialect(), f, audit::entry(me, "create", "finding", 0, e.region_id));
      results_repo::set_finding(s, problem, finding);
      finding_ids.emplace_back(finding);
    }
    const std::string before = boost::json::serialize(boost::json::object{{"status", e.status}});
    e.status = step.to;
    e.results_sent_at = at;
    e.results_document_id = doc.id;
    e.updated_at = at;
    if (!evaluation_repo::move(s, e, version))
      throw conflict("version_conflict", "重点评价已被他人办理，请刷新后重试", "version");
    evaluation_workflow().record(
        s, db_.dialect(), me, step, e.id, e.region_id, before,
        boost::json::serialize(boost::json::object{{"status", e.status},
                                                   {"document_id", doc.id},
                                                   {"document_number", doc.number},
                                                   {"problems", problems.size()},
                                                   {"finding_ids", finding_ids}}));
    return view(s, c, evaluation_or_404(s, c, id));
  });
}

}  // namespace jixiao::key_evaluation
