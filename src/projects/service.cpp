#include "projects/service.h"

#include <algorithm>
#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"
#include "org/repo.h"
#include "projects/import_rules.h"
#include "projects/json.h"
#include "projects/workflow.h"

namespace jixiao::projects {

namespace {

constexpr Fen kMaxAmountFen = 100'000'000'000'000LL;  // 1 万亿元: no project is larger

// Field checks shared by create and update (R: bad input names its field, in Chinese).
void validate(const ProjectInput& in) {
  if (in.code) {
    if (in.code->empty()) throw invalid("code", "项目编码不能为空");
    for (char c : *in.code)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
        throw invalid("code", "项目编码只能包含字母、数字、- 和 _");
  }
  if (in.name && in.name->empty()) throw invalid("name", "项目名称不能为空");
  if (in.fund_type && !is_fund_type(*in.fund_type))
    throw invalid(
        "fund_type",
        "资金类型必须是一般公共预算、政府性基金预算、国有资本经营预算或社会保险基金预算之一");
  if (in.category && !is_category(*in.category))
    throw invalid("category", "项目类别必须是新增项目、延续项目或经常性项目");
  if (in.function_class) {
    const auto& f = *in.function_class;
    bool digits = f.size() >= 3 && f.size() <= 7;
    for (char c : f) digits = digits && c >= '0' && c <= '9';
    if (!digits) throw invalid("function_class", "支出功能分类科目应为 3 至 7 位数字，如 2050201");
  }
  if (in.amount_fen && (*in.amount_fen < 0 || *in.amount_fen > kMaxAmountFen))
    throw invalid("amount_fen", "金额必须是 0 到 1 万亿元之间的整数（分）");
  if (in.tags && !tags_to_bits(*in.tags)) throw invalid("tags", "项目标签不正确");
  if (in.year && (*in.year < 2000 || *in.year > 2100)) throw invalid("year", "年度不正确");
}

void apply(Project& p, const ProjectInput& in) {
  if (in.year) p.year = *in.year;
  if (in.code) p.code = *in.code;
  if (in.name) p.name = *in.name;
  if (in.unit_id) p.unit_id = *in.unit_id;
  if (in.fund_type) p.fund_type = *in.fund_type;
  if (in.amount_fen) p.amount_fen = *in.amount_fen;
  if (in.function_class) p.function_class = *in.function_class;
  if (in.category) p.category = *in.category;
  if (in.parent_id) p.parent_id = *in.parent_id;
  if (in.tags) p.tags = *tags_to_bits(*in.tags);
}

// Checks the references of p against the database and the caller's write scope, and fills the
// fields that follow from the unit (region, department).
void resolve(soci::session& s, const auth::Principal& me, Project& p) {
  const auto unit = org::repo::find_unit(s, p.unit_id);
  if (!unit || !org::repo::unit_in_scope(s, p.unit_id, auth::write_scope(me)))
    throw invalid("unit_id", "单位不存在或不在您的管理范围内");
  p.region_id = unit->region_id;
  p.department_id = unit->department_id;
  if (!org::repo::fiscal_year_open(s, p.region_id, p.year))
    throw invalid("year", "该年度未开放或已结账");
  if (repo::code_taken(s, p.region_id, p.year, p.code, p.id))
    throw conflict("duplicate_code", "本年度已有相同编码的项目", "code");
  if (p.parent_id) {
    const auto parent = repo::find(s, p.parent_id, auth::read_scope(me));
    if (!parent || parent->region_id != p.region_id || parent->year != p.year ||
        parent->id == p.id || parent->parent_id != 0)
      throw invalid("parent_id", "所属一级项目不存在，或不属于同一地区和年度");
  }
}

audit::Entry change(const auth::Principal& me, const char* action, const Project& p) {
  return audit::entry(me, action, "project", p.id, p.region_id);
}

}  // namespace

Project ProjectService::get(const auth::Principal& me, long long id) {
  auto p = db_.read([&](soci::session& s) { return repo::find(s, id, auth::read_scope(me)); });
  if (!p) throw not_found("项目不存在或无权访问");
  return *p;
}

std::vector<audit::Record> ProjectService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("项目不存在或无权访问");
    auto all = audit::history(s, "project", id, 500);
    for (const auto& source : history_) {
      auto more = source(s, id);
      all.insert(all.end(), more.begin(), more.end());
    }
    // The audit log's ids are its order.
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return all;
  });
}

