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
      {"submitted", {"section"}, {"review_section"}},
      {"section_reviewed", {"section"}, {}},
      // The office decides after the section, or alone when no section is in charge.
      {"submitted", {"office"}, {}},
      {"submitted", {"office", "office_direct"}, {"review_office"}},
      {"section_reviewed", {"office"}, {"review_office"}},
      {"approved", {"office"}, {"add_case"}},
      // An office that writes its own target is its author as well.
      {"approved", {"author", "office"}, {"adjust", "add_case"}},
      {"submitted", {"expert"}, {"review_expert"}},
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
      {"submitted", "section", "review_section", "pass", "section_reviewed"},
      {"submitted", "section", "review_section", "return", "returned"},
      {"submitted", "section", "review_section", "approve", nullptr},  // a section does not approve
      {"section_reviewed", "office", "review_office", "approve", "approved"},
      {"section_reviewed", "office", "review_office", "reject", "rejected"},
      {"section_reviewed", "office", "review_office", "return", "returned"},
      {"submitted", "office_direct", "review_office", "approve", "approved"},
      {"submitted", "expert", "review_expert", "advise", "submitted"},
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

TEST(TargetWorkflow, StatesInChineseAndWhichMayBeEdited) {
  EXPECT_EQ(status_label("section_reviewed"), "科室已初审");
  std::vector<std::string> editable;
  for (const auto& s : target_workflow().states())
    if (s.editable) editable.push_back(s.name);
  EXPECT_EQ(editable, (std::vector<std::string>{"draft", "returned", "adjusting"}));
}

}  // namespace
}  // namespace jixiao::targets
