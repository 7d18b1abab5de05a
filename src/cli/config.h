// Configuration: defaults, then the TOML file; unknown keys are refused at start.
#pragma once

#include <string>

#include "cli/app.h"
#include "http/server.h"

namespace jixiao {

struct Config {
  http::ServerOptions server;
  cli::AppOptions app;
};

// Reads a jixiao.toml (empty path: defaults only). Throws on unknown keys or bad values.
Config load_config(const std::string& path);
// "HOST:PORT" from the command line overrides the file.
void apply_listen(Config& config, const std::string& listen);

}  // namespace jixiao
