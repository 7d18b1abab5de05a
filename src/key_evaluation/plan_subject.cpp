#include "key_evaluation/plan_subject.h"

#include "base/date.h"
#include "base/error.h"
#include "base/text.h"
#include "base/vocabulary.h"
#include "db/query.h"
#include "org/repo.h"
#include "projects/repo.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount

bool project_kind(const std::string& kind) {
  return kind == "project" || kind == "mid_term" || kind == "special_bond";
}

void check_term(const std::optional<std::string>& v, const char* vocab, const char* field,
                const char* label) {
  if (v && !vocabulary(vocab).contains(*v))
    throw invalid(field, std::string(label) + "不正确，请从列表中选择");
}

void check_length(const std::optional<std::string>& v, const char* field, const char* label,
                  std::size_t max_chars) {
  if (v && utf8_length(*v) > max_chars)
    throw invalid(field, std::string(label) + "不超过 " + std::to_string(max_chars) + " 个字");
}

// A field that names another kind's subject.
void refuse(const std::optional<long long>& v, const char* field, const std::string& kind,
            const char* what) {
  if (v && *v != 0)
    throw invalid(field,
                  std::string(vocabulary("key_evaluation_kind").label(kind)) + "不填写" + what);
}

org::Unit department_of_region(soci::session& s, long long id, long long region_id,
                               const char* field) {
  const auto d = org::repo::find_unit(s, id);
  if (!d || d->kind != "department" || d->region_id != region_id)
    throw invalid(field, "部门不存在或不是本地区的部门");
  return *d;
}

bool taken(soci::session& s, db::Query& q, long long except_id) {
  q.sql(" AND id <> ").bind(except_id);
  return q.scalar(s) > 0;
}

AppError duplicate(const char* field, const std::string& what, long long year) {
  return AppError(ErrorKind::precondition, "duplicate_subject",
                  what + "已列入 " + std::to_string(year) + " 年度的评价计划", field);
}

void settle_project(soci::session& s, const auth::Principal& me, const PlanInput& in,
                    const std::optional<PlanSubject>& before, PlanSubject& p) {
  refuse(in.subject_region_id, "subject_region_id", p.kind, "下级地区");
  if (!before && !in.project_id) throw invalid("project_id", "请选择被评价的项目");
  if (in.project_id && (!before || *in.project_id != before->project_id)) {
    auth::DataScope tree;
    tree.kind = auth::DataScope::Kind::region_tree;
    tree.id = me.region_id;
    tree.path = me.region_path;
    const auto pr = projects::repo::find(s, *in.project_id, tree);
    if (!pr) throw invalid("project_id", "项目不存在或不在本地区及所辖地区");
    if (pr->year != p.year)
      throw invalid("project_id",
                    "项目“" + pr->name + "”不是 " + std::to_string(p.year) + " 年度的项目");
    if (pr->status != "approved" && pr->status != "executing" && pr->status != "completed")
      throw invalid("project_id", "项目“" + pr->name + "”尚未批复，不能列入评价计划");
    p.project_id = pr->id;
    p.department_id = pr->department_id;
    p.unit_id = pr->unit_id;
    if (!in.name) p.name = pr->name;
    if (!in.fund_type) p.fund_type = pr->fund_type;
    if (!in.budget_fen) p.budget_fen = pr->amount_fen;
  }
  if (in.department_id && *in.department_id != p.department_id)
    throw invalid("department_id", "项目类评价的部门取自项目，不能另行指定");
  if (in.unit_id && *in.unit_id != p.unit_id)
    throw invalid("unit_id", "项目类评价的单位取自项目，不能另行指定");
}

// department and policy: the department of the region, and a unit of it when given.
void settle_department(soci::session& s, const PlanInput& in,
                       const std::optional<PlanSubject>& before, PlanSubject& p) {
  refuse(in.project_id, "project_id", p.kind, "项目");
  refuse(in.subject_region_id, "subject_region_id", p.kind, "下级地区");
  if (!before && !in.department_id)
    throw invalid("department_id",
                  p.kind == "policy" ? "请选择政策的主管部门" : "请选择被评价的部门");
  if (in.department_id && (!before || *in.department_id != before->department_id)) {
    const auto d = department_of_region(s, *in.department_id, p.region_id, "department_id");
    p.department_id = d.id;
    p.unit_id = 0;
    if (p.kind == "department" && !in.name) p.name = d.name + "部门整体支出";
  }
  if (in.unit_id) {
    p.unit_id = 0;
    if (*in.unit_id != 0) {
      const auto u = org::repo::find_unit(s, *in.unit_id);
      if (!u || u->department_id != p.department_id)
        throw invalid("unit_id", "单位不存在或不属于所选部门");
      p.unit_id = u->id;
    }
  }
}

