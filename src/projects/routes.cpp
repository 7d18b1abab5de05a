#include "projects/routes.h"

#include <boost/json.hpp>

#include "base/cursor.h"
#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"
#include "projects/import.h"
#include "projects/json.h"
#include "projects/workflow.h"

namespace jixiao::projects {

namespace {

ProjectFilter read_filter(const http::Request& req) {
  ProjectFilter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.parent_id = http::query_int(req, "parent_id", 1, INT64_MAX);
  f.fund_type = http::query_text(req, "fund_type", 32);
  if (f.fund_type && !is_fund_type(*f.fund_type)) throw invalid("fund_type", "资金类型不正确");
  auto tags = req.query_values("tag");
  if (!tags.empty()) {
    auto bits = tags_to_bits(tags);
    if (!bits) throw invalid("tag", "项目标签不正确");
    f.tag_bits = *bits;
  }
  f.status = http::query_text(req, "status", 32);
  if (f.status && !is_status(*f.status)) throw invalid("status", "项目状态不正确");
  if (auto queue = http::query_text(req, "queue", 10)) {
    if (*queue != "review") throw invalid("queue", "queue 只能是 review（待我审核）");
    f.review_queue = true;
  }
  f.amount_min = http::query_int(req, "amount_min_fen", 0, INT64_MAX);
  f.amount_max = http::query_int(req, "amount_max_fen", 0, INT64_MAX);
  f.name_contains = http::query_text(req, "q", 100);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  if (auto sort = http::query_text(req, "sort", 32)) {
    std::string key = *sort;
    if (key.front() == '-') {
      f.descending = true;
      key.erase(0, 1);
    }
    if (key == "id")
      f.sort = SortKey::id;
    else if (key == "code")
      f.sort = SortKey::code;
    else if (key == "name")
      f.sort = SortKey::name;
    else if (key == "amount_fen")
      f.sort = SortKey::amount_fen;
    else if (key == "updated_at")
      f.sort = SortKey::updated_at;
    else
      throw invalid("sort",
                    "排序字段只能是 id、code、name、amount_fen、updated_at，前加 - 表示降序");
  }
  const bool by_number = f.sort == SortKey::id || f.sort == SortKey::amount_fen;
  if (auto cursor = http::query_cursor(req, by_number ? CursorValue::number : CursorValue::text)) {
    f.after_value = cursor->value;
    f.after_number = cursor->number;
    f.after_id = cursor->id;
  }
  return f;
}

ProjectInput read_input(JsonReader& in) {
  ProjectInput p;
  p.year = in.optional_int("year", 2000, 2100);
  p.code = in.optional_string("code", 40);
  p.name = in.optional_string("name", 200);
  p.unit_id = in.optional_int("unit_id", 1, INT64_MAX);
  p.fund_type = in.optional_string("fund_type", 32);
  p.amount_fen = in.optional_int("amount_fen", 0, INT64_MAX);
  p.function_class = in.optional_string("function_class", 7);
  p.category = in.optional_string("category", 32);
  p.parent_id = in.optional_int("parent_id", 0, INT64_MAX);
  p.tags = in.optional_string_array("tags", 16, 32);
  // A status moves only through the workflow's steps (POST /api/v1/projects/{id}/steps).
  if (in.has("status"))
    throw invalid("status",
                  "项目状态不能直接修改：新项目都是草稿，请通过申报、批复、退回等操作办理");
  return p;
}

StepInput read_step(JsonReader& in) {
  StepInput step;
  step.action = in.required_string("action", 32);
  if (step.action == "edit" || step.action == "delete" ||
      !project_workflow().has_action(step.action))
    throw invalid("action", "操作只能是申报、撤回申报、审核、开始执行、办结或取消项目");
  step.decision = in.optional_string("decision", 32).value_or("");
  step.opinion = in.optional_string("opinion", 2000).value_or("");
  return step;
}

boost::json::object view_json(const ProjectView& v) {
  auto o = project_json(v.project);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

boost::json::object page_json(const ProjectPage& page) {
  boost::json::array items;
  for (const auto& p : page.items) items.push_back(project_json(p));
  auto o = http::list_object(std::move(items), page.next_cursor,
                             page.totals ? std::optional(page.totals->count) : std::nullopt);
  if (page.totals) {
    o["total_amount_fen"] = page.totals->amount_fen;
    o["total_amount_wan"] = format_wan(page.totals->amount_fen);
  }
  return o;
}

// A page is the same for every caller of the same role and data scope asking the same query: the
// list answers nothing about the caller but what the scope lets it see (and, for a review queue,
// what the role decides).
std::string page_key(const auth::Principal& me, const http::Request& req) {
  const auto scope = auth::read_scope(me);
  std::string key = std::to_string(static_cast<int>(me.role));
  key += ':';
  key += std::to_string(static_cast<int>(scope.kind));
  key += ':';
  key += std::to_string(scope.id);
  key += ':';
  key += scope.path;
  key += '?';
  const auto q = req.target.find('?');
  if (q != std::string::npos) key.append(req.target, q + 1);
  return key;
}

http::Response import_response(ProjectService& projects, const auth::Principal& me,
                               const std::string& csv_text) {
  const ImportAnswer answer = import_csv(projects, me, csv_text);
  return http::import_result(answer.imported, answer.errors);
}

}  // namespace

void add_project_routes(http::Router& router, ProjectService& projects, const auth::Guard& guard,
                        http::PageCache& pages) {
  router.add(
      "GET", "/api/v1/projects",
      {.summary = "项目列表",
       .subject = "project",
       .query = {"year", "amount_max_fen", "amount_min_fen", "department_id", "fund_type",
                 "parent_id", "q", "queue", "region_id", "sort", "status", "tag", "unit_id",
                 "limit", "offset", "cursor"},
       .answer = "ProjectPage"},
      guard([&projects, &pages](http::Request& req, const auth::Principal& me) {
        auto filter = read_filter(req);  // bad input is refused before any lookup
        const std::string version = projects.data_version();
        return pages.answer(page_key(me, req), version, [&] {
          return boost::json::value(page_json(projects.list(me, std::move(filter))));
        });
      }),
      // A kept page is answered by the network thread (bad input throws: the guarded handler
      // then answers it).
      guard.fast([&projects, &pages](http::Request& req,
                                     const auth::Principal& me) -> std::optional<http::Response> {
        read_filter(req);
        const auto version = projects.recent_data_version();
        if (!version) return std::nullopt;
        return pages.kept(page_key(me, req), *version);
      }));

  router.add("GET", "/api/v1/projects/{id}",
             {.summary = "查看项目", .subject = "project", .answer = "ProjectView"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(projects.view(me, req.id_param())));
             }));

