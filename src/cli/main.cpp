// The jixiao command: the only place that reads configuration and wires components together.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "audit/head_watch.h"
#include "audit/log.h"
#include "auth/service.h"
#include "base/error.h"
#include "base/priority.h"
#include "cli/app.h"
#include "cli/bench_data.h"
#include "cli/bench_self_evaluation.h"
#include "cli/config.h"
#include "cli/demo.h"
#include "cli/log_sink.h"
#include "cli/monitor_run.h"
#include "cli/report_annual.h"
#include "cli/self_evaluation_score.h"
#include "cli/user_add.h"
#include "db/backup.h"
#include "db/migrations.h"
#include "http/router.h"
#include "http/server.h"
#include "library/service.h"
#include "projects/import.h"
#include "projects/service.h"
#include "targets/batch.h"

using namespace jixiao;

namespace {

// The server's log goes to standard output in batches (cli/log_sink.h).
void log_in_batches() {
  auto logger =
      std::make_shared<spdlog::logger>("jixiao", std::make_shared<cli::BatchedStdoutSink>());
  spdlog::set_default_logger(std::move(logger));
}

int fail(const std::exception& e) {
  if (auto app = dynamic_cast<const AppError*>(&e)) {
    std::cerr << "jixiao: " << app->detail() << "\n";
  } else {
    std::cerr << "jixiao: " << e.what() << "\n";
  }
  return 1;
}

db::DatabaseOptions database_options(const std::string& url, std::size_t pool,
                                     long long cache_kib = 0) {
  db::DatabaseOptions o;
  o.url = url;
  o.pool_size = pool;
  o.cache_kib = cache_kib;
  return o;
}

// The page cache of the batch commands that write or read a whole year (SQLite).
constexpr long long kBatchCacheKib = 128 * 1024;

// Checks every row first; writes all rows or none.
int run_import_projects(db::Database& db, const std::string& file, const std::string& username) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auth::AuthService auth(db, {});
  projects::ProjectService service(db);
  const auto answer = projects::import_csv(service, auth.principal_for(username), text);
  for (const auto& e : answer.errors) {
    if (e.row == 0)  // the file itself
      std::fprintf(stderr, "%s\n", e.message.c_str());
    else
      std::fprintf(stderr, "第 %lld 行 %s：%s\n", e.row, e.column.c_str(), e.message.c_str());
  }
  if (!answer.errors.empty()) {
    std::fprintf(stderr, "%zu 处错误，未导入任何数据\n", answer.errors.size());
    return 1;
  }
  std::printf("imported %lld projects\n", answer.imported);
  return 0;
}

void print_demo_accounts(const std::vector<cli::DemoAccount>& accounts) {
  std::printf("\n演示账号 demo accounts (密码 password: %s)\n", cli::kDemoPassword);
  for (const cli::DemoAccount& a : accounts)
    std::printf("  %-20s %-18s %s\n", a.username.c_str(), a.role.c_str(), a.description.c_str());
}

// One line a route: method, pattern, subject ("-" when it declares none) and "upload" for the
// routes whose body is an upload; or, for machines, the same as one JSON array.
void print_routes(const std::vector<http::RouteInfo>& routes, bool json) {
  if (json) {
    boost::json::array out;
    for (const auto& r : routes)
      out.push_back({{"method", r.method},
                     {"pattern", r.pattern},
                     {"subject", r.options.subject},
                     {"upload", r.options.upload},
                     {"summary", r.options.summary}});
    std::printf("%s\n", boost::json::serialize(out).c_str());
    return;
  }
  for (const auto& r : routes) {
    const std::string& subject = r.options.subject.empty() ? "-" : r.options.subject;
    std::printf("%s %s %s%s\n", r.method.c_str(), r.pattern.c_str(), subject.c_str(),
                r.options.upload ? " upload" : "");
  }
}

// After a batch command has written: the audit chain's head, to be kept where the database
// cannot change it (`audit verify --count N --head HASH` checks the chain still reaches it).
void print_audit_head(db::Database& db) {
  const auto head = db.read([](soci::session& s) { return audit::read_head(s); });
  std::printf("audit head %s\n", audit::describe(head).c_str());
}

