#include "org/service.h"

#include <boost/json.hpp>
#include <cctype>

#include "audit/log.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"
#include "org/json.h"
#include "org/repo.h"

namespace jixiao::org {

namespace {

using auth::Principal;
using auth::Role;

constexpr const char* kPerformanceOfficeName = "绩效管理科";

bool region_tree_reader(Role r) {
  return r == Role::admin || r == Role::performance_office || r == Role::viewer;
}

// Everyone reads their own region; admin, office and viewer also the regions below it.
bool may_read_region(const Principal& me, const Region& r) {
  if (region_tree_reader(me.role)) return r.path.starts_with(me.region_path);
  return r.id == me.region_id;
}

// The admin manages its region tree; the performance office its own region only.
bool may_manage_region(const Principal& me, const Region& r) {
  if (me.role == Role::admin) return r.path.starts_with(me.region_path);
  if (me.role == Role::performance_office) return r.id == me.region_id;
  return false;
}

// 404 when the caller may not even see the region, 403 when it may see but not manage it.
Region managed_region(soci::session& s, const Principal& me, long long id) {
  auto r = repo::find_region(s, id);
  if (!r || !may_read_region(me, *r)) throw not_found("地区不存在或无权访问");
  if (!may_manage_region(me, *r)) throw forbidden("您无权管理该地区的组织机构");
  return *r;
}

// Audits a change of the caller's: "null" stands for no before (create) or no after (delete).
void record(soci::session& s, db::Dialect d, const Principal& me, const char* action,
            const char* entity, long long id, long long region_id, std::string before,
            std::string after) {
  auto e = audit::entry(me, action, entity, id, region_id);
  e.before_json = std::move(before);
  e.after_json = std::move(after);
  audit::append(s, d, e);
}

std::string json_text(const boost::json::object& o) { return boost::json::serialize(o); }

void check_name(const std::optional<std::string>& name, const char* field, const char* label,
                std::size_t max) {
  if (!name) return;
  if (name->empty()) throw invalid(field, std::string(label) + "不能为空");
  if (utf8_length(*name) > max)
    throw invalid(field, std::string(label) + "不能超过 " + std::to_string(max) + " 个字");
}

void check_region_code(const std::optional<std::string>& code) {
  if (!code) return;
  bool ok = code->size() == 6;
  for (char c : *code) ok = ok && std::isdigit(static_cast<unsigned char>(c));
  if (!ok) throw invalid("code", "行政区划代码应为 6 位数字，如 530100");
}

void check_unit_code(const std::optional<std::string>& code) {
  if (!code) return;
  if (code->empty() || code->size() > 30) throw invalid("code", "单位编码应为 1 至 30 个字符");
  for (char c : *code)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
      throw invalid("code", "单位编码只能包含字母、数字、- 和 _");
}

long long insert_bureau_with_office(soci::session& s, long long region_id,
                                    const std::string& bureau_name) {
  Bureau b;
  b.region_id = region_id;
  b.name = bureau_name;
  b.id = repo::insert_bureau(s, b);
  Section office;
  office.bureau_id = b.id;
  office.region_id = region_id;
  office.name = kPerformanceOfficeName;
  office.kind = "performance_office";
  repo::insert_section(s, office);
  return b.id;
}

RegionDetail detail_of(soci::session& s, const Region& r) {
  return {r, repo::bureau_of_region(s, r.id), repo::sections_of_region(s, r.id)};
}

// A business section of the given region, for a department's 归口.
void check_business_section(soci::session& s, long long section_id, long long region_id) {
  auto sec = repo::find_section(s, section_id);
  if (!sec || sec->region_id != region_id || sec->kind != "business")
    throw invalid("section_id", "归口业务股室不存在，或不属于该地区的财政局");
}

Unit readable_unit(soci::session& s, const Principal& me, long long id) {
  if (!repo::unit_in_scope(s, id, auth::read_scope(me))) throw not_found("单位不存在或无权访问");
  return *repo::find_unit(s, id);
}

}  // namespace

// --- Regions ----------------------------------------------------------------------------------

std::vector<Region> OrgService::regions(const Principal& me) {
  return db_.read([&](soci::session& s) {
    if (region_tree_reader(me.role)) return repo::list_regions(s, me.region_path);
    std::vector<Region> own;
    if (auto r = repo::find_region(s, me.region_id)) own.push_back(*r);
    return own;
  });
}

RegionDetail OrgService::region(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto r = repo::find_region(s, id);
    if (!r || !may_read_region(me, *r)) throw not_found("地区不存在或无权访问");
    return detail_of(s, *r);
  });
}