  router.add("POST", "/api/v1/projects:import",
             {.summary = "导入项目（CSV）",
              .upload = true,
              .subject = "project",
              .request = http::kCsv,
              .answer = "Imported"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               return import_response(projects, me, req.body);
             }));

  router.add("GET", "/api/v1/projects/{id}/gate",
             {.summary = "项目纳入预算的前置条件", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               return http::Response::json(gate_json(projects.gate(me, req.id_param())));
             }));

  router.add("GET", "/api/v1/projects/{id}/history",
             {.summary = "项目的全过程时间线", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               return http::history_json(projects.history(me, req.id_param()));
             }));

  router.add("POST", "/api/v1/projects", {.summary = "新增项目", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               const auto input = http::with_body(req, read_input);
               auto created = projects.create(me, input);
               auto res = http::Response::json(project_json(created), 201);
               res.set_header("Location", "/api/v1/projects/" + std::to_string(created.id));
               return res;
             }));

  router.add("DELETE", "/api/v1/projects/{id}", {.summary = "删除项目", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               projects.remove(me, req.id_param());
               return http::Response::no_content();
             }));

  router.add("POST", "/api/v1/projects/{id}/steps",
             {.summary = "项目流程操作（申报、审核等）", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               long long version = 0;
               const auto step = http::with_body(req, [&](JsonReader& in) {
                 version = in.required_int("version", 1, INT64_MAX);
                 return read_step(in);
               });
               return http::Response::json(view_json(projects.step(me, id, version, step)));
             }));

  router.add("PATCH", "/api/v1/projects/{id}", {.summary = "修改项目", .subject = "project"},
             guard([&projects](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               long long version = 0;
               const auto input = http::with_body(req, [&](JsonReader& in) {
                 version = in.required_int("version", 1, INT64_MAX);
                 return read_input(in);
               });
               return http::Response::json(project_json(projects.update(me, id, version, input)));
             }));
}

}  // namespace jixiao::projects
