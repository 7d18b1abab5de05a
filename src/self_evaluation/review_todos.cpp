#include "self_evaluation/review_todos.h"

#include <string>

#include "self_evaluation/review_repo.h"
#include "self_evaluation/review_scope.h"

namespace jixiao::self_evaluation {

namespace {

// One plan year's to-dos, each linking to its list of that year.
void add_year(soci::session& s, const auth::Principal& me, long long year,
              std::vector<workflow::Todo>& out) {
  using auth::Role;
  const std::string y = std::to_string(year);
  // The caller's own queue, whatever its scope: a reviewer reads what is assigned to it.
  review_repo::SampleFilter mine;
  mine.reviewer_id = me.user_id;
  mine.year = year;
  mine.status = "pending";
  if (long long n = review_repo::count_samples(s, mine, {auth::DataScope{}, me.user_id}))
    out.push_back({"pending_self_evaluation_reviews", y + " 年度待复核的绩效自评", n,
                   "/self-evaluation-reviews/samples?status=pending&year=" + y});
  // The office assigns the samples of its own region's fixed plan (a county's office its own).
  if (me.role != Role::performance_office) return;
  for (const auto& p : review_repo::plans(s, year, plan_scope(me))) {
    if (p.region_id != me.region_id || p.fixed_at.empty()) continue;
    review_repo::SampleFilter unassigned;
    unassigned.plan_id = p.id;
    unassigned.status = "pending";
    unassigned.assigned = false;
    if (long long n = review_repo::count_samples(s, unassigned, {plan_scope(me), 0}))
      out.push_back({"unassigned_self_evaluation_reviews",
                     y + " 年度自评抽查计划中待指定复核人的自评", n,
                     "/self-evaluation-reviews/plans/" + std::to_string(p.id)});
  }
}

}  // namespace

void add_review_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    const bool reviews = me.role == Role::performance_office || me.role == Role::business_section ||
                         me.role == Role::expert;
    if (!reviews) return;
    // Samples of plan year Y are reviewed in Y+1: a working year shows the year before's too.
    add_year(s, me, year, out);
    add_year(s, me, year - 1, out);
  });
}

}  // namespace jixiao::self_evaluation