RegionDetail OrgService::create_region(const Principal& me, const RegionInput& in) {
  if (me.role != Role::admin) throw forbidden("只有系统管理员可以新增地区");
  if (!in.parent_id) throw invalid("parent_id", "缺少必填字段：上级地区");
  if (!in.code) throw invalid("code", "缺少必填字段：行政区划代码");
  if (!in.name) throw invalid("name", "缺少必填字段：地区名称");
  check_region_code(in.code);
  check_name(in.name, "name", "地区名称", 50);
  check_name(in.bureau_name, "bureau_name", "财政局名称", 50);
  return db_.write([&](soci::session& s) {
    auto parent = repo::find_region(s, *in.parent_id);
    if (!parent || !may_manage_region(me, *parent))
      throw invalid("parent_id", "上级地区不存在或不在您的管理范围内");
    Region r;
    r.parent_id = parent->id;
    r.level = child_level(parent->level);
    if (r.level.empty()) throw invalid("parent_id", "县（区）以下不能再设地区");
    r.code = *in.code;
    r.name = *in.name;
    if (repo::region_code_taken(s, r.code, 0))
      throw conflict("duplicate_code", "已有相同行政区划代码的地区", "code");
    r.path = parent->path;
    r.created_at = r.updated_at = now_iso();
    r.id = repo::insert_region(s, r);
    insert_bureau_with_office(s, r.id, in.bureau_name.value_or(r.name + "财政局"));
    const Region saved = *repo::find_region(s, r.id);
    record(s, db_.dialect(), me, "create", "region", saved.id, saved.id, "null",
           json_text(region_json(saved)));
    return detail_of(s, saved);
  });
}

Region OrgService::update_region(const Principal& me, long long id, long long version,
                                 const RegionInput& in) {
  check_region_code(in.code);
  check_name(in.name, "name", "地区名称", 50);
  return db_.write([&](soci::session& s) {
    const Region before = managed_region(s, me, id);
    if (me.role != Role::admin) throw forbidden("只有系统管理员可以修改地区");
    Region r = before;
    if (in.code) r.code = *in.code;
    if (in.name) r.name = *in.name;
    if (repo::region_code_taken(s, r.code, r.id))
      throw conflict("duplicate_code", "已有相同行政区划代码的地区", "code");
    r.updated_at = now_iso();
    if (!repo::update_region(s, r, version))
      throw conflict("version_conflict", "地区已被他人修改，请刷新后重试", "version");
    const Region saved = *repo::find_region(s, id);
    record(s, db_.dialect(), me, "update", "region", id, id, json_text(region_json(before)),
           json_text(region_json(saved)));
    return saved;
  });
}

Bureau OrgService::update_bureau(const Principal& me, long long id, long long version,
                                 const std::string& name) {
  check_name(name, "name", "财政局名称", 50);
  return db_.write([&](soci::session& s) {
    auto before = repo::find_bureau(s, id);
    if (!before) throw not_found("财政局不存在或无权访问");
    managed_region(s, me, before->region_id);
    Bureau b = *before;
    b.name = name;
    if (!repo::update_bureau(s, b, version))
      throw conflict("version_conflict", "财政局已被他人修改，请刷新后重试", "version");
    const Bureau saved = *repo::find_bureau(s, id);
    record(s, db_.dialect(), me, "update", "bureau", id, saved.region_id,
           json_text(bureau_json(*before)), json_text(bureau_json(saved)));
    return saved;
  });
}

Section OrgService::create_section(const Principal& me, const SectionInput& in) {
  if (!in.name) throw invalid("name", "缺少必填字段：股室名称");
  check_name(in.name, "name", "股室名称", 50);
  const std::string kind = in.kind.value_or("business");
  if (kind != "business" && kind != "performance_office")
    throw invalid("kind", "股室类型只能是业务股室（business）或绩效管理机构（performance_office）");
  return db_.write([&](soci::session& s) {
    const Region r = managed_region(s, me, in.region_id.value_or(me.region_id));
    auto bureau = repo::bureau_of_region(s, r.id);
    if (!bureau) throw precondition("no_bureau", "该地区尚未设立财政局");
    if (repo::section_name_taken(s, bureau->id, *in.name, 0))
      throw conflict("duplicate_name", "该财政局已有同名股室", "name");
    if (kind == "performance_office") {
      for (const auto& sec : repo::sections_of_region(s, r.id))
        if (sec.kind == "performance_office")
          throw conflict("duplicate_office", "该财政局已有绩效管理机构", "kind");
    }
    Section sec;
    sec.bureau_id = bureau->id;
    sec.region_id = r.id;
    sec.name = *in.name;
    sec.kind = kind;
    sec.id = repo::insert_section(s, sec);
    const Section saved = *repo::find_section(s, sec.id);
    record(s, db_.dialect(), me, "create", "section", saved.id, r.id, "null",
           json_text(section_json(saved)));
    return saved;
  });
}

