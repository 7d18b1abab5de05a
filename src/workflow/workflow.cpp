#include "workflow/workflow.h"

#include <algorithm>
#include <boost/json.hpp>
#include <stdexcept>

#include "base/embedded_data.h"
#include "base/error.h"

namespace jixiao::workflow {

namespace {

bool plays(const Actors& actors, std::string_view actor) {
  return std::find(actors.begin(), actors.end(), actor) != actors.end();
}

}  // namespace

Workflow::Workflow(std::string entity, std::vector<State> states,
                   std::vector<Transition> transitions, std::vector<Label> labels)
    : entity_(std::move(entity)),
      states_(std::move(states)),
      transitions_(std::move(transitions)),
      labels_(std::move(labels)) {
  if (states_.empty()) throw std::logic_error(entity_ + ": a workflow needs states");
  const auto labelled = [&](const std::string& name) {
    return std::any_of(labels_.begin(), labels_.end(),
                       [&](const Label& l) { return l.name == name; });
  };
  for (const auto& t : transitions_) {
    if (!is_state(t.from) || (!t.to.empty() && !is_state(t.to)))
      throw std::logic_error(entity_ + ": transition " + t.action + " names an unknown state");
    if (t.actor.empty() || !labelled(t.action) || (!t.decision.empty() && !labelled(t.decision)))
      throw std::logic_error(entity_ + ": transition " + t.action + " lacks an actor or a label");
  }
}

const State* Workflow::find_state(std::string_view name) const {
  for (const auto& s : states_)
    if (s.name == name) return &s;
  return nullptr;
}

bool Workflow::has_action(std::string_view action) const {
  for (const auto& t : transitions_)
    if (t.action == action) return true;
  return false;
}

std::string_view Workflow::state_label(std::string_view name) const {
  const State* s = find_state(name);
  return s ? std::string_view(s->label) : std::string_view();
}

bool Workflow::editable(std::string_view state) const {
  const State* s = find_state(state);
  return s && s->editable;
}

std::string_view Workflow::label(std::string_view name) const {
  for (const auto& l : labels_)
    if (l.name == name) return l.label;
  return name;
}

std::vector<std::string> Workflow::allowed_actions(std::string_view state,
                                                   const Actors& actors) const {
  std::vector<std::string> out;
  for (const auto& t : transitions_)
    if (t.from == state && plays(actors, t.actor) &&
        std::find(out.begin(), out.end(), t.action) == out.end())
      out.push_back(t.action);
  return out;
}

bool Workflow::allows(std::string_view state, std::string_view action, const Actors& actors) const {
  return std::any_of(transitions_.begin(), transitions_.end(), [&](const Transition& t) {
    return t.from == state && t.action == action && plays(actors, t.actor);
  });
}

std::vector<std::string> Workflow::decisions(std::string_view state, std::string_view action,
                                             const Actors& actors) const {
  std::vector<std::string> out;
  for (const auto& t : transitions_)
    if (t.from == state && t.action == action && plays(actors, t.actor) && !t.decision.empty())
      out.push_back(t.decision);
  return out;
}

const Transition& Workflow::take(std::string_view state, std::string_view action,
                                 std::string_view decision, const Actors& actors) const {
  const Transition* allowed = nullptr;
  for (const auto& t : transitions_) {
    if (t.from != state || t.action != action || !plays(actors, t.actor)) continue;
    if (t.decision == decision) return t;
    allowed = &t;
  }
  if (!allowed)
    throw precondition("bad_status", std::string(label(action)) + "：当前状态为" +
                                         std::string(state_label(state)) + "，不能办理");
  // The action is open to the caller, but not with that decision: say which ones it takes.
  std::string choices;
  for (const auto& d : decisions(state, action, actors)) {
    if (!choices.empty()) choices += "、";
    choices += d + "（" + std::string(label(d)) + "）";
  }
  throw invalid("decision", std::string(label(action)) + "只能选择 " + choices);
}

Workflow load_workflow(std::string_view entity) {
  const std::string path = "workflows/" + std::string(entity) + ".json";
  try {
    const auto root = boost::json::parse(embedded_file(path)).as_object();
    const auto text = [](const boost::json::object& o, const char* key) {
      const auto* v = o.if_contains(key);
      return v ? std::string(v->as_string()) : std::string();
    };
    std::vector<State> states;
    for (const auto& v : root.at("states").as_array()) {
      const auto& o = v.as_object();
      states.push_back({text(o, "name"), text(o, "label"), o.at("editable").as_bool()});
    }
    const auto& actors = root.at("actors").as_object();
    std::vector<Transition> transitions;
    for (const auto& v : root.at("transitions").as_array()) {
      const auto& o = v.as_object();
      Transition t{text(o, "from"),     text(o, "actor"), text(o, "action"),
                   text(o, "decision"), text(o, "to"),    text(o, "audit")};
      if (!actors.contains(t.actor))
        throw std::logic_error("actor " + t.actor + " is not declared");
      transitions.push_back(std::move(t));
    }
    std::vector<Label> labels;
    for (const auto& [name, label] : root.at("labels").as_object())
      labels.push_back({std::string(name), std::string(label.as_string())});
    return Workflow(std::string(root.at("entity").as_string()), std::move(states),
                    std::move(transitions), std::move(labels));
  } catch (const std::logic_error&) {
    throw;
  } catch (const std::exception& e) {
    throw std::logic_error(path + ": " + e.what());
  }
}

void Workflow::record(soci::session& s, db::Dialect dialect, const auth::Principal& me,
                      const Transition& step, long long document_id, long long region_id,
                      std::string before_json, std::string after_json) const {
  auto e = audit::entry(me, std::string(step.audit_action()), entity_, document_id, region_id);
  e.before_json = std::move(before_json);
  e.after_json = std::move(after_json);
  audit::append(s, dialect, e);
}

}  // namespace jixiao::workflow
