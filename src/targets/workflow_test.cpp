// The target workflow (R-TR-1) as a finance officer reads it: in a state, who may do what, and
// where each decision leads.
#include "targets/workflow.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::targets {
namespace {

struct Allowed {
  const char* state;
  workflow::Actors actors;
  std::vector<std::string> actions;
};

TEST(TargetWorkflow, WhoMayDoWhatInEachState) {
  const std::vector<Allowed> cases = {
      {"draft", {"author"}, {"edit", "delete", "submit"}},
      {"returned", {"author"}, {"edit", "submit"}},
      {"adjusting", {"author"}, {"edit", "submit"}},
      {"submitted", {"author"}, {}},
      {"approved", {"author"}, {"adjust"}},
      {"rejected", {"author"}, {}},
      // R-TR-1: the department reviews its units' targets first, then the section.
      {"submitted", {"department"}, {"review_department"}},
      {"department_reviewed", {"department"}, {}},
      {"submitted", {"section"}, {}},
      {"department_reviewed", {"section"}, {"review_section"}},
      {"section_reviewed", {"section"}, {}},
      // The office decides after the section, or alone when no section is in charge.
      {"submitted", {"office"}, {}},
      {"submitted", {"office", "office_direct"}, {}},
      {"department_reviewed", {"office"}, {}},
      {"department_reviewed", {"office", "office_direct"}, {"review_office"}},
      {"section_reviewed", {"office"}, {"review_office"}},
      {"approved", {"office"}, {"add_case"}},
      // An office that writes its own target is its author as well.
      {"approved", {"author", "office"}, {"adjust", "add_case"}},
      {"submitted", {"expert"}, {"review_expert"}},
      {"department_reviewed", {"expert"}, {"review_expert"}},
      {"section_reviewed", {"expert"}, {"review_expert"}},
      {"approved", {"expert"}, {}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(target_workflow().allowed_actions(c.state, c.actors), c.actions)
        << c.state << " as " << (c.actors.empty() ? "nobody" : c.actors.front());
}

struct Step {
  const char* state;
  const char* actor;
  const char* action;
  const char* decision;
  const char* to;  // nullptr: refused
};

TEST(TargetWorkflow, WhereEachDecisionLeads) {
  const std::vector<Step> cases = {
      {"draft", "author", "submit", "", "submitted"},
      {"returned", "author", "submit", "", "submitted"},
      {"adjusting", "author", "submit", "", "submitted"},
      {"approved", "author", "adjust", "", "adjusting"},
      {"submitted", "department", "review_department", "pass", "department_reviewed"},
      {"submitted", "department", "review_department", "return", "returned"},
      {"submitted", "department", "review_department", "approve", nullptr},  // it does not decide
      {"submitted", "section", "review_section", "pass", nullptr},  // the department comes first
      {"department_reviewed", "section", "review_section", "pass", "section_reviewed"},
      {"department_reviewed", "section", "review_section", "return", "returned"},
      {"department_reviewed", "section", "review_section", "approve", nullptr},
      {"section_reviewed", "office", "review_office", "approve", "approved"},
      {"section_reviewed", "office", "review_office", "reject", "rejected"},
      {"section_reviewed", "office", "review_office", "return", "returned"},
      {"department_reviewed", "office_direct", "review_office", "approve", "approved"},
      {"submitted", "office_direct", "review_office", "approve", nullptr},
      {"submitted", "expert", "review_expert", "advise", "submitted"},
      {"department_reviewed", "expert", "review_expert", "advise", "department_reviewed"},
      {"submitted", "expert", "review_expert", "approve", nullptr},  // an expert only advises
      {"submitted", "author", "submit", "", nullptr},                // not twice
      {"approved", "author", "edit", "", nullptr},                   // only through an adjustment
      {"returned", "author", "delete", "", nullptr},                 // only drafts are deleted
  };
  for (const auto& c : cases) {
    const std::string what =
        std::string(c.state) + " " + c.actor + " " + c.action + " " + c.decision;
    if (c.to) {
      EXPECT_EQ(target_workflow().take(c.state, c.action, c.decision, {c.actor}).to, c.to) << what;
    } else {
      EXPECT_THROW(target_workflow().take(c.state, c.action, c.decision, {c.actor}), AppError)
          << what;
    }
  }
}

// A department's own target, or one the department or the office submits, does not wait for the
// department's review; a unit's own submission does, even when the unit is also its author.
TEST(TargetWorkflow, ASubmissionAboveTheUnitSkipsTheDepartmentsReview) {
  const auto& flow = target_workflow();
  for (const char* from : {"draft", "returned", "adjusting"}) {
    EXPECT_EQ(flow.take(from, "submit", "", {"author_above_unit", "author"}).to,
              "department_reviewed")
        << from;
    EXPECT_EQ(flow.take(from, "submit", "", {"author"}).to, "submitted") << from;
  }
  EXPECT_EQ(flow.allowed_actions("draft", {"author_above_unit", "author"}),
            (std::vector<std::string>{"edit", "delete", "submit"}));
}

// The queues are read off the table: each reviewer waits on the states it may review in.
TEST(TargetWorkflow, QueuesFollowTheTable) {
  EXPECT_EQ(department_queue().states, (std::vector<std::string>{"submitted"}));
  EXPECT_TRUE(department_queue().states_without_section.empty());
  EXPECT_EQ(section_queue().states, (std::vector<std::string>{"department_reviewed"}));
  EXPECT_EQ(office_queue().states, (std::vector<std::string>{"section_reviewed"}));
  EXPECT_EQ(office_queue().states_without_section,
            (std::vector<std::string>{"department_reviewed"}));
  EXPECT_EQ(named_queue("department")->states, department_queue().states);
  EXPECT_EQ(named_queue("office")->states_without_section, office_queue().states_without_section);
  EXPECT_FALSE(named_queue("expert"));
}

TEST(TargetWorkflow, StatesInChineseAndWhichMayBeEdited) {
  EXPECT_EQ(status_label("section_reviewed"), "科室已初审");
  EXPECT_EQ(status_label("department_reviewed"), "部门已审核");
  std::vector<std::string> editable;
  for (const auto& s : target_workflow().states())
    if (s.editable) editable.push_back(s.name);
  EXPECT_EQ(editable, (std::vector<std::string>{"draft", "returned", "adjusting"}));
}

}  // namespace
}  // namespace jixiao::targets
