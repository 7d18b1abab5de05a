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
  if (in.status && !is_status(*in.status)) throw invalid("status", "项目状态不正确");
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
  if (in.status) p.status = *in.status;
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
  const auto scope = auth::read_scope(me);
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

Project ProjectService::update(const auth::Principal& me, long long id, long long version,
                               const ProjectInput& in) {
  validate(in);
  return db_.write([&](soci::session& s) {
    auto before = repo::find(s, id, auth::read_scope(me));
    if (!before) throw not_found("项目不存在或无权访问");
    if (!repo::find(s, id, auth::write_scope(me))) throw forbidden("您无权修改该项目");
    if (before->version != version)
      throw conflict("version_conflict", "项目已被他人修改，请刷新后重试", "version");
    Project p = *before;
    apply(p, in);
    p.updated_at = now_iso();
    resolve(s, me, p);
    for (const auto& w : watches_) w.before(s, id);
    if (!repo::update(s, p, version))
      throw conflict("version_conflict", "项目已被他人修改，请刷新后重试", "version");
    for (const auto& w : watches_) w.after(s, id);
    Project saved = *repo::find(s, id, auth::read_scope(me));
    auto e = change(me, "update", saved);
    e.before_json = boost::json::serialize(project_json(*before));
    e.after_json = boost::json::serialize(project_json(saved));
    audit::append(s, db_.dialect(), e);
    return saved;
  });
}

void ProjectService::remove(const auth::Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    auto before = repo::find(s, id, auth::read_scope(me));
    if (!before) throw not_found("项目不存在或无权访问");
    if (!repo::find(s, id, auth::write_scope(me))) throw forbidden("您无权删除该项目");
    // Only a draft was never seen by anyone else; later states are cancelled, not deleted.
    if (before->status != "draft")
      throw precondition("not_draft", "只能删除草稿状态的项目；已申报的项目请改为“已取消”");
    long long references = repo::child_count(s, id);
    for (const auto& count : references_) references += count(s, id);
    if (references > 0) throw precondition("in_use", "该项目仍有二级项目或佐证材料，请先删除它们");
    repo::remove(s, id);
    auto e = change(me, "delete", *before);
    e.before_json = boost::json::serialize(project_json(*before));
    audit::append(s, db_.dialect(), e);
  });
}

}  // namespace jixiao::projects
