// RegistryService's agencies: the registry, the contract of each year and the linked accounts.
#include "key_evaluation/registry_service.h"

#include <boost/json.hpp>

#include "accounts/repo.h"
#include "audit/log.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "key_evaluation/credit_code.h"
#include "key_evaluation/registry_access.h"
#include "key_evaluation/registry_json.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Principal;

constexpr const char* kStale = "第三方机构已被他人修改，请刷新后重试";

Shown<Agency> shown(const Principal& me, Agency a) {
  auto actions = agency_workflow().allowed_actions(a.status, registry_actors(me, a.region_id));
  return {std::move(a), std::move(actions)};
}

void validate(AgencyInput& in, bool create) {
  check_text(in.name, "name", "机构名称", 100, create);
  if (create && !in.credit_code) throw invalid("credit_code", "请填写统一社会信用代码");
  if (in.credit_code) {
    // Printed codes are upper case; one typed in lower case is the same code.
    for (char& c : *in.credit_code)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (auto why = credit_code_problem(*in.credit_code)) throw invalid("credit_code", *why);
  }
  check_text(in.qualifications, "qualifications", "资质情况", 2000, false);
  check_text(in.contact_person, "contact_person", "联系人", 50, false);
  check_phone(in.contact_phone, "contact_phone");
}

void apply(Agency& a, const AgencyInput& in) {
  if (in.name) a.name = *in.name;
  if (in.credit_code) a.credit_code = *in.credit_code;
  if (in.qualifications) a.qualifications = *in.qualifications;
  if (in.staff_count) a.staff_count = *in.staff_count;
  if (in.contact_person) a.contact_person = *in.contact_person;
  if (in.contact_phone) a.contact_phone = *in.contact_phone;
}

// Unique credit code in the region, and the accounts to link: agency accounts of the region,
// none acting for another agency.
void check_links(soci::session& s, const Agency& a, const AgencyInput& in) {
  if (registry_repo::agency_with_code(s, a.region_id, a.credit_code, a.id) != 0)
    throw conflict("duplicate_credit_code",
                   "本地区已登记统一社会信用代码为 " + a.credit_code + " 的第三方机构",
                   "credit_code");
  if (!in.user_ids) return;
  for (std::size_t i = 0; i < in.user_ids->size(); ++i) {
    const std::string field = "user_ids[" + std::to_string(i) + "]";
    const auto u = accounts::repo::find(s, (*in.user_ids)[i]);
    if (!u || u->role != "agency" || u->region_id != a.region_id)
      throw invalid(field, "只能关联本地区第三方机构角色的账号");
    const long long of = registry_repo::agency_of_user(s, u->id);
    if (of != 0 && of != a.id)
      throw invalid(field, "账号“" + u->display_name + "”已关联其他第三方机构");
  }
}

void audit_agency(soci::session& s, db::Dialect d, const Principal& me, const char* action,
                  const std::optional<Agency>& before, const Agency& after) {
  auto e = audit::entry(me, action, "agency", after.id, after.region_id);
  if (before) e.before_json = boost::json::serialize(agency_json({*before, {}}, true));
  e.after_json = boost::json::serialize(agency_json({after, {}}, true));
  audit::append(s, d, e);
}

// The agency as the caller reads it (404 when outside its reading), and, for a write, the
// caller's actors on it (403 when it does not keep the agency's registry).
Agency visible(soci::session& s, const Principal& me, long long id) {
  auto a = registry_repo::find_agency(s, id, agency_reader(s, me));
  if (!a) throw not_found("第三方机构不存在或无权访问");
  return *a;
}

Agency writable(soci::session& s, const Principal& me, long long id) {
  Agency a = visible(s, me, id);
  if (!keeps_registry(me, a.region_id)) throw forbidden("只有本地区的绩效科和业务科室可以修改");
  return a;
}

void validate_year(const AgencyYearInput& in, bool create) {
  if (create && !in.year) throw invalid("year", "请填写年度");
  check_text(in.contract_no, "contract_no", "采购合同编号", 50, false);
  check_text(in.notes, "notes", "备注", 500, false);
}

void apply_year(AgencyYear& y, const AgencyYearInput& in) {
  if (in.year) y.year = *in.year;
  if (in.contract_no) y.contract_no = *in.contract_no;
  if (in.fee_fen) y.fee_fen = *in.fee_fen;
  if (in.notes) y.notes = *in.notes;
}

}  // namespace

RegistryPage<Shown<Agency>> RegistryService::list_agencies(const Principal& me,
                                                           const RegistryFilter& f) {
  return db_.read([&](soci::session& s) {
    const auto who = agency_reader(s, me);
    RegistryPage<Shown<Agency>> page;
    auto rows = registry_repo::list_agencies(s, f, who);
    if (rows.size() > static_cast<std::size_t>(f.limit)) {
      rows.resize(f.limit);
      page.next_cursor = encode_cursor("", rows.back().id);
    }
    for (auto& a : rows) page.items.push_back(shown(me, std::move(a)));
    page.total = registry_repo::count_agencies(s, f, who);
    return page;
  });
}

