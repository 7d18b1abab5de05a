#include "cli/app.h"

#include <boost/json.hpp>

#include "accounts/menu.h"
#include "accounts/routes.h"
#include "accounts/service.h"
#include "accounts/service_account_routes.h"
#include "accounts/service_accounts.h"
#include "accounts/todos.h"
#include "annual_report/figures.h"
#include "annual_report/menu.h"
#include "annual_report/report_routes.h"
#include "annual_report/report_service.h"
#include "annual_report/routes.h"
#include "annual_report/rule_kinds.h"
#include "annual_report/service.h"
#include "appraisal/menu.h"
#include "appraisal/routes.h"
#include "appraisal/rule_kinds.h"
#include "appraisal/service.h"
#include "appraisal/todos.h"
#include "assessment/evidence_document.h"
#include "assessment/gate.h"
#include "assessment/menu.h"
#include "assessment/routes.h"
#include "assessment/rule_kinds.h"
#include "assessment/service.h"
#include "assessment/todos.h"
#include "auth/routes.h"
#include "auth/service.h"
#include "auth/token.h"
#include "auth/token_service.h"
#include "budget_review/gate.h"
#include "budget_review/menu.h"
#include "budget_review/routes.h"
#include "budget_review/rule_kinds.h"
#include "budget_review/service.h"
#include "budget_review/todos.h"
#include "db/migrations.h"
#include "documents/menu.h"
#include "documents/routes.h"
#include "documents/rule_kinds.h"
#include "documents/service.h"
// Disclosure (信息公开).
#include "disclosure/menu.h"
#include "disclosure/public_service.h"
#include "disclosure/routes.h"
#include "disclosure/service.h"
#include "disclosure/settings.h"
#include "disclosure/todos.h"
#include "evidence/routes.h"
#include "evidence/service.h"
#include "http/openapi.h"
#include "http/problem.h"
#include "http/static_files.h"
#include "key_evaluation/agency_report_routes.h"
#include "key_evaluation/agency_report_service.h"
#include "key_evaluation/cross_round_routes.h"
#include "key_evaluation/cross_round_service.h"
#include "key_evaluation/evidence_document.h"
#include "key_evaluation/plan_routes.h"
#include "key_evaluation/registry_menu.h"
#include "key_evaluation/registry_routes.h"
#include "key_evaluation/registry_service.h"
#include "key_evaluation/reports_menu.h"
#include "key_evaluation/results_routes.h"
#include "key_evaluation/results_service.h"
#include "key_evaluation/rule_kinds.h"
#include "key_evaluation/statistics_routes.h"
#include "key_evaluation/statistics_service.h"
#include "key_evaluation/step_routes.h"
#include "key_evaluation/step_service.h"
#include "key_evaluation/todos.h"
#include "library/menu.h"
#include "library/routes.h"
#include "library/service.h"
#include "menu/menu.h"
#include "monitoring/menu.h"
#include "monitoring/notice_routes.h"
#include "monitoring/routes.h"
#include "monitoring/rule_kinds.h"
#include "monitoring/service.h"
#include "monitoring/todos.h"
#include "org/menu.h"
#include "org/routes.h"
#include "org/search.h"
#include "org/service.h"
#include "projects/evidence_document.h"
#include "projects/menu.h"
#include "projects/routes.h"
#include "projects/search.h"
#include "projects/service.h"
#include "projects/todos.h"
#include "rectify/evidence_document.h"
#include "rectify/menu.h"
#include "rectify/routes.h"
#include "rectify/service.h"
#include "rectify/todos.h"
#include "reports/menu.h"
#include "reports/routes.h"
#include "reports/service.h"
#include "result_application/gate.h"
#include "result_application/menu.h"
#include "result_application/routes.h"
#include "result_application/rule_kinds.h"
#include "result_application/service.h"
#include "result_application/todos.h"
#include "rules/menu.h"
#include "rules/routes.h"
#include "rules/service.h"
#include "self_evaluation/evaluation_routes.h"
#include "self_evaluation/evidence_document.h"
#include "self_evaluation/import_routes.h"
#include "self_evaluation/menu.h"
#include "self_evaluation/review_menu.h"
#include "self_evaluation/review_routes.h"
#include "self_evaluation/review_service.h"
#include "self_evaluation/review_todos.h"
#include "self_evaluation/routes.h"
#include "self_evaluation/rule_kinds.h"
#include "self_evaluation/service.h"
#include "self_evaluation/statistics_menu.h"
#include "self_evaluation/statistics_routes.h"
#include "self_evaluation/statistics_service.h"
#include "self_evaluation/todos.h"
#include "targets/gate.h"
#include "targets/menu.h"
#include "targets/routes.h"
#include "targets/rule_kinds.h"
#include "targets/search.h"
#include "targets/service.h"
#include "targets/todos.h"
#include "workflow/search.h"
#include "workflow/todos.h"

