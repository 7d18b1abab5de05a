#include "key_evaluation/registry_access.h"

#include "base/error.h"
#include "base/text.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Role;

bool reads_region(Role r) {
  return r == Role::admin || r == Role::performance_office || r == Role::business_section ||
         r == Role::viewer;
}

}  // namespace

const workflow::Workflow& agency_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("agency");
  return w;
}

const workflow::Workflow& expert_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("expert");
  return w;
}

RegistryReader agency_reader(soci::session& s, const auth::Principal& me) {
  RegistryReader who;
  if (reads_region(me.role)) {
    who.region_path = me.region_path;
    return who;
  }
  if (me.role == Role::agency) {
    who.agency_id = registry_repo::agency_of_user(s, me.user_id);
    return who;
  }
  throw forbidden("无权查看第三方机构库");
}

RegistryReader expert_reader(const auth::Principal& me) {
  RegistryReader who;
  if (reads_region(me.role)) {
    who.region_path = me.region_path;
    return who;
  }
  if (me.role == Role::expert) {
    who.expert_user_id = me.user_id;
    return who;
  }
  throw forbidden("无权查看专家库");
}

bool keeps_registry(const auth::Principal& me, long long region_id) {
  return (me.role == Role::performance_office || me.role == Role::business_section) &&
         me.region_id == region_id;
}

workflow::Actors registry_actors(const auth::Principal& me, long long region_id) {
  if (keeps_registry(me, region_id)) return {"manager"};
  return {};
}

void require_keeper(const auth::Principal& me) {
  if (me.role != Role::performance_office && me.role != Role::business_section)
    throw forbidden("只有绩效科和业务科室可以管理第三方机构库和专家库");
}

void check_text(const std::optional<std::string>& v, const char* field, const char* label,
                std::size_t max_chars, bool required) {
  if (!v) {
    if (required) throw invalid(field, std::string("请填写") + label);
    return;
  }
  if (required && v->empty()) throw invalid(field, std::string(label) + "不能为空");
  if (utf8_length(*v) > max_chars)
    throw invalid(field, std::string(label) + "不超过 " + std::to_string(max_chars) + " 个字");
}

void check_phone(const std::optional<std::string>& v, const char* field) {
  if (!v) return;
  bool ok = v->size() <= 30;
  for (char c : *v)
    ok = ok && ((c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')');
  if (!ok) throw invalid(field, "联系电话只能包含数字、空格、加号、连字符和括号，不超过 30 位");
}

}  // namespace jixiao::key_evaluation
