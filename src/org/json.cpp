#include "org/json.h"

#include <boost/json.hpp>

namespace jixiao::org {

namespace {
boost::json::value id_or_null(long long id) { return id ? boost::json::value(id) : nullptr; }

const char* level_label(const std::string& level) {
  return level == "province" ? "省" : level == "prefecture" ? "市（州）" : "县（区）";
}
}  // namespace

boost::json::object region_json(const Region& r) {
  return {{"id", r.id},
          {"parent_id", id_or_null(r.parent_id)},
          {"code", r.code},
          {"name", r.name},
          {"level", r.level},
          {"level_label", level_label(r.level)},
          {"path", r.path},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

boost::json::object bureau_json(const Bureau& b) {
  return {{"id", b.id}, {"region_id", b.region_id}, {"name", b.name}, {"version", b.version}};
}

boost::json::object section_json(const Section& s) {
  return {{"id", s.id},
          {"bureau_id", s.bureau_id},
          {"region_id", s.region_id},
          {"name", s.name},
          {"kind", s.kind},
          {"kind_label", s.kind == "performance_office" ? "绩效管理机构" : "业务股室"},
          {"department_count", s.department_count},
          {"version", s.version}};
}

boost::json::object unit_json(const Unit& u) {
  return {{"id", u.id},
          {"region_id", u.region_id},
          {"region_name", u.region_name},
          {"parent_id", id_or_null(u.parent_id)},
          {"department_id", u.department_id},
          {"department_name", u.department_name},
          {"section_id", id_or_null(u.section_id)},
          {"section_name", u.section_name},
          {"code", u.code},
          {"name", u.name},
          {"kind", u.kind},
          {"kind_label", u.kind == "department" ? "预算部门" : "预算单位"},
          {"path", u.path},
          {"child_count", u.child_count},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

boost::json::object fiscal_year_json(const FiscalYear& y) {
  return {{"id", y.id},
          {"region_id", y.region_id},
          {"year", y.year},
          {"status", y.status},
          {"status_label", y.status == "open" ? "已开放" : "已结账"},
          {"version", y.version},
          {"created_at", y.created_at},
          {"updated_at", y.updated_at}};
}

boost::json::object detail_json(const RegionDetail& d) {
  auto o = region_json(d.region);
  o["bureau"] = d.bureau ? boost::json::value(bureau_json(*d.bureau)) : nullptr;
  boost::json::array sections;
  for (const auto& s : d.sections) sections.push_back(section_json(s));
  o["sections"] = std::move(sections);
  return o;
}

}  // namespace jixiao::org