ProjectPage ProjectService::list(const auth::Principal& me, ProjectFilter filter) {
  auto scope = auth::read_scope(me);
  if (filter.review_queue) {
    // What the caller decides: the office its own region's, a section its departments'.
    if (me.role != auth::Role::performance_office && me.role != auth::Role::business_section)
      throw invalid("queue", "只有绩效科和业务科室有待审核的项目");
    scope = auth::write_scope(me);
    filter.statuses = review_states();
  }
  return db_.read([&](soci::session& s) {
    if (filter.unit_id) {
      if (!org::repo::unit_in_scope(s, *filter.unit_id, scope))
        throw invalid("unit_id", "单位不存在或无权访问");
      filter.unit_path = org::repo::find_unit(s, *filter.unit_id)->path;
    }
    ProjectPage page;
    page.items = repo::list(s, filter, scope);
    if (page.items.size() > static_cast<std::size_t>(filter.limit)) {
      page.items.resize(filter.limit);
      const auto& last = page.items.back();
      page.next_cursor = encode_cursor(sort_value(last, filter.sort), last.id);
    }
    // The first page counts the filtered set; later pages (by cursor or jump) leave it out.
    if (!filter.after_value && !filter.offset) page.totals = repo::totals(s, filter, scope);
    return page;
  });
}

namespace {
void require_complete(const ProjectInput& in) {
  for (auto [present, field, label] :
       {std::tuple{in.year.has_value(), "year", "年度"},
        {in.code.has_value(), "code", "项目编码"},
        {in.name.has_value(), "name", "项目名称"},
        {in.unit_id.has_value(), "unit_id", "单位"},
        {in.fund_type.has_value(), "fund_type", "资金类型"},
        {in.amount_fen.has_value(), "amount_fen", "金额"},
        {in.function_class.has_value(), "function_class", "支出功能分类"},
        {in.category.has_value(), "category", "项目类别"}}) {
    if (!present) throw invalid(field, std::string("缺少必填字段：") + label);
  }
}

void audit_created(soci::session& s, db::Dialect d, const auth::Principal& me, long long id) {
  Project saved = *repo::find(s, id, auth::read_scope(me));
  auto e = change(me, "create", saved);
  e.after_json = boost::json::serialize(project_json(saved));
  audit::append(s, d, e);
}
}  // namespace

long long ProjectService::import(const auth::Principal& me, ParsedImport& parsed) {
  if (!parsed.errors.empty()) return 0;
  const std::string now = now_iso();
  return db_.write([&](soci::session& s) -> long long {
    std::vector<Project> ready;
    for (auto& row : parsed.rows) {
      const auto unit = org::repo::find_unit_by_code(s, me.region_id, row.unit_code);
      if (!unit) {
        parsed.errors.push_back({row.row, parsed.header_for("unit_code"),
                                 "本地区没有编码为 " + row.unit_code + " 的单位"});
        continue;
      }
      row.input.unit_id = unit->id;
      try {
        validate(row.input);
        require_complete(row.input);
        Project p;
        apply(p, row.input);
        p.created_at = p.updated_at = now;
        resolve(s, me, p);
        ready.push_back(std::move(p));
      } catch (const AppError& e) {
        const std::string key = e.field() == "unit_id" ? "unit_code" : e.field();
        parsed.errors.push_back({row.row, parsed.header_for(key), e.detail()});
      }
    }
    if (!parsed.errors.empty()) return 0;  // nothing written: the transaction has no changes
    for (auto& p : ready) audit_created(s, db_.dialect(), me, repo::insert(s, p));
    return static_cast<long long>(ready.size());
  });
}

Project ProjectService::create(const auth::Principal& me, const ProjectInput& in) {
  validate(in);
  require_complete(in);
  Project p;
  apply(p, in);
  p.created_at = p.updated_at = now_iso();
  return db_.write([&](soci::session& s) {
    resolve(s, me, p);
    p.id = repo::insert(s, p);
    audit_created(s, db_.dialect(), me, p.id);
    return *repo::find(s, p.id, auth::read_scope(me));
  });
}

namespace {

// Whether the caller plays an actor that may ever take the action, in any state: if not, the
// action is not theirs (403), rather than not possible now (422).
bool ever_allowed(const workflow::Workflow& flow, std::string_view action,
                  const workflow::Actors& actors) {
  for (const auto& t : flow.transitions())
    if (t.action == action && std::find(actors.begin(), actors.end(), t.actor) != actors.end())
      return true;
  return false;
}

// The caller's step, or why not in words a user can act on.
const workflow::Transition& take(const Project& p, const workflow::Actors& actors,
                                 std::string_view action, std::string_view decision) {
  const auto& flow = project_workflow();
  if (!ever_allowed(flow, action, actors)) {
    if (action == "review")
      throw forbidden("项目由财政部门（绩效科或归口业务科室）审核，您无权审核");
    throw forbidden("您无权对该项目办理“" + std::string(flow.label(action)) + "”");
  }
  if (!flow.allows(p.status, action, actors)) {
    std::string why =
        "项目" + std::string(status_label(p.status)) + "，不能" + std::string(flow.label(action));
    if (p.status == "declared" && (action == "edit" || action == "delete"))
      why += "；如需修改，请先撤回申报";
    throw precondition("bad_status", why);
  }
  return flow.take(p.status, action, decision, actors);
}

std::string serialize(const Project& p) { return boost::json::serialize(project_json(p)); }

}  // namespace

