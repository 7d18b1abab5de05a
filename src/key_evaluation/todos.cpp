#include "key_evaluation/todos.h"

#include <string>

#include "key_evaluation/evaluation_queue.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/workflow.h"

namespace jixiao::key_evaluation {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long /*year*/,
                  std::vector<workflow::Todo>& out) {
    const auto c = evaluation_caller(s, me);
    const auto queue = queue_of(c);
    if (!queue) return;
    // Every year: a plan of one year's money is carried out the year after, and what waits
    // waits whatever year the home page shows.
    EvaluationFilter f;
    f.queue = queue;
    if (*queue == "office") f.region_id = me.region_id;
    const long long n = evaluation_repo::count(s, f, evaluation_reader(c));
    if (n == 0) return;
    if (*queue == "agency")
      out.push_back({"agency_key_evaluations", "受托的重点评价待办理", n,
                     "/key-evaluations/commissions?waiting=1"});
    else if (*queue == "expert")
      out.push_back({"expert_key_evaluations", "重点评价的方案或报告待评审", n,
                     "/key-evaluations/reviews?waiting=1"});
    else
      out.push_back(
          {"office_key_evaluations", "重点评价待绩效科办理", n, "/key-evaluations?waiting=1"});
  });
}

}  // namespace jixiao::key_evaluation
