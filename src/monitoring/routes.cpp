#include "monitoring/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"
#include "monitoring/json.h"
#include "monitoring/workflow.h"

namespace jixiao::monitoring {

namespace {

constexpr Fen kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.checkpoint_id = http::query_int(req, "checkpoint_id", 1, INT64_MAX);
  f.year = http::query_int(req, "year", 2000, 2100);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_report_status(*f.status)) throw invalid("status", "报告状态不正确");
  f.colour = http::query_text(req, "colour", 10);
  if (f.colour && !is_colour(*f.colour))
    throw invalid("colour", "预警等级只能是 none、blue 或 red");
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  if (auto queue = http::query_text(req, "queue", 20)) {
    f.queue = named_queue(*queue);
    if (!f.queue) throw invalid("queue", "待办队列只能是 section 或 office");
  }
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

long long read_version(JsonReader& in) { return in.required_int("version", 1, INT64_MAX); }

http::Response series_response(const std::vector<Execution>& series) {
  return http::list_json(series_json(series));
}

}  // namespace

void add_monitoring_routes(http::Router& router, MonitoringService& service,
                           const auth::Guard& guard) {
  // --- the spending series of a project
  router.add("GET", "/api/v1/projects/{id}/executions",
             {.summary = "项目的预算执行数据", .subject = "project"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return series_response(service.series(me, req.id_param()));
             }));

  router.add("POST", "/api/v1/projects/{id}/executions",
             {.summary = "录入项目的预算执行数据", .subject = "project"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [as_of, fen] = http::with_body(req, [](JsonReader& in) {
                 return std::pair{in.required_string("as_of", 10),
                                  in.required_int("executed_fen", -kMaxFen, kMaxFen)};
               });
               return series_response(service.enter_execution(me, req.id_param(), as_of, fen));
             }));

  // The budget execution system's feed: a CSV of 项目编码, 截至日期, 累计支出（万元）.
  router.add("POST", "/api/v1/executions:import",
             {.summary = "导入预算执行数据",
              .upload = true,
              .subject = "project",
              .query = {"year", "dry_run"},
              .request = http::kCsv,
              .answer = "Imported"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long year = http::required_year(req);
               const bool dry_run = http::query_text(req, "dry_run", 1).value_or("0") == "1";
               const auto answer = service.import_executions(me, year, req.body, dry_run);
               if (!answer.errors.empty()) return http::import_result(0, answer.errors);
               return http::Response::json(
                   boost::json::object{{"imported", answer.imported}, {"dry_run", dry_run}});
             }));

  // The warning rules on progress as a form holds it, nothing saved (other tools rely on this
  // contract: docs/API.md).
  router.add("POST", "/api/v1/monitoring:evaluate",
             {.summary = "按预警规则评判一张监控表（不保存）",
              .subject = "own",
              .request = "MonitoringForm",
              .answer = "MonitoringEvaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(
                   service.evaluate_progress(me, boost::json::value(http::json_body(req))));
             }));

  // Proposed R-MO-4 parameters against the latest opened checkpoint, before they are saved.
  router.add("POST", "/api/v1/monitoring:preview-rules",
             {.summary = "预览新预警阈值的效果", .subject = "own"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long year = 0;
               const auto params = http::with_body(req, [&](JsonReader& in) {
                 year = in.required_int("year", 2000, 2100);
                 const auto* p = in.value("params");
                 if (!p || !p->is_object()) throw invalid("params", "请提供预警规则的参数");
                 return p->as_object();
               });
               return http::Response::json(preview_json(service.preview_rules(me, year, params)));
             }));

  // --- checkpoints
  router.add("GET", "/api/v1/checkpoints",
             {.summary = "监控节点列表", .subject = "checkpoint", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& c : service.checkpoints(me, http::required_year(req)))
                 items.push_back(checkpoint_json(c));
               return http::list_json(std::move(items));
             }));

  router.add("POST", "/api/v1/checkpoints", {.summary = "新建监控节点", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto in = http::with_body(req, [](JsonReader& r) {
                 CheckpointInput c;
                 c.year = r.required_int("year", 2000, 2100);
                 c.name = r.required_string("name", 50);
                 c.as_of = r.required_string("as_of", 10);
                 c.due = r.required_string("due", 10);
                 return c;
               });
               const auto c = service.create_checkpoint(me, in);
               auto res = http::Response::json(checkpoint_json(c), 201);
               res.set_header("Location", "/api/v1/checkpoints/" + std::to_string(c.id));
               return res;
             }));

  router.add("POST", "/api/v1/checkpoints/{id}/open",
             {.summary = "开启监控节点（生成监控表）", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long version =
                   http::with_body(req, [](JsonReader& r) { return read_version(r); });
               return http::Response::json(
                   checkpoint_json(service.open_checkpoint(me, req.id_param(), version)));
             }));

  router.add("GET", "/api/v1/checkpoints/{id}",
             {.summary = "查看监控节点", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [c, running] = service.checkpoint(me, req.id_param());
               return http::Response::json(checkpoint_json(c, running));
             }));

  // The warning run over the checkpoint's reports, in the background: the answer is at once
  // (202), the page follows `run` on the checkpoint.
  router.add("POST", "/api/v1/checkpoints/{id}/run",
             {.summary = "运行预警", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [c, running] = service.start_run(me, req.id_param());
               return http::Response::json(checkpoint_json(c, running), 202);
             }));

  // Early warning a month ahead (R-MO-2): the office forecasts a planned checkpoint.
  router.add("POST", "/api/v1/checkpoints/{id}/forecast",
             {.summary = "按执行进度预测预警", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto r = service.forecast(me, req.id_param());
               return http::Response::json(
                   boost::json::object{{"projects", r.projects}, {"blue", r.blue}, {"red", r.red}});
             }));

  router.add("GET", "/api/v1/checkpoints/{id}/early-warnings",
             {.summary = "提前预警的项目",
              .subject = "checkpoint",
              .query = {"colour", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               EarlyWarningFilter f;
               f.checkpoint_id = req.id_param();
               f.colour = http::query_text(req, "colour", 10);
               if (f.colour && *f.colour != "blue" && *f.colour != "red")
                 throw invalid("colour", "预警等级只能是 blue 或 red");
               f.after_project_id = http::query_after_id(req);
               f.limit = http::query_limit(req);
               f.offset = http::query_offset(req);
               const auto page = service.early_warnings(me, f);
               boost::json::array out;
               for (const auto& w : page.items) out.push_back(early_warning_json(w));
               return http::Response::json(
                   http::list_object(std::move(out), http::id_cursor(page.next_after), page.total));
             }));

  // --- reports
  router.add("GET", "/api/v1/monitoring-reports",
             {.summary = "监控表列表",
              .subject = "monitoring_report",
              .query = {"year", "checkpoint_id", "colour", "department_id", "project_id", "queue",
                        "status", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               auto page = service.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& r : page.items) items.push_back(report_json(r));
               return http::Response::json(http::list_object(
                   std::move(items), http::id_cursor(page.next_after), page.total));
             }));

  router.add("GET", "/api/v1/monitoring-reports/{id}",
             {.summary = "查看监控表", .subject = "monitoring_report"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(service.get(me, req.id_param())));
             }));

  router.add(
      "PUT", "/api/v1/monitoring-reports/{id}",
      {.summary = "保存监控表", .subject = "monitoring_report"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = read_version(r);
          ReportInput i;
          i.executed_fen = r.optional_int("executed_fen", -kMaxFen, kMaxFen);
          i.spending_reason = r.optional_string("spending_reason", 2000).value_or("");
          i.spending_correction = r.optional_string("spending_correction", 2000).value_or("");
          i.indicators = read_answers(r.value("indicators"));
          return i;
        });
        return http::Response::json(view_json(service.save(me, req.id_param(), version, in)));
      }));

  router.add(
      "POST", "/api/v1/monitoring-reports/{id}/steps",
      {.summary = "监控表流程操作（提交、审核等）", .subject = "monitoring_report"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = read_version(r);
          StepInput s;
          s.action = r.required_string("action", 30);
          s.decision = r.optional_string("decision", 30).value_or("");
          s.opinion = r.optional_string("opinion", 2000).value_or("");
          return s;
        });
        return http::Response::json(view_json(service.step(me, req.id_param(), version, in)));
      }));

  router.add(
      "POST", "/api/v1/monitoring-reports/{id}/outcome",
      {.summary = "录入监控处理结果（调整、收回等）", .subject = "monitoring_report"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto in = http::with_body(req, [](JsonReader& r) {
          OutcomeInput o;
          o.version = read_version(r);
          o.kind = r.required_string("kind", 20);
          o.amount_fen = r.optional_int("amount_fen", -kMaxFen, kMaxFen);
          o.reason = r.required_string("reason", 2000);
          return o;
        });
        return http::Response::json(view_json(service.decide_outcome(me, req.id_param(), in)));
      }));

  router.add("GET", "/api/v1/monitoring-outcomes",
             {.summary = "监控处理结果列表",
              .subject = "monitoring_report",
              .query = {"year", "checkpoint_id", "kind", "limit", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               repo::OutcomeFilter f;
               f.year = http::query_int(req, "year", 2000, 2100);
               f.checkpoint_id = http::query_int(req, "checkpoint_id", 1, INT64_MAX);
               f.kind = http::query_text(req, "kind", 20);
               if (f.kind && !is_outcome_kind(*f.kind))
                 throw invalid("kind",
                               "处理方式只能是 continue、adjust_budget、adjust_target 或 recover");
               f.after_id = http::query_after_id(req);
               f.limit = http::query_limit(req);
               auto items = service.outcomes(me, f);
               std::optional<long long> next;
               if (items.size() > static_cast<std::size_t>(f.limit)) {
                 items.resize(f.limit);
                 next = items.back().id;
               }
               boost::json::array out;
               for (const auto& o : items) out.push_back(outcome_json(o));
               return http::Response::json(
                   http::list_object(std::move(out), http::id_cursor(next), std::nullopt));
             }));

  // Money recovered and budgets adjusted, by region and department (R-MO-5).
  router.add("GET", "/api/v1/monitoring-outcomes/totals",
             {.summary = "监控处理结果汇总", .subject = "monitoring_statistics", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& t : service.outcome_totals(me, http::required_year(req)))
                 items.push_back(outcome_total_json(t));
               return http::list_json(std::move(items));
             }));

  // A checkpoint's statistics in the caller's scope, from the kept totals (R-MON-2, R-MO-1 to
  // R-MO-5).
  router.add(
      "GET", "/api/v1/monitoring/statistics",
      {.summary = "绩效运行监控统计",
       .subject = "monitoring_statistics",
       .query = {"year", "checkpoint_id"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(statistics_json(service.statistics(
            me, http::required_year(req), http::query_int(req, "checkpoint_id", 1, INT64_MAX))));
      }));

  router.add("GET", "/api/v1/monitoring-reports/{id}/history",
             {.summary = "监控表的流转记录", .subject = "monitoring_report"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::monitoring