Shown<Agency> RegistryService::get_agency(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return shown(me, visible(s, me, id)); });
}

Shown<Agency> RegistryService::create_agency(const Principal& me, const AgencyInput& input) {
  require_keeper(me);
  AgencyInput in = input;
  validate(in, true);
  if (in.region_id && *in.region_id != me.region_id)
    throw invalid("region_id", "只能在本地区的第三方机构库中登记");
  return db_.write([&](soci::session& s) {
    Agency a;
    a.region_id = me.region_id;
    a.status = agency_workflow().initial();
    apply(a, in);
    check_links(s, a, in);
    a.created_at = a.updated_at = now_iso();
    a.id = registry_repo::insert_agency(s, a);
    if (in.user_ids) registry_repo::set_agency_users(s, a.id, *in.user_ids);
    const Agency saved = visible(s, me, a.id);
    audit_agency(s, db_.dialect(), me, "create", std::nullopt, saved);
    return shown(me, saved);
  });
}

Shown<Agency> RegistryService::update_agency(const Principal& me, long long id, long long version,
                                             const AgencyInput& input) {
  AgencyInput in = input;
  validate(in, false);
  if (in.region_id) throw invalid("region_id", "第三方机构所属地区不能修改");
  return db_.write([&](soci::session& s) {
    const Agency before = writable(s, me, id);
    agency_workflow().take(before.status, "edit", "", registry_actors(me, before.region_id));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    Agency a = before;
    apply(a, in);
    check_links(s, a, in);
    a.updated_at = now_iso();
    if (!registry_repo::update_agency(s, a, version))
      throw conflict("version_conflict", kStale, "version");
    if (in.user_ids) registry_repo::set_agency_users(s, a.id, *in.user_ids);
    const Agency saved = visible(s, me, id);
    audit_agency(s, db_.dialect(), me, "update", before, saved);
    return shown(me, saved);
  });
}

Shown<Agency> RegistryService::agency_step(const Principal& me, long long id, long long version,
                                           const std::string& action) {
  return db_.write([&](soci::session& s) {
    const Agency before = writable(s, me, id);
    const auto& step =
        agency_workflow().take(before.status, action, "", registry_actors(me, before.region_id));
    if (before.version != version) throw conflict("version_conflict", kStale, "version");
    Agency a = before;
    a.status = step.to;
    a.updated_at = now_iso();
    if (!registry_repo::update_agency(s, a, version))
      throw conflict("version_conflict", kStale, "version");
    const Agency saved = visible(s, me, id);
    agency_workflow().record(s, db_.dialect(), me, step, id, saved.region_id,
                             boost::json::serialize(agency_json({before, {}}, false)),
                             boost::json::serialize(agency_json({saved, {}}, false)));
    return shown(me, saved);
  });
}

AgencyYear RegistryService::add_year(const Principal& me, long long agency_id,
                                     const AgencyYearInput& in) {
  validate_year(in, true);
  return db_.write([&](soci::session& s) {
    const Agency before = writable(s, me, agency_id);
    if (registry_repo::year_taken(s, agency_id, *in.year, 0))
      throw conflict("duplicate_year", "该机构已有 " + std::to_string(*in.year) + " 年度的记录",
                     "year");
    AgencyYear y;
    y.agency_id = agency_id;
    apply_year(y, in);
    y.created_at = y.updated_at = now_iso();
    y.id = registry_repo::insert_year(s, y);
    audit_agency(s, db_.dialect(), me, "add_year", before, visible(s, me, agency_id));
    return *registry_repo::find_year(s, y.id);
  });
}

AgencyYear RegistryService::update_year(const Principal& me, long long year_id, long long version,
                                        const AgencyYearInput& in) {
  validate_year(in, false);
  return db_.write([&](soci::session& s) {
    auto y = registry_repo::find_year(s, year_id);
    if (!y || !registry_repo::find_agency(s, y->agency_id, agency_reader(s, me)))
      throw not_found("年度记录不存在或无权访问");
    const Agency before = writable(s, me, y->agency_id);
    if (y->version != version)
      throw conflict("version_conflict", "年度记录已被他人修改，请刷新后重试", "version");
    apply_year(*y, in);
    if (registry_repo::year_taken(s, y->agency_id, y->year, y->id))
      throw conflict("duplicate_year", "该机构已有 " + std::to_string(y->year) + " 年度的记录",
                     "year");
    y->updated_at = now_iso();
    if (!registry_repo::update_year(s, *y, version))
      throw conflict("version_conflict", "年度记录已被他人修改，请刷新后重试", "version");
    audit_agency(s, db_.dialect(), me, "update_year", before, visible(s, me, y->agency_id));
    return *registry_repo::find_year(s, year_id);
  });
}

}  // namespace jixiao::key_evaluation
