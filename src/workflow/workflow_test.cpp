#include "workflow/workflow.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::workflow {
namespace {

// A two-step document: a writer sends it, a checker accepts or sends it back.
Workflow letter() {
  return Workflow(
      "letter", {{"draft", "草稿", true}, {"sent", "已发出", false}, {"accepted", "已接收", false}},
      {{"draft", "writer", "edit", "", "draft", "update"},
       {"draft", "writer", "send", "", "sent", ""},
       {"sent", "checker", "check", "accept", "accepted", ""},
       {"sent", "checker", "check", "return", "draft", ""},
       {"draft", "writer", "discard", "", "", ""}},
      {{"edit", "修改"},
       {"send", "发出"},
       {"check", "接收确认"},
       {"accept", "接收"},
       {"return", "退回"},
       {"discard", "作废"}});
}

TEST(Workflow, StatesCarryLabelsAndWhetherTheyMayBeEdited) {
  const auto w = letter();
  EXPECT_EQ(w.initial(), "draft");
  EXPECT_EQ(w.state_label("sent"), "已发出");
  EXPECT_EQ(w.state_label("lost"), "");
  EXPECT_TRUE(w.editable("draft"));
  EXPECT_FALSE(w.editable("sent"));
  EXPECT_TRUE(w.is_state("accepted"));
  EXPECT_FALSE(w.is_state("lost"));
}

TEST(Workflow, AllowedActionsFollowTheTableForTheActorsPlayed) {
  const auto w = letter();
  EXPECT_EQ(w.allowed_actions("draft", {"writer"}),
            (std::vector<std::string>{"edit", "send", "discard"}));
  EXPECT_EQ(w.allowed_actions("draft", {"checker"}), std::vector<std::string>{});
  // An action with two decisions is offered once.
  EXPECT_EQ(w.allowed_actions("sent", {"writer", "checker"}), std::vector<std::string>{"check"});
  EXPECT_EQ(w.decisions("sent", "check", {"checker"}),
            (std::vector<std::string>{"accept", "return"}));
  EXPECT_TRUE(w.allows("draft", "send", {"writer"}));
  EXPECT_FALSE(w.allows("accepted", "send", {"writer"}));
}

TEST(Workflow, TakingAStepGivesTheNextStateOrSaysWhyNot) {
  const auto w = letter();
  EXPECT_EQ(w.take("draft", "send", "", {"writer"}).to, "sent");
  EXPECT_EQ(w.take("sent", "check", "return", {"checker"}).to, "draft");
  EXPECT_EQ(w.take("draft", "discard", "", {"writer"}).to, "");  // the document goes
  try {
    w.take("sent", "send", "", {"writer"});
    FAIL() << "sent twice";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::precondition);
    EXPECT_EQ(e.code(), "bad_status");
    EXPECT_NE(std::string(e.what()).find("已发出"), std::string::npos) << e.what();
  }
  try {
    w.take("sent", "check", "approve", {"checker"});
    FAIL() << "an unknown decision was taken";
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::invalid);
    EXPECT_EQ(e.field(), "decision");
    EXPECT_NE(std::string(e.what()).find("accept（接收）、return（退回）"), std::string::npos)
        << e.what();
  }
  // Another actor's step is refused like a wrong state.
  EXPECT_THROW(w.take("sent", "check", "accept", {"writer"}), AppError);
}

TEST(Workflow, TheTimelineWordIsTheDecisionElseTheAction) {
  const auto w = letter();
  EXPECT_EQ(w.take("draft", "edit", "", {"writer"}).audit_action(), "update");
  EXPECT_EQ(w.take("draft", "send", "", {"writer"}).audit_action(), "send");
  EXPECT_EQ(w.take("sent", "check", "return", {"checker"}).audit_action(), "return");
}

TEST(Workflow, ATableWithAnUnknownStateOrLabelIsRefusedWhenBuilt) {
  EXPECT_THROW(
      Workflow("x", {{"a", "甲", false}}, {{"a", "who", "go", "", "b", ""}}, {{"go", "去"}}),
      std::logic_error);
  EXPECT_THROW(Workflow("x", {{"a", "甲", false}}, {{"a", "who", "go", "", "a", ""}}, {}),
               std::logic_error);
  EXPECT_THROW(Workflow("x", {{"a", "甲", false}}, {{"a", "", "go", "", "a", ""}}, {{"go", "去"}}),
               std::logic_error);
  EXPECT_THROW(Workflow("x", {}, {}, {}), std::logic_error);
}

TEST(Workflow, AShippedTableIsLoadedAndAMissingOneStopsTheProgram) {
  const auto target = load_workflow("target");
  EXPECT_EQ(target.entity(), "target");
  EXPECT_EQ(target.initial(), "draft");
  EXPECT_THROW(load_workflow("no_such_document"), std::logic_error);
}

}  // namespace
}  // namespace jixiao::workflow
