// Wires the database, services and routes into one request handler.
#pragma once

#include <memory>
#include <string>

#include "db/database.h"
#include "http/page_cache.h"
#include "http/router.h"
#include "http/static_files.h"

namespace jixiao::cli {

struct AppOptions {
  int session_idle_minutes = 30;              // R: sessions end after this long without a request
  int session_max_hours = 12;                 // ... and this long after the login
  std::string web_root;                       // built front end served at "/", empty for none
  std::size_t evidence_max_bytes = 20 << 20;  // largest evidence file accepted
  std::size_t page_cache_bytes = 32 << 20;    // project-list pages kept (http/page_cache); 0: none
};

class App {
 public:
  App(db::Database& db, AppOptions options);
  ~App();
  http::Router& router() { return router_; }
  // The OpenAPI 3.1 document of every route (GET /api/v1/openapi.json), as JSON text.
  const std::string& openapi() const { return *openapi_; }
  // The background jobs a shutdown stopped go on (once the server serves).
  void resume_jobs();

 private:
  struct Services;
  db::Database& db_;
  http::Router router_;
  http::PageCache pages_;
  std::unique_ptr<Services> services_;
  std::unique_ptr<http::StaticFiles> static_files_;
  std::shared_ptr<const std::string> openapi_;
};

}  // namespace jixiao::cli
