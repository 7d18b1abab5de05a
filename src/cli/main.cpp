// The jixiao command: the only place that reads configuration and wires components together.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "base/error.h"
#include "cli/app.h"
#include "cli/config.h"
#include "db/migrations.h"
#include "http/server.h"

using namespace jixiao;

namespace {

int fail(const std::exception& e) {
  if (auto app = dynamic_cast<const AppError*>(&e)) {
    std::cerr << "jixiao: " << app->detail() << "\n";
  } else {
    std::cerr << "jixiao: " << e.what() << "\n";
  }
  return 1;
}

db::DatabaseOptions database_options(const std::string& url, std::size_t pool) {
  db::DatabaseOptions o;
  o.url = url;
  o.pool_size = pool;
  return o;
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

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  migrate->add_option("--db", db_url, "SQLite path or postgresql:// URL");

  auto* demo = cli.add_subcommand("demo", "Create (or reuse) a database with the demo region");
  demo->add_option("--db", db_url, "SQLite path or postgresql:// URL");

  CLI11_PARSE(cli, argc, argv);

  try {
    if (*migrate || *demo) {
      db::Database db(database_options(db_url, 1));
      const int n = db::migrate(db);
      std::printf("applied %d migration(s); schema version %lld\n", n,
                  db::current_schema_version(db));
      return 0;
    }
    if (*serve) {
      Config config = load_config(config_path);
      apply_listen(config, listen);
      db::Database db(database_options(db_url, config.server.workers + 2));
      db::require_current_schema(db);
      cli::App app(db, config.app);
      http::Server server(
          config.server, [&](http::Request& req) { return app.router().dispatch(req); },
          [](const std::string& method, const std::string& target) {
            return method == "POST" && (target.find("/evidence") != std::string::npos ||
                                        target.find(":import") != std::string::npos);
          });
      server.run();
      return 0;
    }
  } catch (const std::exception& e) {
    return fail(e);
  }
  return 0;
}
