#include "targets/workflow.h"

#include "org/repo.h"
#include "targets/repo.h"

namespace jixiao::targets {

const workflow::Workflow& target_workflow() {
  static const workflow::Workflow w(
      "target",
      {{"draft", "草稿", true},
       {"submitted", "已提交", false},
       {"section_reviewed", "科室已初审", false},
       {"returned", "已退回", true},
       {"approved", "已批复", false},
       {"rejected", "未通过", false},
       {"adjusting", "调整中", true}},
      {
          // from            actor            action            decision   to
          {"draft", "author", "edit", "", "draft", "update"},
          {"returned", "author", "edit", "", "returned", "update"},
          {"adjusting", "author", "edit", "", "adjusting", "update"},
          {"draft", "author", "delete", "", "", ""},
          {"draft", "author", "submit", "", "submitted", ""},
          {"returned", "author", "submit", "", "submitted", ""},
          {"adjusting", "author", "submit", "", "submitted", ""},
          {"approved", "author", "adjust", "", "adjusting", ""},
          {"submitted", "section", "review_section", "pass", "section_reviewed", ""},
          {"submitted", "section", "review_section", "return", "returned", ""},
          {"section_reviewed", "office", "review_office", "approve", "approved", ""},
          {"section_reviewed", "office", "review_office", "reject", "rejected", ""},
          {"section_reviewed", "office", "review_office", "return", "returned", ""},
          {"submitted", "office_direct", "review_office", "approve", "approved", ""},
          {"submitted", "office_direct", "review_office", "reject", "rejected", ""},
          {"submitted", "office_direct", "review_office", "return", "returned", ""},
          // Experts and agencies advise; their opinion moves nothing.
          {"submitted", "expert", "review_expert", "advise", "submitted", ""},
          {"section_reviewed", "expert", "review_expert", "advise", "section_reviewed", ""},
          {"approved", "office", "add_case", "", "approved", ""},
      },
      {{"edit", "修改"},
       {"delete", "删除"},
       {"submit", "提交"},
       {"adjust", "申请调整"},
       {"review_section", "业务科室初审"},
       {"review_office", "绩效科审核"},
       {"review_expert", "专家评审"},
       {"add_case", "加入案例库"},
       {"pass", "初审通过"},
       {"return", "退回修改"},
       {"approve", "审核通过"},
       {"reject", "不予通过"},
       {"advise", "评审意见"}});
  return w;
}

repo::Queue review_queue(std::string_view action, std::string_view actor,
                         std::string_view actor_without_section) {
  repo::Queue q;
  for (const auto& state : target_workflow().states()) {
    if (target_workflow().allows(state.name, action, {std::string(actor)}))
      q.states.push_back(state.name);
    else if (!actor_without_section.empty() &&
             target_workflow().allows(state.name, action, {std::string(actor_without_section)}))
      q.states_without_section.push_back(state.name);
  }
  return q;
}

workflow::Actors target_actors(soci::session& s, const auth::Principal& me, const Target& t) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, t.id, {auth::write_scope(me), 0}))
    out.emplace_back("author");
  const auto department = org::repo::find_unit(s, t.department_id);
  const long long section = department ? department->section_id : 0;
  if (me.role == auth::Role::business_section && section != 0 && me.section_id == section)
    out.emplace_back("section");
  if (me.role == auth::Role::performance_office && me.region_id == t.region_id) {
    out.emplace_back("office");
    if (section == 0) out.emplace_back("office_direct");
  }
  // An expert or agency reads only the targets assigned to it, so reaching t means assigned.
  if (is_assignable_role(me.role)) out.emplace_back("expert");
  return out;
}

}  // namespace jixiao::targets
