#include "cli/app.h"

#include <boost/json.hpp>

#include "db/migrations.h"
#include "http/problem.h"

namespace jixiao::cli {

struct App::Services {};

App::App(db::Database& db, AppOptions /*options*/)
    : db_(db), services_(std::make_unique<Services>()) {
  router_.add("GET", "/healthz", [this](http::Request&) {
    try {
      const long long v = db::current_schema_version(db_);
      boost::json::object o{{"status", "ok"}, {"schema_version", v}};
      return http::Response::json(o);
    } catch (const std::exception&) {
      return http::problem(503, "database_unavailable", "数据库不可用");
    }
  });
  router_.add("GET", "/metrics", [this](http::Request&) {
    http::Response r;
    r.content_type = "text/plain; version=0.0.4";
    r.body = router_.metrics().render();
    return r;
  });
  router_.metrics().add_gauge("jixiao_db_pool_size", "Database sessions in the pool.",
                              [this] { return static_cast<double>(db_.pool_size()); });
  router_.metrics().add_gauge("jixiao_db_pool_leased", "Database sessions in use.",
                              [this] { return static_cast<double>(db_.leased()); });
}

App::~App() = default;

}  // namespace jixiao::cli
