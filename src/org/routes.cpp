#include "org/routes.h"

#include <boost/json.hpp>

#include "base/cursor.h"
#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "org/json.h"

namespace jixiao::org {

namespace {

using auth::Principal;
using http::Request;
using http::Response;

template <typename T, typename F>
Response items(const std::vector<T>& rows, F to_json) {
  boost::json::array a;
  for (const auto& r : rows) a.push_back(to_json(r));
  return http::list_json(std::move(a));
}

UnitFilter read_unit_filter(const Request& req) {
  UnitFilter f;
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.parent_id = http::query_int(req, "parent_id", 1, INT64_MAX);
  f.section_id = http::query_int(req, "section_id", 1, INT64_MAX);
  f.kind = http::query_text(req, "kind", 16);
  if (f.kind && *f.kind != "department" && *f.kind != "unit")
    throw invalid("kind", "单位类型只能是 department 或 unit");
  f.name_contains = http::query_text(req, "q", 100);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  if (auto cursor = http::query_cursor(req, CursorValue::text)) {
    f.after_code = cursor->value;
    f.after_id = cursor->id;
  }
  return f;
}

UnitInput read_unit(JsonReader& in) {
  UnitInput u;
  u.region_id = in.optional_int("region_id", 1, INT64_MAX);
  u.parent_id = in.optional_int("parent_id", 1, INT64_MAX);
  u.code = in.optional_string("code", 30);
  u.name = in.optional_string("name", 100);
  u.kind = in.optional_string("kind", 16);
  u.section_id = in.optional_int("section_id", 0, INT64_MAX);
  return u;
}

void add_region_routes(http::Router& router, OrgService& org, const auth::Guard& guard) {
  router.add(
      "GET", "/api/v1/regions", {.summary = "行政区划列表", .subject = "region"},
      guard([&org](Request&, const Principal& me) { return items(org.regions(me), region_json); }));
  router.add("GET", "/api/v1/regions/{id}", {.summary = "查看行政区划", .subject = "region"},
             guard([&org](Request& req, const Principal& me) {
               return Response::json(detail_json(org.region(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/regions", {.summary = "新增下级行政区划", .subject = "region"},
             guard([&org](Request& req, const Principal& me) {
               auto in = http::with_body(req, [](JsonReader& r) {
                 RegionInput i;
                 i.parent_id = r.optional_int("parent_id", 1, INT64_MAX);
                 i.code = r.optional_string("code", 6);
                 i.name = r.optional_string("name", 50);
                 i.bureau_name = r.optional_string("bureau_name", 50);
                 return i;
               });
               return Response::json(detail_json(org.create_region(me, in)), 201);
             }));
  router.add(
      "PATCH", "/api/v1/regions/{id}", {.summary = "修改行政区划", .subject = "region"},
      guard([&org](Request& req, const Principal& me) {
        long long version = 0;
        auto in = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          RegionInput i;
          i.code = r.optional_string("code", 6);
          i.name = r.optional_string("name", 50);
          return i;
        });
        return Response::json(region_json(org.update_region(me, req.id_param(), version, in)));
      }));
  router.add(
      "PATCH", "/api/v1/bureaus/{id}", {.summary = "修改财政局", .subject = "bureau"},
      guard([&org](Request& req, const Principal& me) {
        long long version = 0;
        auto name = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          return r.required_string("name", 50);
        });
        return Response::json(bureau_json(org.update_bureau(me, req.id_param(), version, name)));
      }));
}

void add_section_routes(http::Router& router, OrgService& org, const auth::Guard& guard) {
  router.add("GET", "/api/v1/sections",
             {.summary = "业务股室列表", .subject = "section", .query = {"region_id"}},
             guard([&org](Request& req, const Principal& me) {
               const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
               return items(org.region(me, region.value_or(me.region_id)).sections, section_json);
             }));
  router.add("POST", "/api/v1/sections", {.summary = "新增业务股室", .subject = "section"},
             guard([&org](Request& req, const Principal& me) {
               auto in = http::with_body(req, [](JsonReader& r) {
                 SectionInput i;
                 i.region_id = r.optional_int("region_id", 1, INT64_MAX);
                 i.name = r.optional_string("name", 50);
                 i.kind = r.optional_string("kind", 32);
                 return i;
               });
               return Response::json(section_json(org.create_section(me, in)), 201);
             }));
  router.add(
      "PATCH", "/api/v1/sections/{id}", {.summary = "修改业务股室", .subject = "section"},
      guard([&org](Request& req, const Principal& me) {
        long long version = 0;
        auto name = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          return r.required_string("name", 50);
        });
        return Response::json(section_json(org.update_section(me, req.id_param(), version, name)));
      }));
  router.add("DELETE", "/api/v1/sections/{id}", {.summary = "删除业务股室", .subject = "section"},
             guard([&org](Request& req, const Principal& me) {
               org.delete_section(me, req.id_param());
               return Response::no_content();
             }));
}

void add_unit_routes(http::Router& router, OrgService& org, const auth::Guard& guard) {
  router.add("GET", "/api/v1/units",
             {.summary = "部门和单位列表",
              .subject = "unit",
              .query = {"department_id", "kind", "parent_id", "q", "region_id", "section_id",
                        "limit", "offset", "cursor"}},
             guard([&org](Request& req, const Principal& me) {
               const auto page = org.units(me, read_unit_filter(req));
               boost::json::array a;
               for (const auto& u : page.items) a.push_back(unit_json(u));
               return http::list_json(std::move(a), page.next_cursor, page.total);
             }));
  router.add("GET", "/api/v1/units/{id}", {.summary = "查看部门或单位", .subject = "unit"},
             guard([&org](Request& req, const Principal& me) {
               return Response::json(unit_json(org.unit(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/units", {.summary = "新增部门或单位", .subject = "unit"},
             guard([&org](Request& req, const Principal& me) {
               auto in = http::with_body(req, read_unit);
               auto created = org.create_unit(me, in);
               auto res = Response::json(unit_json(created), 201);
               res.set_header("Location", "/api/v1/units/" + std::to_string(created.id));
               return res;
             }));
  router.add("PATCH", "/api/v1/units/{id}", {.summary = "修改部门或单位", .subject = "unit"},
             guard([&org](Request& req, const Principal& me) {
               long long version = 0;
               auto in = http::with_body(req, [&](JsonReader& r) {
                 version = r.required_int("version", 1, INT64_MAX);
                 return read_unit(r);
               });
               return Response::json(unit_json(org.update_unit(me, req.id_param(), version, in)));
             }));
  router.add("DELETE", "/api/v1/units/{id}", {.summary = "删除部门或单位", .subject = "unit"},
             guard([&org](Request& req, const Principal& me) {
               org.delete_unit(me, req.id_param());
               return Response::no_content();
             }));
}

void add_fiscal_year_routes(http::Router& router, OrgService& org, const auth::Guard& guard) {
  router.add("GET", "/api/v1/fiscal-years",
             {.summary = "预算年度列表", .subject = "fiscal_year", .query = {"region_id"}},
             guard([&org](Request& req, const Principal& me) {
               return items(org.fiscal_years(me, http::query_int(req, "region_id", 1, INT64_MAX)),
                            fiscal_year_json);
             }));
  router.add("POST", "/api/v1/fiscal-years", {.summary = "新增预算年度", .subject = "fiscal_year"},
             guard([&org](Request& req, const Principal& me) {
               std::optional<long long> region;
               const long long year = http::with_body(req, [&](JsonReader& r) {
                 region = r.optional_int("region_id", 1, INT64_MAX);
                 return r.required_int("year", 2000, 2100);
               });
               return Response::json(fiscal_year_json(org.create_fiscal_year(me, region, year)),
                                     201);
             }));
  router.add("PATCH", "/api/v1/fiscal-years/{id}",
             {.summary = "修改预算年度", .subject = "fiscal_year"},
             guard([&org](Request& req, const Principal& me) {
               long long version = 0;
               auto status = http::with_body(req, [&](JsonReader& r) {
                 version = r.required_int("version", 1, INT64_MAX);
                 return r.required_string("status", 16);
               });
               return Response::json(
                   fiscal_year_json(org.update_fiscal_year(me, req.id_param(), version, status)));
             }));
}

}  // namespace

void add_org_routes(http::Router& router, OrgService& org, const auth::Guard& guard) {
  add_region_routes(router, org, guard);
  add_section_routes(router, org, guard);
  add_unit_routes(router, org, guard);
  add_fiscal_year_routes(router, org, guard);
}

}  // namespace jixiao::org