namespace jixiao::cli {

namespace {
// The version the API document gives: the API's path version and this release.
constexpr const char* kApiVersion = "v1 (jixiao 0.1.0)";
}  // namespace

// The services outlive every request: routes hold references to them.
struct App::Services {
  Services(db::Database& db, const AppOptions& options)
      : auth(db, auth_options(options)),
        tokens(db),
        guard(auth, &tokens),
        org(db),
        accounts(db),
        service_accounts(db),
        projects(db),
        evidence(db, evidence::EvidenceOptions{options.evidence_max_bytes}),
        reports(db, todos, search),
        rules(db),
        library(db),
        targets(db),
        documents(db),
        assessment(db, projects, targets),
        budget_reviews(db),
        monitoring(db, projects, targets),
        notices(db),
        findings(db),
        evaluations(db),
        reviews(db),
        evaluation_statistics(db),
        registry(db),
        key_steps(db),
        key_evaluation_results(db),
        agency_reports(db),
        cross_rounds(db),
        plan(db),
        key_statistics(db),
        result_application(db),
        disclosures(db),
        public_pages(db, disclosure::public_rate_per_minute()),
        appraisal(db, rules),
        annual_report_figures(db),
        annual_reports(db, annual_report::figures_of_work_year) {}
  static auth::AuthOptions auth_options(const AppOptions& options) {
    auth::AuthOptions o;
    o.idle_minutes = options.session_idle_minutes;
    o.max_hours = options.session_max_hours;
    return o;
  }
  // Registries the stages fill while the app is wired (below), read-only once it serves.
  workflow::TodoRegistry todos;
  workflow::SearchRegistry search;
  auth::AuthService auth;
  auth::TokenAuth tokens;
  auth::Guard guard;
  org::OrgService org;
  accounts::AccountService accounts;
  accounts::ServiceAccountService service_accounts;
  projects::ProjectService projects;
  evidence::EvidenceService evidence;
  reports::ReportService reports;
  rules::RuleService rules;
  library::LibraryService library;
  targets::TargetService targets;
  documents::DocumentService documents;
  assessment::AssessmentService assessment;
  budget_review::ReviewService budget_reviews;
  monitoring::MonitoringService monitoring;
  monitoring::NoticeService notices;
  rectify::FindingService findings;
  self_evaluation::EvaluationService evaluations;
  self_evaluation::ReviewService reviews;
  self_evaluation::StatisticsService evaluation_statistics;
  key_evaluation::RegistryService registry;
  key_evaluation::StepService key_steps;
  key_evaluation::ResultsService key_evaluation_results;
  key_evaluation::AgencyReportService agency_reports;
  key_evaluation::CrossRoundService cross_rounds;
  key_evaluation::PlanService plan;
  key_evaluation::KeyStatisticsService key_statistics;
  result_application::ResultApplicationService result_application;
  disclosure::DisclosureService disclosures;
  disclosure::PublicService public_pages;
  // Appraisal (绩效考核): after the stages it scores.
  appraisal::AppraisalService appraisal;
  // The annual report's figures: read from every stage's records.
  annual_report::AnnualReportFigures annual_report_figures;
  // The annual work report: after every stage whose figures it says.
  annual_report::AnnualReportService annual_reports;
};

App::App(db::Database& db, AppOptions options)
    : db_(db),
      pages_(options.page_cache_bytes),
      services_(std::make_unique<Services>(db, options)) {
  router_.group("系统运行");
  router_.add("GET", "/healthz", {.summary = "健康检查", .subject = "own", .answer = "Health"},
              [this](http::Request&) {
                try {
                  const long long v = db::current_schema_version(db_);
                  boost::json::object o{{"status", "ok"}, {"schema_version", v}};
                  return http::Response::json(o);
                } catch (const std::exception&) {
                  return http::problem(503, "database_unavailable", "数据库不可用");
                }
              });
  router_.add("GET", "/metrics",
              {.summary = "运行指标（Prometheus 格式）", .subject = "own", .answer = http::kText},
              [this](http::Request&) {
                http::Response r;
                r.content_type = "text/plain; version=0.0.4";
                r.body = router_.metrics().render();
                return r;
              });
  router_.metrics().add_gauge("jixiao_db_pool_size", "Database sessions in the pool.",
                              [this] { return static_cast<double>(db_.pool_size()); });
  router_.metrics().add_gauge("jixiao_db_pool_leased", "Database sessions in use.",
                              [this] { return static_cast<double>(db_.leased()); });
  router_.metrics().add_gauge("jixiao_page_cache_hits", "List pages served from the page cache.",
                              [this] { return static_cast<double>(pages_.stats().hits); });
  router_.metrics().add_gauge("jixiao_page_cache_misses", "List pages built (not in the cache).",
                              [this] { return static_cast<double>(pages_.stats().misses); });
  router_.metrics().add_gauge("jixiao_page_cache_bytes", "Bytes of pages in the page cache.",
                              [this] { return static_cast<double>(pages_.stats().bytes); });

  if (!options.web_root.empty()) {
    static_files_ = std::make_unique<http::StaticFiles>(options.web_root);
    router_.set_fallback([this](http::Request& req) { return static_files_->serve(req); });
  }

  // Each stage registers what it adds to the shared parts, in loop order.
  auto& s = *services_;
  // The header's search finds departments and units, projects and targets, in that order.
  org::add_search(s.search);
  // Projects: a document evidence is attached to, and one with files attached is not deleted.
  s.evidence.documents().add(projects::evidence_document());
  s.projects.add_reference([](soci::session& session, long long id) {
    return evidence::EvidenceService::attached(session, "project", id);
  });
  projects::add_todos(s.todos);
  projects::add_search(s.search);
  // Targets: a project's target keeps it from deletion, its steps show on the project's
  // timeline, and its totals follow the project's changes.
  s.projects.add_reference(targets::TargetService::project_references);
  s.projects.add_history(targets::TargetService::project_history);
  s.projects.add_watch(targets::TargetService::project_watch());
  s.projects.add_gate(targets::target_gate);
  s.projects.add_gate(assessment::assessment_gate);
  targets::add_todos(s.todos);
  targets::add_search(s.search);
  // Ex-ante assessments: evidence attaches to them, a project's assessment keeps it from
  // deletion and its steps show on the project's timeline.
  s.evidence.documents().add(assessment::evidence_document());
  s.projects.add_reference(assessment::AssessmentService::project_references);
  s.projects.add_history(assessment::AssessmentService::project_history);
  assessment::add_todos(s.todos);
  // Budget review: a declared project gets its review record, whose entries show on the
  // project's timeline; approval waits for it where the region's R-BG-1 asks.
  s.projects.add_history(budget_review::ReviewService::project_history);
  s.projects.add_watch(budget_review::ReviewService::project_watch());
  s.projects.add_gate(budget_review::budget_gate);
  budget_review::add_todos(s.todos);
  // Monitoring: reports to fill and to check.
  monitoring::add_todos(s.todos);
  // The findings ledger: evidence attaches to findings, a project's findings show on its
  // timeline, open and answered ones wait for their unit and office.
  s.evidence.documents().add(rectify::evidence_document());
  s.projects.add_history(rectify::FindingService::project_history);
  rectify::add_todos(s.todos);
  // Self-evaluation: evidence attaches to evaluations, a project's evaluation keeps it from
  // deletion and its steps show on the project's timeline; evaluations wait to be filled,
  // consolidated and accepted.
  s.evidence.documents().add(self_evaluation::evidence_document());
  s.projects.add_reference(self_evaluation::EvaluationService::project_references);
  s.projects.add_history(self_evaluation::EvaluationService::project_history);
  self_evaluation::add_todos(s.todos);
  // The self-evaluation review: samples wait for their reviewers, and for the office to assign
  // them.
  self_evaluation::add_review_todos(s.todos);
  // Key evaluations: the agency's plan, evidence and reports attach to the evaluation.
  s.evidence.documents().add(key_evaluation::evidence_document());
  // Commissions wait for their agency, plans and reports for their experts, reviews, final
  // reports and results for the office.
  key_evaluation::add_todos(s.todos);
  // Result application: budget actions wait for finance, their steps show on the projects'
  // timelines, and a project above its confirmed limit stays out of the budget (R-BG-1).
  s.projects.add_history(result_application::ResultApplicationService::project_history);
  s.projects.add_gate(result_application::result_gate);
  result_application::add_todos(s.todos);
  // Appraisal: computed appraisals wait for the office to issue them.
  appraisal::add_todos(s.todos);
  // Accounts: locked users wait for their administrator.
  accounts::add_todos(s.todos);
  // Disclosure: items past their due date wait for the office to publish them.
  disclosure::add_todos(s.todos);

  targets::register_rule_kinds(services_->rules.kinds());
  documents::register_rule_kinds(services_->rules.kinds());
  assessment::register_rule_kinds(services_->rules.kinds());
  budget_review::register_rule_kinds(services_->rules.kinds());
  monitoring::register_rule_kinds(services_->rules.kinds());
  self_evaluation::register_rule_kinds(services_->rules.kinds());
  key_evaluation::register_rule_kinds(services_->rules.kinds());
  result_application::register_rule_kinds(services_->rules.kinds());
  disclosure::register_rule_kinds(services_->rules.kinds());
  appraisal::register_rule_kinds(services_->rules.kinds());
  annual_report::register_rule_kinds(services_->rules.kinds());

  router_.group("登录与会话");
  auth::add_auth_routes(router_, services_->auth, services_->guard);
  router_.group("组织机构");
  org::add_org_routes(router_, services_->org, services_->guard);
  router_.group("用户管理");
  accounts::add_account_routes(router_, services_->accounts, services_->guard);
  router_.group("接口账号");
  accounts::add_service_account_routes(router_, services_->service_accounts, services_->guard);
  router_.metrics().add_counter(
      "jixiao_token_failures_total",
      "Requests refused for their API token, by reason (malformed, unknown, expired, revoked, "
      "disabled account, route outside its limits, token in the query string).",
      [this] { return services_->tokens.failures(); });
  // A token in a URL lands in proxies' and browsers' logs: refused on every route as such (401,
  // counted), before the route's own query rules would call it an unknown parameter.
  router_.screen([this](const http::Request& req) {
    if (const auto name = auth::token_in_query(req.query)) services_->tokens.refuse_in_query(*name);
  });
  router_.group("项目库");
  projects::add_project_routes(router_, services_->projects, services_->guard, pages_);
  router_.group("佐证材料");
  evidence::add_evidence_routes(router_, services_->evidence, services_->guard);
  router_.group("统计、待办与搜索");
  reports::add_report_routes(router_, services_->reports, services_->guard);
  router_.group("规则");
  rules::add_rule_routes(router_, services_->rules, services_->guard);
  router_.group("指标库与案例库");
  library::add_library_routes(router_, services_->library, services_->guard);
  router_.group("绩效目标");
  targets::add_target_routes(router_, services_->targets, services_->guard);
  router_.group("文书");
  documents::add_document_routes(router_, services_->documents, services_->guard);
  router_.group("事前绩效评估");
  assessment::add_assessment_routes(router_, services_->assessment, services_->guard);
  router_.group("预算评审");
  budget_review::add_budget_review_routes(router_, services_->budget_reviews, services_->guard);
  router_.group("绩效运行监控");
  monitoring::add_monitoring_routes(router_, services_->monitoring, services_->guard);
  monitoring::add_notice_routes(router_, services_->notices, services_->guard);
  router_.group("整改台账");
  rectify::add_rectify_routes(router_, services_->findings, services_->guard);
  router_.group("绩效自评");
  // Before the evaluations' routes: their /self-evaluations/{id} would take /statistics.
  self_evaluation::add_statistics_routes(router_, services_->evaluation_statistics,
                                         services_->guard);
  self_evaluation::add_evaluation_routes(router_, services_->evaluations, services_->guard);
  self_evaluation::add_import_routes(router_, services_->evaluations, services_->guard);
  self_evaluation::add_self_evaluation_routes(router_, db_, services_->guard);
  router_.group("自评复核");
  self_evaluation::add_review_routes(router_, services_->reviews, services_->guard);
  router_.group("财政重点评价");
  // Before every /api/v1/key-evaluations/{id} route, which would take "statistics" for an id.
  key_evaluation::add_statistics_routes(router_, services_->key_statistics, services_->guard);
  key_evaluation::add_registry_routes(router_, services_->registry, services_->guard);
  key_evaluation::add_step_routes(router_, services_->key_steps, services_->guard);
  key_evaluation::add_results_routes(router_, services_->key_evaluation_results, services_->guard);
  key_evaluation::add_agency_report_routes(router_, services_->agency_reports, services_->guard);
  key_evaluation::add_cross_round_routes(router_, services_->cross_rounds, services_->guard);
  key_evaluation::add_plan_routes(router_, services_->plan, services_->guard);
  router_.group("结果应用");
  result_application::add_result_application_routes(router_, services_->result_application,
                                                    services_->guard);
  router_.group("信息公开");
  // Disclosure: the office's list and the public's pages (no login, limited per address).
  disclosure::add_disclosure_routes(router_, services_->disclosures, services_->guard);
  router_.group("公开门户（无需登录）");
  disclosure::add_public_routes(router_, services_->public_pages, pages_);
  router_.metrics().add_gauge(
      "jixiao_public_rate_limited_total",
      "Requests to the public pages refused for their client address's rate (429).",
      [this] { return static_cast<double>(services_->public_pages.limit().refused()); });
  router_.group("绩效考核");
  // Appraisal: the scorecards read every stage's records, the disclosure rate included.
  appraisal::add_appraisal_routes(router_, services_->appraisal, services_->guard);
  router_.group("年度绩效工作报告");
  // The annual report's figures, funnel and rows: every stage's records of a work year.
  annual_report::add_figure_routes(router_, services_->annual_report_figures, services_->guard);
  // The annual work report, after the figures' literal paths under /api/v1/annual-reports/.
  annual_report::add_report_routes(router_, services_->annual_reports, services_->guard);

  // The side menu: each feature adds its entries; the caller gets those of its role.
  menu::Menu menu([](std::string_view role) { return auth::parse_role(role).has_value(); });
  reports::add_menu(menu);
  documents::add_menu(menu);
  projects::add_menu(menu);
  assessment::add_menu(menu);
  targets::add_menu(menu);
  budget_review::add_menu(menu);
  monitoring::add_menu(menu);
  self_evaluation::add_menu(menu);
  self_evaluation::add_statistics_menu(menu);
  self_evaluation::add_review_menu(menu);
  key_evaluation::add_registry_menu(menu);
  key_evaluation::add_reports_menu(menu);
  rectify::add_menu(menu);
  result_application::add_menu(menu);
  disclosure::add_menu(menu);
  appraisal::add_menu(menu);
  annual_report::add_menu(menu);
  library::add_menu(menu);
  rules::add_menu(menu);
  org::add_menu(menu);
  accounts::add_menu(menu);
  router_.group("系统运行");
  router_.add("GET", "/api/v1/menu", {.summary = "当前用户的菜单", .subject = "own"},
              services_->guard([menu = std::move(menu)](http::Request&, const auth::Principal& me) {
                auto res = http::Response::json(menu.for_role(auth::role_name(me.role)));
                res.set_header("Cache-Control", "no-store");
                return res;
              }));

  // What a token may be limited to: every API route but those of a login session and the
  // management of service accounts and tokens themselves.
  std::vector<std::string> token_routes;
  std::map<std::string, std::string> token_route_summaries;
  for (const auto& r : router_.routes()) {
    const bool session_only = r.pattern == "/api/v1/sessions" ||
                              r.pattern == "/api/v1/sessions/current" ||
                              r.pattern == "/api/v1/me/password";
    const bool token_management = r.pattern.starts_with("/api/v1/service-accounts") ||
                                  r.pattern.starts_with("/api/v1/api-token");
    if (r.pattern.starts_with("/api/v1/") && !session_only && !token_management) {
      token_routes.push_back(auth::route_key(r.method, r.pattern));
      token_route_summaries[token_routes.back()] = r.options.summary;
    }
  }
  services_->service_accounts.set_routes(std::move(token_routes), std::move(token_route_summaries));
  // The API document: written once from the routes as registered (this one included), public.
  router_.add("GET", "/api/v1/openapi.json",
              {.summary = "本接口文档（OpenAPI 3.1）", .subject = "own", .answer = "OpenApi"},
              [this](http::Request&) {
                http::Response res;
                res.shared_body = openapi_;
                return res;
              });
  openapi_ = std::make_shared<const std::string>(boost::json::serialize(
      http::openapi_document(router_.routes(), http::openapi_schemas(), kApiVersion)));
}

App::~App() = default;

void App::resume_jobs() { services_->evaluations.resume_scoring(); }

}  // namespace jixiao::cli