// Every break, one a line, then the verdict. Exit 0 intact, 2 broken.
int print_verification(const audit::Verification& v) {
  for (const auto& b : v.breaks) std::printf("broken at row id %lld: %s\n", b.id, b.reason.c_str());
  if (v.ok) {
    std::printf("audit chain intact: %lld rows, head %s\n", v.rows,
                audit::describe(v.head).c_str());
    return 0;
  }
  if (v.break_count > static_cast<long long>(v.breaks.size()))
    std::printf("... and %lld more\n", v.break_count - static_cast<long long>(v.breaks.size()));
  std::printf("audit chain broken: %lld breaks in %lld rows (first at row id %lld: %s)\n",
              v.break_count, v.rows, v.first_broken_id, v.reason.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"jixiao 绩效：全过程预算绩效管理 / full-lifecycle budget performance management"};
  cli.require_subcommand(1);
  std::string db_url = "var/jixiao.sqlite";

  auto* serve = cli.add_subcommand("serve", "Serve the web application and the JSON API");
  std::string listen = "127.0.0.1:8080", config_path;
  serve->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  serve->add_option("--listen", listen, "HOST:PORT (port 0 picks a free one)");
  serve->add_option("--config", config_path, "TOML configuration file");
  std::string web_root;
  serve->add_option("--web", web_root, "Directory of the built web app (web/dist)");

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  migrate->add_option("--db", db_url, "SQLite path or postgresql:// URL");

  auto* demo = cli.add_subcommand("demo", "Create (or reuse) a database with the demo region");
  demo->add_option("--db", db_url, "SQLite path or postgresql:// URL");

  auto* bench_data =
      cli.add_subcommand("bench-data", "Generate a province of projects and targets to measure");
  cli::BenchDataOptions bench_opts;
  bench_data->add_option("--db", db_url, "SQLite path or postgresql:// URL (empty database)");
  bench_data->add_option("--projects", bench_opts.projects, "Projects (each with a target)");
  bench_data->add_option("--seed", bench_opts.seed, "Random seed: the same seed, the same data");
  bench_data->add_option("--year", bench_opts.year, "Fiscal year of the projects");

  auto* bench_se = cli.add_subcommand(
      "bench-self-evaluation",
      "Add the year before to a bench-data province: its projects closed, its self-evaluation "
      "opened and answered in bulk, scores left to `self-evaluation score`");
  cli::BenchSelfEvaluationOptions bench_se_opts;
  bench_se->add_option("--db", db_url, "SQLite path or postgresql:// URL (a bench-data database)");
  bench_se->add_option("--evaluations", bench_se_opts.evaluations,
                       "Projects of the year, each with a target and its evaluation");
  bench_se->add_option("--seed", bench_se_opts.seed, "Random seed: the same seed, the same data");
  bench_se->add_option("--year", bench_se_opts.year, "The year evaluated");

  auto* lint_all = cli.add_subcommand(
      "lint-all", "Lint every target of a year and store the findings (the office's batch run)");
  targets::BatchLintOptions lint_opts;
  lint_all->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  lint_all->add_option("--year", lint_opts.year, "Fiscal year")->required();
  lint_all->add_flag("--scan-only", lint_opts.scan_only,
                     "Only read the same rows (the cost of reading them, for comparison)");

  auto* monitor = cli.add_subcommand("monitor", "Dual monitoring (绩效运行监控)");
  monitor->require_subcommand(1);
  auto* monitor_run =
      monitor->add_subcommand("run", "Run the warning rules over a checkpoint's reports");
  cli::MonitorRunOptions monitor_opts;
  monitor_run->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  monitor_run->add_option("--region", monitor_opts.region_code, "Division code of its region")
      ->required();
  monitor_run->add_option("--checkpoint", monitor_opts.checkpoint_id, "Checkpoint id")->required();
  monitor_run->add_option("--batch", monitor_opts.batch, "Reports per transaction");
  monitor_run->add_option("--today", monitor_opts.today,
                          "YYYY-MM-DD deciding which missing reports are overdue");
  monitor_run->add_flag("--scan-only", monitor_opts.scan_only,
                        "Only read the reports as a run does (the benchmark's baseline)");

  auto* evaluation_cmd = cli.add_subcommand("self-evaluation", "Self-evaluation (绩效自评)");
  evaluation_cmd->require_subcommand(1);
  auto* score_round = evaluation_cmd->add_subcommand(
      "score", "Score a round's evaluations again under the rules as they now stand");
  cli::ScoreRoundOptions score_opts;
  score_round->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  score_round->add_option("--region", score_opts.region_code, "Division code of its region")
      ->required();
  score_round->add_option("--round", score_opts.round_id, "Round id")->required();
  score_round->add_option("--batch", score_opts.batch, "Evaluations per transaction");
  score_round->add_flag("--scan-only", score_opts.scan_only,
                        "Only read the evaluations as a job does (the benchmark's baseline)");

  auto* audit = cli.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Check the hash chain of the audit log");
  audit_verify->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  std::string anchor_head;
  long long anchor_count = -1;
  audit_verify->add_option(
      "--head", anchor_head,
      "A head hash recorded earlier (server log, /metrics): must be in the chain");
  audit_verify
      ->add_option("--count", anchor_count,
                   "The row count recorded with it: the chain must hold at least as many")
      ->check(CLI::NonNegativeNumber);

  auto* backup = cli.add_subcommand("backup", "Write a consistent copy of a SQLite database");
  std::string backup_file;
  backup->add_option("file", backup_file, "Target file (must not exist)")->required();
  backup->add_option("--db", db_url, "SQLite path");

  auto* import = cli.add_subcommand("import", "Import data from a spreadsheet");
  import->require_subcommand(1);
  auto* import_projects = import->add_subcommand("projects", "Import projects from a CSV file");
  std::string import_file, import_as;
  import_projects->add_option("file", import_file, "CSV file (UTF-8)")->required();
  import_projects->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  import_projects->add_option("--as", import_as, "Username whose scope the import runs in")
      ->required();

  auto* user = cli.add_subcommand("user", "User accounts");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Create an account (the first administrator)");
  cli::UserAddOptions user_opts;
  user_add->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  user_add->add_option("--username", user_opts.username, "Login name")->required();
  user_add->add_option("--display-name", user_opts.display_name, "Name shown in the UI");
  user_add->add_option("--role", user_opts.role, "admin (default), performance_office, ...");
  user_add->add_option("--region-code", user_opts.region_code, "Division code of the region")
      ->required();
  user_add->add_option("--region-name", user_opts.region_name, "Creates the root region");
  user_add->add_option("--region-level", user_opts.region_level, "province|prefecture|county");
  user_add->add_option("--unit-code", user_opts.unit_code, "Unit of department/unit roles");
  user_add->add_flag("--password-stdin", user_opts.password_stdin,
                     "Read the password from stdin instead of issuing a random one");

  auto* report = cli.add_subcommand("report", "Reports printed from the records");
  report->require_subcommand(1);
  auto* report_annual = report->add_subcommand(
      "annual", "The annual work report (年度预算绩效管理工作报告) of a region and work year");
  cli::ReportAnnualOptions report_opts;
  report_annual->add_option("--db", db_url, "SQLite path or postgresql:// URL");
  report_annual->add_option("--region", report_opts.region_code, "Division code of the region")
      ->required();
  report_annual->add_option("--year", report_opts.year, "Work year")->required();
  report_annual->add_option("--out", report_opts.out, "Also write the report as FILE.docx");

  auto* routes = cli.add_subcommand(
      "routes", "List every HTTP route: method, path, subject and whether it takes an upload");
  bool routes_json = false;
  routes->add_flag("--json", routes_json, "One JSON array of {method, pattern, subject, upload}");
  bool routes_openapi = false;
  routes->add_flag("--openapi", routes_openapi,
                   "The OpenAPI 3.1 document of every route (as GET /api/v1/openapi.json answers)");

  CLI11_PARSE(cli, argc, argv);

  try {
    if (*migrate || *demo) {
      db::Database db(database_options(db_url, 1));
      const int n = db::migrate(db);
      std::printf("applied %d migration(s); schema version %lld\n", n,
                  db::current_schema_version(db));
      // The shipped indicator and case libraries follow the binary's data/ files.
      if (library::load_shipped_library(db)) std::printf("loaded the national indicator library\n");
      if (*demo) print_demo_accounts(cli::create_demo(db));
      return 0;
    }
    if (*bench_data) {
      db::Database db(database_options(db_url, 1, kBatchCacheKib));
      db::migrate(db);
      library::load_shipped_library(db);
      const auto r = cli::create_bench_data(db, bench_opts);
      std::printf(
          "regions %lld, units %lld, users %lld, projects %lld, targets %lld, indicators %lld\n"
          "budget reviews %lld, ex-ante assessments %lld (%lld projects marked major) in %.2f s\n"
          "spending figures %lld, monitoring reports %lld with %lld answers (checkpoint %lld) in "
          "%.2f s\n"
          "self-evaluations %lld, review samples %lld (%lld reviewed, %lld inflated) in %.2f s\n"
          "%.2f s in all; projects, targets and indicators %.2f s (%.0f rows/s)\n"
          "password of every account: %s\n",
          r.regions, r.units, r.users, r.projects, r.targets, r.indicators, r.budget_reviews,
          r.assessments, r.major_projects, r.assessment_seconds, r.executions, r.monitoring_reports,
          r.monitoring_answers, r.checkpoint_id, r.monitoring_seconds, r.self_evaluations,
          r.review_samples, r.reviewed, r.inflated, r.self_evaluation_seconds, r.seconds,
          r.project_seconds,
          r.project_seconds > 0 ? (r.projects + r.targets + r.indicators) / r.project_seconds : 0.0,
          cli::kBenchPassword);
      return 0;
    }
    if (*bench_se) {
      db::Database db(database_options(db_url, 1, kBatchCacheKib));
      db::require_current_schema(db);
      const auto r = cli::create_bench_self_evaluation(db, bench_se_opts);
      std::printf(
          "%lld: projects %lld with %lld indicators and %lld spending figures in %.2f s\n"
          "self-evaluation round %lld opened: %lld evaluations in %.2f s\n"
          "answered %lld (and %lld partly) in %.2f s, scores left to the job\n"
          "%.2f s in all\n",
          bench_se_opts.year, r.projects, r.indicators, r.executions, r.projects_seconds,
          r.round_id, r.evaluations, r.open_seconds, r.answered, r.partly, r.answers_seconds,
          r.seconds);
      return 0;
    }
    if (*lint_all) {
      // One session reads ahead while the other writes.
      db::Database db(database_options(db_url, 2, kBatchCacheKib));
      db::require_current_schema(db);
      const auto r = targets::lint_all(db, lint_opts);
      std::printf(
          "%s %lld targets with %lld indicators in %.2f s (%.0f targets/s); %lld findings, "
          "%lld targets with errors\n",
          lint_opts.scan_only ? "read" : "linted", r.targets, r.indicators, r.seconds,
          r.seconds > 0 ? r.targets / r.seconds : 0.0, r.findings, r.with_errors);
      if (!lint_opts.scan_only) print_audit_head(db);
      return 0;
    }
    if (*monitor_run) {
      // One session reads ahead while the other writes.
      db::Database db(database_options(db_url, 2, kBatchCacheKib));
      db::require_current_schema(db);
      const int status = cli::run_monitor(db, monitor_opts);
      if (status == 0 && !monitor_opts.scan_only) print_audit_head(db);
      return status;
    }
    if (*report_annual) {
      db::Database db(database_options(db_url, 1));
      db::require_current_schema(db);
      return cli::report_annual(db, report_opts);
    }
    if (*score_round) {
      // One session reads ahead while the other writes.
      db::Database db(database_options(db_url, 2, kBatchCacheKib));
      db::require_current_schema(db);
      const int status = cli::run_score_round(db, score_opts);
      if (status == 0 && !score_opts.scan_only) print_audit_head(db);
      return status;
    }
    if (*audit_verify) {
      db::Database db(database_options(db_url, 1));
      db::require_current_schema(db);
      audit::Anchor anchor;
      if (!anchor_head.empty()) anchor.head = anchor_head;
      if (anchor_count >= 0) anchor.count = anchor_count;
      return print_verification(audit::verify_chain(db, anchor));
    }
    if (*import_projects) {
      db::Database db(database_options(db_url, 1));
      db::require_current_schema(db);
      const int status = run_import_projects(db, import_file, import_as);
      if (status == 0) print_audit_head(db);
      return status;
    }
    if (*user_add) {
      db::Database db(database_options(db_url, 1));
      db::require_current_schema(db);
      return cli::run_user_add(db, user_opts);
    }
    if (*routes) {
      // Routes are registered without touching the database: an empty in-memory one will do.
      db::Database db(database_options(":memory:", 1));
      cli::App app(db, {});
      if (routes_openapi) {
        std::printf("%s\n", app.openapi().c_str());
        return 0;
      }
      print_routes(app.router().routes(), routes_json);
      return 0;
    }
    if (*backup) {
      if (db::is_postgresql_url(db_url)) {
        std::printf(
            "PostgreSQL is backed up with its own tools (docs/OPERATIONS.md):\n"
            "  pg_dump --format=custom --file=%s 'dbname=jixiao host=... user=...'\n"
            "  restore: pg_restore --clean --if-exists --dbname='dbname=jixiao ...' %s\n",
            backup_file.c_str(), backup_file.c_str());
        return 2;
      }
      db::Database db(database_options(db_url, 1));
      db::backup_sqlite(db, backup_file);
      std::printf("backup written to %s\n", backup_file.c_str());
      return 0;
    }
    if (*serve) {
      log_in_batches();
      Config config = load_config(config_path);
      apply_listen(config, listen);
      if (!web_root.empty()) config.app.web_root = web_root;
      // A session for each worker, the writers' two threads (http/server) and the background
      // jobs' two (a run and its read-ahead).
      auto options = database_options(db_url, config.server.workers + 4);
      options.checkpoint_aside = true;
      db::Database db(options);
      db::require_current_schema(db);
      // On PostgreSQL the reads' work is the database's own processes': lowering the workers
      // only delayed them (bench/http/mix), so they keep the default priority there.
      if (config.server.read_nice < 0)
        config.server.read_nice = db.dialect() == db::Dialect::sqlite ? kBackgroundNice : 0;
      cli::App app(db, config.app);
      app.resume_jobs();
      // The chain's head in the log as it moves (read once a minute, and at a /metrics scrape
      // at most every 2 s) and in /metrics.
      audit::HeadWatch anchor(db, std::chrono::seconds(60));
      app.router().metrics().add_gauge(
          "jixiao_audit_head",
          "The audit chain's head: rows, last id and hash (jixiao audit verify --count --head).",
          [&anchor] {
            const auto h = anchor.recent(std::chrono::seconds(2));
            return std::pair{"rows=\"" + std::to_string(h.rows) + "\",id=\"" +
                                 std::to_string(h.id) + "\",hash=\"" + h.hash + "\"",
                             1.0};
          });
      http::Server server(
          config.server, [&](http::Request& req) { return app.router().dispatch(req); },
          http::BodyGate{.limit =
                             [&](const std::string& method, const std::string& target) {
                               return app.router().body_limit(method, target,
                                                              config.server.body_limit,
                                                              config.server.upload_limit);
                             },
                         .admit = [&](http::Request& req) { return app.router().admit(req); }},
          [&](http::Request& req) { return app.router().dispatch_fast(req); });
      server.run();
      anchor.read_now();  // the head as the server leaves it, in the log
      anchor.stop();
      spdlog::shutdown();  // the sink writes what it still holds
      return 0;
    }
  } catch (const std::exception& e) {
    return fail(e);
  }
  return 0;
}
