#include "self_evaluation/review_workflow.h"

#include <gtest/gtest.h>

namespace jixiao::self_evaluation {
namespace {

using Actions = std::vector<std::string>;

auth::Principal office(long long region_id) {
  auth::Principal p;
  p.user_id = 1;
  p.role = auth::Role::performance_office;
  p.region_id = region_id;
  return p;
}

TEST(SelfEvaluationReviewWorkflow, ThePlanIsTheOfficesWhileADraftAndNobodysOnceFixed) {
  ReviewPlan p;
  p.region_id = 4;
  EXPECT_EQ(plan_workflow().initial(), "draft");
  EXPECT_EQ(plan_workflow().allowed_actions("draft", plan_actors(office(4), p)),
            (Actions{"edit", "fix"}));
  EXPECT_TRUE(plan_actors(office(5), p).empty());  // another region's office
  auth::Principal viewer = office(4);
  viewer.role = auth::Role::viewer;
  EXPECT_TRUE(plan_actors(viewer, p).empty());
  EXPECT_TRUE(plan_workflow().allowed_actions("fixed", plan_actors(office(4), p)).empty());
  EXPECT_FALSE(plan_workflow().editable("fixed"));
}

TEST(SelfEvaluationReviewWorkflow, TheOfficeAssignsAndOnlyTheAssignedReviewerScores) {
  ReviewPlan p;
  p.region_id = 4;
  ReviewSample x;
  x.reviewer_id = 9;
  auth::Principal expert;
  expert.user_id = 9;
  expert.role = auth::Role::expert;
  EXPECT_EQ(sample_workflow().initial(), "pending");
  EXPECT_EQ(sample_workflow().allowed_actions("pending", sample_actors(office(4), p, x)),
            (Actions{"assign"}));
  EXPECT_EQ(sample_workflow().allowed_actions("pending", sample_actors(expert, p, x)),
            (Actions{"review", "complete"}));
  expert.user_id = 10;  // another expert
  EXPECT_TRUE(sample_actors(expert, p, x).empty());
  x.reviewer_id = 0;  // nobody assigned: no one plays the reviewer
  auth::Principal nobody;
  EXPECT_TRUE(sample_actors(nobody, p, x).empty());
  EXPECT_TRUE(sample_workflow().allowed_actions("reviewed", {"office", "reviewer"}).empty());
  EXPECT_EQ(sample_workflow().take("pending", "review", "", {"reviewer"}).audit_action(),
            "save_review");
}

}  // namespace
}  // namespace jixiao::self_evaluation