Section OrgService::update_section(const Principal& me, long long id, long long version,
                                   const std::string& name) {
  check_name(name, "name", "股室名称", 50);
  return db_.write([&](soci::session& s) {
    auto before = repo::find_section(s, id);
    if (!before) throw not_found("股室不存在或无权访问");
    managed_region(s, me, before->region_id);
    if (repo::section_name_taken(s, before->bureau_id, name, id))
      throw conflict("duplicate_name", "该财政局已有同名股室", "name");
    Section sec = *before;
    sec.name = name;
    if (!repo::update_section(s, sec, version))
      throw conflict("version_conflict", "股室已被他人修改，请刷新后重试", "version");
    const Section saved = *repo::find_section(s, id);
    record(s, db_.dialect(), me, "update", "section", id, saved.region_id,
           json_text(section_json(*before)), json_text(section_json(saved)));
    return saved;
  });
}

void OrgService::delete_section(const Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    auto before = repo::find_section(s, id);
    if (!before) throw not_found("股室不存在或无权访问");
    managed_region(s, me, before->region_id);
    if (before->kind == "performance_office") throw precondition("in_use", "绩效管理机构不能删除");
    if (repo::section_references(s, id) > 0)
      throw precondition("in_use", "该股室仍归口管理部门或有用户，请先调整后再删除");
    repo::delete_section(s, id);
    record(s, db_.dialect(), me, "delete", "section", id, before->region_id,
           json_text(section_json(*before)), "null");
  });
}

// --- Units ------------------------------------------------------------------------------------

UnitPage OrgService::units(const Principal& me, const UnitFilter& filter) {
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    UnitPage page;
    page.items = repo::list_units(s, filter, scope);
    if (page.items.size() > static_cast<std::size_t>(filter.limit)) {
      page.items.resize(filter.limit);
      page.next_cursor = encode_cursor(page.items.back().code, page.items.back().id);
    }
    page.total = repo::count_units(s, filter, scope);
    return page;
  });
}

Unit OrgService::unit(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return readable_unit(s, me, id); });
}

Unit OrgService::create_unit(const Principal& me, const UnitInput& in) {
  if (!in.code) throw invalid("code", "缺少必填字段：单位编码");
  if (!in.name) throw invalid("name", "缺少必填字段：单位名称");
  if (!in.kind) throw invalid("kind", "缺少必填字段：单位类型");
  check_unit_code(in.code);
  check_name(in.name, "name", "单位名称", 100);
  if (*in.kind != "department" && *in.kind != "unit")
    throw invalid("kind", "单位类型只能是预算部门（department）或预算单位（unit）");
  const bool department = *in.kind == "department";
  if (department && in.parent_id) throw invalid("parent_id", "预算部门没有上级单位");
  if (!department && !in.parent_id) throw invalid("parent_id", "预算单位须指明所属部门或上级单位");
  if (!department && in.section_id) throw invalid("section_id", "归口股室设在预算部门上");
  return db_.write([&](soci::session& s) {
    Unit u;
    u.kind = *in.kind;
    u.code = *in.code;
    u.name = *in.name;
    if (department) {
      u.region_id = managed_region(s, me, in.region_id.value_or(me.region_id)).id;
      u.path = "/";
      if (in.section_id && *in.section_id) {
        check_business_section(s, *in.section_id, u.region_id);
        u.section_id = *in.section_id;
      }
    } else {
      if (!repo::unit_in_scope(s, *in.parent_id, auth::read_scope(me)))
        throw invalid("parent_id", "上级单位不存在或无权访问");
      const Unit parent = *repo::find_unit(s, *in.parent_id);
      if (in.region_id && *in.region_id != parent.region_id)
        throw invalid("region_id", "单位须与上级单位在同一地区");
      u.region_id = managed_region(s, me, parent.region_id).id;
      u.parent_id = parent.id;
      u.department_id = parent.department_id;
      u.path = parent.path;
    }
    if (repo::find_unit_by_code(s, u.region_id, u.code))
      throw conflict("duplicate_code", "本地区已有相同编码的单位", "code");
    u.created_at = u.updated_at = now_iso();
    const long long id = repo::insert_unit(s, u);
    const Unit saved = *repo::find_unit(s, id);
    record(s, db_.dialect(), me, "create", "unit", id, saved.region_id, "null",
           json_text(unit_json(saved)));
    return saved;
  });
}

