#include "key_evaluation/registry_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "key_evaluation/registry_json.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Principal;
using http::Request;
using http::Response;

constexpr long long kMaxCount = 1'000'000'000;
constexpr long long kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount

RegistryFilter read_filter(const Request& req) {
  RegistryFilter f;
  f.text = http::query_text(req, "q", 50);
  f.status = http::query_text(req, "status", 16);
  if (f.status && *f.status != "active" && *f.status != "suspended")
    throw invalid("status", "状态应为在库（active）或已暂停（suspended）");
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  f.after_id = http::query_after_id(req);
  return f;
}

// Counts and money are checked here in words: JsonReader's range message names no meaning.
long long non_negative(std::optional<std::int64_t> v, const char* field, const char* what) {
  if (*v < 0) throw invalid(field, std::string(what) + "不能为负数");
  return *v;
}

AgencyInput read_agency(JsonReader& in) {
  AgencyInput a;
  a.region_id = in.optional_int("region_id", 1, INT64_MAX);
  a.name = in.optional_string("name", 100);
  a.credit_code = in.optional_string("credit_code", 18);
  a.qualifications = in.optional_string("qualifications", 2000);
  if (auto n = in.optional_int("staff_count", -kMaxCount, kMaxCount))
    a.staff_count = non_negative(n, "staff_count", "从业人数");
  a.contact_person = in.optional_string("contact_person", 50);
  a.contact_phone = in.optional_string("contact_phone", 30);
  if (const auto* v = in.value("user_ids")) {
    if (!v->is_array() || v->as_array().size() > 20)
      throw invalid("user_ids", "关联账号应为账号编号的列表，最多 20 个");
    a.user_ids.emplace();
    for (std::size_t i = 0; i < v->as_array().size(); ++i) {
      const auto& x = v->as_array()[i];
      if (!x.is_int64() || x.as_int64() < 1)
        throw invalid("user_ids[" + std::to_string(i) + "]", "账号编号不正确");
      a.user_ids->push_back(x.as_int64());
    }
  }
  return a;
}

AgencyYearInput read_year(JsonReader& in) {
  AgencyYearInput y;
  y.year = in.optional_int("year", 2000, 2100);
  y.contract_no = in.optional_string("contract_no", 50);
  if (auto f = in.optional_int("fee_fen", -kMaxFen, kMaxFen))
    y.fee_fen = non_negative(f, "fee_fen", "合同金额");
  y.notes = in.optional_string("notes", 500);
  return y;
}

ExpertInput read_expert(JsonReader& in) {
  ExpertInput e;
  e.region_id = in.optional_int("region_id", 1, INT64_MAX);
  e.user_id = in.optional_int("user_id", 0, INT64_MAX);
  e.name = in.optional_string("name", 50);
  e.title = in.optional_string("title", 50);
  e.employer = in.optional_string("employer", 100);
  e.phone = in.optional_string("phone", 30);
  e.fields = in.optional_string_array("fields", 10, 30);
  if (const auto* v = in.value("avoid")) {
    if (!v->is_array() || v->as_array().size() > 50)
      throw invalid("avoid", "回避关系应为列表，最多 50 项");
    e.avoid.emplace();
    for (std::size_t i = 0; i < v->as_array().size(); ++i) {
      const std::string prefix = "avoid[" + std::to_string(i) + "]";
      if (!v->as_array()[i].is_object()) throw invalid(prefix, "每一项应为对象");
      JsonReader item(v->as_array()[i].as_object(), prefix);
      Avoidance a;
      a.unit_id = item.optional_int("unit_id", 0, INT64_MAX).value_or(0);
      a.name = item.optional_string("name", 100).value_or("");
      a.reason = item.optional_string("reason", 200).value_or("");
      item.finish();
      e.avoid->push_back(std::move(a));
    }
  }
  return e;
}

long long read_version(const Request& req) {
  return http::with_body(req,
                         [](JsonReader& in) { return in.required_int("version", 1, INT64_MAX); });
}

template <class T, class ToJson>
Response page_json(const RegistryPage<T>& page, ToJson to_json) {
  boost::json::array items;
  for (const auto& x : page.items) items.push_back(to_json(x));
  return http::list_json(std::move(items), page.next_cursor, page.total);
}

