// The workflow of a kind of document, as data: its states, and a table of who may move it from
// one state to another. Every stage ships its documents' tables in data/workflows/; the component
// answers what a caller may do now (for the UI), checks a step before it is taken, and records
// the step on the document's timeline (the audit log) in the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"

namespace jixiao::workflow {

struct State {
  std::string name;       // "draft"
  std::string label;      // 中文, "草稿"
  bool editable = false;  // the document's content may be changed in this state
};

// One row: in state `from`, a caller who plays `actor` may take `action` (with `decision`, when
// the action asks for one), and the document moves to `to`. `to` equal to `from` keeps the
// state (an edit, an advisory opinion); an empty `to` removes the document.
struct Transition {
  std::string from;
  std::string actor;     // as the document kind names its actors: "author", "section", "office"
  std::string action;    // "submit", "review_section", ...
  std::string decision;  // empty when the action takes none: "pass", "return", "approve"
  std::string to;
  std::string audit;  // the timeline's word for the step; empty: the decision, else the action

  std::string_view audit_action() const {
    return !audit.empty() ? audit : !decision.empty() ? decision : action;
  }
};

// A 中文 label for an action or a decision, for messages and the UI.
struct Label {
  std::string name;
  std::string label;
};

// The roles a caller plays for one document ("author", "office", ...), decided by the stage.
using Actors = std::vector<std::string>;

class Workflow {
 public:
  // Throws std::logic_error when a transition names a state that is not declared, or an action
  // or decision without a label: the table is checked once, when the stage is built.
  Workflow(std::string entity, std::vector<State> states, std::vector<Transition> transitions,
           std::vector<Label> labels);

  const std::string& entity() const { return entity_; }
  const std::vector<State>& states() const { return states_; }
  const std::vector<Transition>& transitions() const { return transitions_; }
  // The state a new document starts in: the first declared.
  const std::string& initial() const { return states_.front().name; }

  bool is_state(std::string_view name) const { return find_state(name) != nullptr; }
  // Whether any row of the table takes this action.
  bool has_action(std::string_view action) const;
  // "" for an unknown state.
  std::string_view state_label(std::string_view name) const;
  bool editable(std::string_view state) const;
  // The label of an action or decision; the name itself when it has none.
  std::string_view label(std::string_view name) const;

  // What a caller playing these actors may do in this state: each action once, in table order.
  std::vector<std::string> allowed_actions(std::string_view state, const Actors& actors) const;
  bool allows(std::string_view state, std::string_view action, const Actors& actors) const;
  // The decisions an action takes in this state for these actors, in table order.
  std::vector<std::string> decisions(std::string_view state, std::string_view action,
                                     const Actors& actors) const;

  // The transition the caller takes, or a typed error that names why not: precondition
  // "bad_status" when this state does not allow the action to these actors, invalid("decision")
  // when the action does not take that decision here.
  const Transition& take(std::string_view state, std::string_view action, std::string_view decision,
                         const Actors& actors) const;

  // Appends the step to the document's timeline, inside the caller's write transaction, so that
  // it commits or rolls back with the change it records.
  void record(soci::session& s, db::Dialect dialect, const auth::Principal& me,
              const Transition& step, long long document_id, long long region_id,
              std::string before_json, std::string after_json) const;

 private:
  const State* find_state(std::string_view name) const;

  std::string entity_;
  std::vector<State> states_;
  std::vector<Transition> transitions_;
  std::vector<Label> labels_;
};

// The workflow shipped as data/workflows/<entity>.json (states, actors, transitions, labels), the
// one table that the server enforces and the web app reads its labels from. Throws
// std::logic_error for a file that is missing or malformed, or names an actor it does not declare.
Workflow load_workflow(std::string_view entity);

}  // namespace jixiao::workflow