Unit OrgService::update_unit(const Principal& me, long long id, long long version,
                             const UnitInput& in) {
  check_unit_code(in.code);
  check_name(in.name, "name", "单位名称", 100);
  if (in.parent_id || in.region_id || in.kind)
    throw invalid(in.parent_id   ? "parent_id"
                  : in.region_id ? "region_id"
                                 : "kind",
                  "单位的隶属关系和类型不能修改；如需调整，请新建单位后迁移项目");
  return db_.write([&](soci::session& s) {
    const Unit before = readable_unit(s, me, id);
    managed_region(s, me, before.region_id);
    Unit u = before;
    if (in.code) u.code = *in.code;
    if (in.name) u.name = *in.name;
    if (in.section_id) {
      if (u.kind != "department") throw invalid("section_id", "归口股室设在预算部门上");
      if (*in.section_id) check_business_section(s, *in.section_id, u.region_id);
      u.section_id = *in.section_id;
    }
    if (auto other = repo::find_unit_by_code(s, u.region_id, u.code); other && other->id != id)
      throw conflict("duplicate_code", "本地区已有相同编码的单位", "code");
    u.updated_at = now_iso();
    if (!repo::update_unit(s, u, version))
      throw conflict("version_conflict", "单位已被他人修改，请刷新后重试", "version");
    const Unit saved = *repo::find_unit(s, id);
    record(s, db_.dialect(), me, "update", "unit", id, saved.region_id,
           json_text(unit_json(before)), json_text(unit_json(saved)));
    return saved;
  });
}

void OrgService::delete_unit(const Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    const Unit before = readable_unit(s, me, id);
    managed_region(s, me, before.region_id);
    if (repo::unit_references(s, id) > 0)
      throw precondition("in_use", "该单位仍有下级单位、项目或用户，不能删除");
    repo::delete_unit(s, id);
    record(s, db_.dialect(), me, "delete", "unit", id, before.region_id,
           json_text(unit_json(before)), "null");
  });
}

// --- Fiscal years -----------------------------------------------------------------------------

std::vector<FiscalYear> OrgService::fiscal_years(const Principal& me,
                                                 std::optional<long long> region_id) {
  return db_.read([&](soci::session& s) {
    auto r = repo::find_region(s, region_id.value_or(me.region_id));
    if (!r || !may_read_region(me, *r)) throw not_found("地区不存在或无权访问");
    return repo::fiscal_years_of_region(s, r->id);
  });
}

FiscalYear OrgService::create_fiscal_year(const Principal& me, std::optional<long long> region_id,
                                          long long year) {
  return db_.write([&](soci::session& s) {
    const Region r = managed_region(s, me, region_id.value_or(me.region_id));
    for (const auto& y : repo::fiscal_years_of_region(s, r.id))
      if (y.year == year) throw conflict("duplicate_year", "该年度已设立", "year");
    FiscalYear y;
    y.region_id = r.id;
    y.year = year;
    y.status = "open";
    y.created_at = y.updated_at = now_iso();
    y.id = repo::insert_fiscal_year(s, y);
    record(s, db_.dialect(), me, "create", "fiscal_year", y.id, r.id, "null",
           json_text(fiscal_year_json(y)));
    return y;
  });
}

FiscalYear OrgService::update_fiscal_year(const Principal& me, long long id, long long version,
                                          const std::string& status) {
  if (status != "open" && status != "closed")
    throw invalid("status", "年度状态只能是开放（open）或结账（closed）");
  return db_.write([&](soci::session& s) {
    auto before = repo::find_fiscal_year(s, id);
    if (!before) throw not_found("年度不存在或无权访问");
    auto r = repo::find_region(s, before->region_id);
    if (!may_read_region(me, *r)) throw not_found("年度不存在或无权访问");
    managed_region(s, me, r->id);
    FiscalYear y = *before;
    y.status = status;
    y.updated_at = now_iso();
    if (!repo::update_fiscal_year(s, y, version))
      throw conflict("version_conflict", "年度已被他人修改，请刷新后重试", "version");
    const FiscalYear saved = *repo::find_fiscal_year(s, id);
    record(s, db_.dialect(), me, "update", "fiscal_year", id, r->id,
           json_text(fiscal_year_json(*before)), json_text(fiscal_year_json(saved)));
    return saved;
  });
}

Region OrgService::ensure_root_region(const std::string& code, const std::string& name,
                                      const std::string& level) {
  check_region_code(code);
  check_name(name, "name", "地区名称", 50);
  if (!is_region_level(level))
    throw invalid("level", "地区级次只能是 province、prefecture 或 county");
  return db_.write([&](soci::session& s) {
    if (auto existing = repo::find_region_by_code(s, code)) return *existing;
    Region r;
    r.code = code;
    r.name = name;
    r.level = level;
    r.path = "/";
    r.created_at = r.updated_at = now_iso();
    r.id = repo::insert_region(s, r);
    insert_bureau_with_office(s, r.id, name + "财政局");
    auto e = audit::system_entry("create", "region", r.id, r.id);
    const Region saved = *repo::find_region(s, r.id);
    e.after_json = json_text(region_json(saved));
    audit::append(s, db_.dialect(), e);
    return saved;
  });
}

}  // namespace jixiao::org