void add_agency_routes(http::Router& router, RegistryService& r, const auth::Guard& guard) {
  router.add("GET", "/api/v1/agencies",
             {.summary = "第三方机构列表",
              .subject = "agency",
              .query = {"q", "region_id", "status", "limit", "offset", "cursor"}},
             guard([&r](Request& req, const Principal& me) {
               return page_json(r.list_agencies(me, read_filter(req)),
                                [](const auto& a) { return agency_json(a, false); });
             }));
  router.add("GET", "/api/v1/agencies/{id}", {.summary = "查看第三方机构", .subject = "agency"},
             guard([&r](Request& req, const Principal& me) {
               return Response::json(agency_json(r.get_agency(me, req.id_param()), true));
             }));
  router.add("POST", "/api/v1/agencies", {.summary = "登记第三方机构", .subject = "agency"},
             guard([&r](Request& req, const Principal& me) {
               const auto in = http::with_body(req, read_agency);
               return Response::json(agency_json(r.create_agency(me, in), true), 201);
             }));
  router.add(
      "PATCH", "/api/v1/agencies/{id}", {.summary = "修改第三方机构", .subject = "agency"},
      guard([&r](Request& req, const Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& body) {
          version = body.required_int("version", 1, INT64_MAX);
          return read_agency(body);
        });
        return Response::json(agency_json(r.update_agency(me, req.id_param(), version, in), true));
      }));
  for (const auto& [step, summary] :
       {std::pair{"suspend", "暂停第三方机构"}, std::pair{"reactivate", "恢复第三方机构"}}) {
    const char* action = step;
    router.add("POST", std::string("/api/v1/agencies/{id}/") + action,
               {.summary = summary, .subject = "agency"},
               guard([&r, action](Request& req, const Principal& me) {
                 const long long version = read_version(req);
                 return Response::json(
                     agency_json(r.agency_step(me, req.id_param(), version, action), true));
               }));
  }
  router.add("POST", "/api/v1/agencies/{id}/years",
             {.summary = "登记机构的年度合同", .subject = "agency"},
             guard([&r](Request& req, const Principal& me) {
               const auto in = http::with_body(req, read_year);
               return Response::json(agency_year_json(r.add_year(me, req.id_param(), in)), 201);
             }));
  router.add(
      "PATCH", "/api/v1/agency-years/{id}",
      {.summary = "修改机构的年度合同", .subject = "agency_year"},
      guard([&r](Request& req, const Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& body) {
          version = body.required_int("version", 1, INT64_MAX);
          return read_year(body);
        });
        return Response::json(agency_year_json(r.update_year(me, req.id_param(), version, in)));
      }));
}

void add_expert_routes(http::Router& router, RegistryService& r, const auth::Guard& guard) {
  router.add("GET", "/api/v1/experts",
             {.summary = "专家库列表",
              .subject = "expert",
              .query = {"q", "region_id", "status", "limit", "offset", "cursor"}},
             guard([&r](Request& req, const Principal& me) {
               return page_json(r.list_experts(me, read_filter(req)),
                                [](const auto& e) { return expert_json(e); });
             }));
  router.add("GET", "/api/v1/experts/{id}", {.summary = "查看专家", .subject = "expert"},
             guard([&r](Request& req, const Principal& me) {
               return Response::json(expert_json(r.get_expert(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/experts", {.summary = "专家入库", .subject = "expert"},
             guard([&r](Request& req, const Principal& me) {
               const auto in = http::with_body(req, read_expert);
               return Response::json(expert_json(r.create_expert(me, in)), 201);
             }));
  router.add("PATCH", "/api/v1/experts/{id}", {.summary = "修改专家信息", .subject = "expert"},
             guard([&r](Request& req, const Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& body) {
                 version = body.required_int("version", 1, INT64_MAX);
                 return read_expert(body);
               });
               return Response::json(expert_json(r.update_expert(me, req.id_param(), version, in)));
             }));
  for (const auto& [step, summary] :
       {std::pair{"suspend", "暂停专家"}, std::pair{"reactivate", "恢复专家"}}) {
    const char* action = step;
    router.add(
        "POST", std::string("/api/v1/experts/{id}/") + action,
        {.summary = summary, .subject = "expert"},
        guard([&r, action](Request& req, const Principal& me) {
          const long long version = read_version(req);
          return Response::json(expert_json(r.expert_step(me, req.id_param(), version, action)));
        }));
  }
}

}  // namespace

void add_registry_routes(http::Router& router, RegistryService& registry,
                         const auth::Guard& guard) {
  add_agency_routes(router, registry, guard);
  add_expert_routes(router, registry, guard);
}

}  // namespace jixiao::key_evaluation
