// StepService's experts: the office assigns an expert of its region's pool free of conflicts
// with the subject and the commissioned agency (R-KE-3), and takes one back before it scored.
#include <algorithm>
#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "key_evaluation/conflict_facts.h"
#include "key_evaluation/registry_repo.h"
#include "key_evaluation/step_service.h"
#include "key_evaluation/step_support.h"

namespace jixiao::key_evaluation {

namespace {

using namespace step_support;

std::vector<AssignmentView> views(soci::session& s, long long id) {
  std::vector<AssignmentView> out;
  for (auto& a : assignment_repo::list(s, id)) {
    const bool scored = quality_repo::scored(s, id, a.expert_id);
    out.push_back({std::move(a), scored});
  }
  return out;
}

std::string assignment_json(long long expert_id, const std::string& name) {
  return boost::json::serialize(boost::json::object{
      {"expert", boost::json::object{{"expert_id", expert_id}, {"name", name}}}});
}

}  // namespace

std::vector<AssignmentView> StepService::experts(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    load(s, me, id);
    return views(s, id);
  });
}

std::vector<AssignmentView> StepService::assign_expert(const auth::Principal& me, long long id,
                                                       long long expert_id) {
  return db_.write([&](soci::session& s) {
    auto [caller, e] = load(s, me, id);
    const auto& flow = evaluation_workflow();
    const auto& t = flow.take(e.status, "assign_expert", "", evaluation_actors(s, caller, e));
    const auto expert =
        registry_repo::find_expert(s, expert_id, RegistryReader{.region_path = "/"});
    if (!expert || expert->region_id != e.region_id)
      throw invalid("expert_id", "该专家不在本地区的专家库中");
    if (expert->status != "active") throw invalid("expert_id", "该专家已暂停，不能指派");
    if (assignment_repo::assigned(s, id, expert_id))
      throw invalid("expert_id", "该专家已指派评审本项评价");
    const auto candidate = expert_candidate(s, expert_id);
    refuse_conflicts("expert_id", expert->name,
                     conflicts_of(s, e, *candidate, settings_of(s, e).lookback_years));
    assignment_repo::insert(s, id, expert_id, me.user_id, now_iso());
    flow.record(s, db_.dialect(), me, t, id, e.region_id, "{}",
                assignment_json(expert_id, expert->name));
    return views(s, id);
  });
}

std::vector<AssignmentView> StepService::unassign_expert(const auth::Principal& me, long long id,
                                                         long long expert_id) {
  return db_.write([&](soci::session& s) {
    auto [caller, e] = load(s, me, id);
    const auto& flow = evaluation_workflow();
    workflow::Transition t =
        flow.take(e.status, "assign_expert", "", evaluation_actors(s, caller, e));
    const auto assigned = assignment_repo::list(s, id);
    const auto it = std::find_if(assigned.begin(), assigned.end(),
                                 [&](const Assignment& a) { return a.expert_id == expert_id; });
    if (it == assigned.end()) throw not_found("该专家未指派评审本项评价");
    if (quality_repo::scored(s, id, expert_id))
      throw precondition("scored", "该专家已提交质量评分表，不能撤回指派");
    assignment_repo::remove(s, id, expert_id);
    t.audit = "unassign_expert";
    flow.record(s, db_.dialect(), me, t, id, e.region_id,
                assignment_json(expert_id, it->expert_name), "{}");
    return views(s, id);
  });
}

}  // namespace jixiao::key_evaluation