ProjectView ProjectService::view(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto p = repo::find(s, id, auth::read_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    auto actions = project_workflow().allowed_actions(p->status, project_actors(s, me, *p));
    return ProjectView{std::move(*p), std::move(actions)};
  });
}

Project ProjectService::save(soci::session& s, const auth::Principal& me, Project& p,
                             long long version) {
  p.updated_at = now_iso();
  for (const auto& w : watches_) w.before(s, p.id);
  if (!repo::update(s, p, version))
    throw conflict("version_conflict", "项目已被他人修改，请刷新后重试", "version");
  for (const auto& w : watches_) w.after(s, p.id);
  return *repo::find(s, p.id, auth::read_scope(me));
}

Project ProjectService::update(const auth::Principal& me, long long id, long long version,
                               const ProjectInput& in) {
  validate(in);
  return db_.write([&](soci::session& s) {
    auto before = repo::find(s, id, auth::read_scope(me));
    if (!before) throw not_found("项目不存在或无权访问");
    // A stale page is refreshed first: it may show why the edit is no longer possible.
    if (before->version != version)
      throw conflict("version_conflict", "项目已被他人修改，请刷新后重试", "version");
    const auto& step = take(*before, project_actors(s, me, *before), "edit", "");
    Project p = *before;
    apply(p, in);
    resolve(s, me, p);
    // A save that changes nothing is not a change: no new version, no timeline entry.
    if (serialize(p) == serialize(*before)) return *before;
    const Project saved = save(s, me, p, version);
    project_workflow().record(s, db_.dialect(), me, step, id, saved.region_id, serialize(*before),
                              serialize(saved));
    return saved;
  });
}

ProjectView ProjectService::step(const auth::Principal& me, long long id, long long version,
                                 const StepInput& in) {
  return db_.write([&](soci::session& s) {
    auto found = repo::find(s, id, auth::read_scope(me));
    if (!found) throw not_found("项目不存在或无权访问");
    Project p = *found;
    const auto actors = project_actors(s, me, p);
    const auto& step = take(p, actors, in.action, in.decision);
    if (p.version != version)
      throw conflict("version_conflict", "项目已被他人修改，请刷新后重试", "version");
    if (step.decision == "return" && in.opinion.empty())
      throw invalid("opinion", "退回时请写明修改意见");
    if (step.action == "cancel" && in.opinion.empty())
      throw invalid("opinion", "取消项目请说明原因");
    if (step.to == "approved") {
      if (auto refused = gate_refusal(evaluate_gate(s, gate_, p))) throw *refused;
    }
    const std::string before = serialize(p);
    p.status = step.to;
    const Project saved = save(s, me, p, version);
    auto after = project_json(saved);
    if (!in.opinion.empty()) after["opinion"] = in.opinion;
    project_workflow().record(s, db_.dialect(), me, step, id, saved.region_id, before,
                              boost::json::serialize(after));
    // The caller's actors do not depend on the state: the ones read above still hold.
    return ProjectView{saved, project_workflow().allowed_actions(saved.status, actors)};
  });
}

Project ProjectService::set_amount(soci::session& s, const auth::Principal& me, long long id,
                                   Fen amount_fen, const std::string& reason) {
  auto found = repo::find(s, id, auth::read_scope(me));
  if (!found) throw not_found("项目不存在或无权访问");
  if (amount_fen < 0) throw invalid("amount_fen", "金额不能为负数");
  // Declared (an ex-ante suggestion), approved or executing (a monitoring adjustment, R-MO-5).
  if (found->status != "declared" && found->status != "approved" && found->status != "executing")
    throw precondition("bad_status",
                       "项目" + std::string(status_label(found->status)) + "，不能调整金额");
  Project p = *found;
  if (p.amount_fen == amount_fen) return p;
  const std::string before = serialize(p);
  p.amount_fen = amount_fen;
  const Project saved = save(s, me, p, found->version);
  auto after = project_json(saved);
  after["opinion"] = reason;
  auto e = change(me, "adjust_amount", saved);
  e.before_json = before;
  e.after_json = boost::json::serialize(after);
  audit::append(s, db_.dialect(), e);
  return saved;
}

std::vector<GateCondition> ProjectService::gate(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto p = repo::find(s, id, auth::read_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    return evaluate_gate(s, gate_, *p);
  });
}

void ProjectService::remove(const auth::Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    auto before = repo::find(s, id, auth::read_scope(me));
    if (!before) throw not_found("项目不存在或无权访问");
    // Only a draft was never seen by anyone else; later states are cancelled, not deleted.
    const auto& step = take(*before, project_actors(s, me, *before), "delete", "");
    long long references = repo::child_count(s, id);
    for (const auto& count : references_) references += count(s, id);
    if (references > 0) throw precondition("in_use", "该项目仍有二级项目或佐证材料，请先删除它们");
    repo::remove(s, id);
    project_workflow().record(s, db_.dialect(), me, step, id, before->region_id, serialize(*before),
                              "null");
  });
}

}  // namespace jixiao::projects