void settle_region(soci::session& s, const PlanInput& in, const std::optional<PlanSubject>& before,
                   PlanSubject& p) {
  refuse(in.project_id, "project_id", p.kind, "项目");
  refuse(in.department_id, "department_id", p.kind, "部门");
  refuse(in.unit_id, "unit_id", p.kind, "单位");
  if (!before && !in.subject_region_id)
    throw invalid("subject_region_id", "请选择被评价的下级地区");
  if (in.subject_region_id && (!before || *in.subject_region_id != before->subject_region_id)) {
    const auto r = org::repo::find_region(s, *in.subject_region_id);
    if (!r || r->parent_id != p.region_id)
      throw invalid("subject_region_id", "只能评价本地区直接管辖的下级地区");
    p.subject_region_id = r->id;
    if (!in.name) p.name = r->name + "财政运行情况";
  }
}

void check_duplicate(soci::session& s, const PlanSubject& p, long long except_id) {
  db::Query q("SELECT COUNT(*) FROM key_evaluations WHERE year = ");
  q.bind(p.year);
  if (project_kind(p.kind)) {
    q.sql(" AND project_id = ").bind(p.project_id);
    if (taken(s, q, except_id)) throw duplicate("project_id", "项目“" + p.name + "”", p.year);
    return;
  }
  q.sql(" AND region_id = ").bind(p.region_id).sql(" AND kind = ").bind(p.kind);
  if (p.kind == "department") {
    q.sql(" AND department_id = ").bind(p.department_id);
    if (taken(s, q, except_id)) throw duplicate("department_id", "该部门的整体支出", p.year);
  } else if (p.kind == "policy") {
    q.sql(" AND name = ").bind(p.name);
    if (taken(s, q, except_id)) throw duplicate("name", "政策“" + p.name + "”", p.year);
  } else {
    q.sql(" AND subject_region_id = ").bind(p.subject_region_id);
    if (taken(s, q, except_id)) throw duplicate("subject_region_id", "该地区的财政运行", p.year);
  }
}

}  // namespace

PlanInput read_plan_input(JsonReader& in) {
  PlanInput p;
  p.year = in.optional_int("year", 2000, 2100);
  p.kind = in.optional_string("kind", 32);
  p.name = in.optional_string("name", 200);
  p.scope = in.optional_string("scope", 2000);
  p.project_id = in.optional_int("project_id", 1, INT64_MAX);
  p.department_id = in.optional_int("department_id", 1, INT64_MAX);
  p.unit_id = in.optional_int("unit_id", 0, INT64_MAX);
  p.subject_region_id = in.optional_int("subject_region_id", 1, INT64_MAX);
  p.fund_type = in.optional_string("fund_type", 32);
  if (auto f = in.optional_int("budget_fen", -kMaxFen, kMaxFen)) {
    if (*f < 0) throw invalid("budget_fen", "评价涉及金额不能为负数");
    p.budget_fen = *f;
  }
  p.due = in.optional_string("due", 10);
  p.mode = in.optional_string("mode", 16);
  return p;
}

PlanSubject settle_subject(soci::session& s, const auth::Principal& me, const PlanInput& in,
                           const std::optional<PlanSubject>& before, long long except_id) {
  PlanSubject p = before.value_or(PlanSubject{});
  if (!before) p.region_id = me.region_id;
  if (in.year && before && *in.year != before->year) throw invalid("year", "评价年度不能修改");
  if (!in.year && !before) throw invalid("year", "请填写评价年度");
  if (in.year) p.year = *in.year;
  check_term(in.kind, "key_evaluation_kind", "kind", "评价类别");
  if (in.kind && before && *in.kind != before->kind)
    throw invalid("kind", "评价类别不能修改，请移出计划后重新列入");
  if (!in.kind && !before) throw invalid("kind", "请选择评价类别");
  if (in.kind) p.kind = *in.kind;
  check_term(in.mode, "key_evaluation_mode", "mode", "评价方式");
  if (!in.mode && !before) throw invalid("mode", "请选择评价方式");
  if (in.mode) p.mode = *in.mode;
  if (in.due && !is_iso_date(*in.due)) throw invalid("due", "完成时限应为日期，格式如 2026-06-30");
  if (!in.due && !before) throw invalid("due", "请填写完成时限");
  if (in.due) p.due = *in.due;
  check_length(in.scope, "scope", "评价范围", 2000);
  if (in.scope) p.scope = *in.scope;
  check_length(in.name, "name", "评价对象名称", 200);
  if (in.name && in.name->empty()) throw invalid("name", "评价对象名称不能为空");
  if (in.name) p.name = *in.name;
  check_term(in.fund_type, "fund_type", "fund_type", "资金类型");
  if (in.fund_type) p.fund_type = *in.fund_type;
  if (in.budget_fen) p.budget_fen = *in.budget_fen;

  if (project_kind(p.kind)) {
    settle_project(s, me, in, before, p);
  } else {
    if (!before && !in.fund_type) throw invalid("fund_type", "请选择资金类型");
    if (!before && !in.budget_fen) throw invalid("budget_fen", "请填写评价涉及金额");
    if (p.kind == "fiscal_operation")
      settle_region(s, in, before, p);
    else
      settle_department(s, in, before, p);
  }
  if (p.name.empty()) throw invalid("name", "请填写评价对象名称");
  check_duplicate(s, p, except_id);
  return p;
}

}  // namespace jixiao::key_evaluation
