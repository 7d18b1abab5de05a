#include "cli/config.h"

#include <toml++/toml.h>
#include <set>
#include <stdexcept>

namespace jixiao {
namespace {

void reject_unknown(const toml::table& t, const std::set<std::string>& known,
                    const std::string& where) {
  for (const auto& [k, v] : t) {
    if (!known.contains(std::string(k.str())))
      throw std::runtime_error("unknown configuration key " + where + std::string(k.str()));
  }
}

template <class T>
void read(const toml::table& t, const char* key, T& out) {
  if (auto v = t[key].value<long long>()) {
    if (*v < 0) throw std::runtime_error(std::string("configuration key ") + key + " is negative");
    out = static_cast<T>(*v);
  }
}

// A whole number from `lowest` to `highest`, or the key absent: anything else (0, a string, a
// fraction) stops the start with a message naming the key.
void read_bounded(const toml::table& t, const std::string& where, const char* key, int lowest,
                  int highest, int& out) {
  const auto* node = t.get(key);
  if (!node) return;
  const auto v = node->value_exact<long long>();
  if (!v || *v < lowest || *v > highest)
    throw std::runtime_error("configuration key " + where + key + " must be a whole number from " +
                             std::to_string(lowest) + " to " + std::to_string(highest));
  out = static_cast<int>(*v);
}

}  // namespace

Config load_config(const std::string& path) {
  Config c;
  if (path.empty()) return c;
  toml::table root = toml::parse_file(path);
  reject_unknown(root, {"server", "session", "web", "evidence", "cache"}, "");
  if (auto* s = root["server"].as_table()) {
    reject_unknown(
        *s,
        {"listen", "io_threads", "workers", "max_queued", "body_limit_bytes", "upload_limit_bytes",
         "idle_timeout_seconds", "trust_forwarded_proto", "trust_real_ip", "read_nice"},
        "server.");
    if (auto l = (*s)["listen"].value<std::string>()) apply_listen(c, *l);
    read(*s, "io_threads", c.server.io_threads);
    read(*s, "workers", c.server.workers);
    read(*s, "max_queued", c.server.max_queued);
    read(*s, "body_limit_bytes", c.server.body_limit);
    read(*s, "upload_limit_bytes", c.server.upload_limit);
    long long idle = c.server.idle_timeout.count();
    read(*s, "idle_timeout_seconds", idle);
    c.server.idle_timeout = std::chrono::seconds(idle);
    if (auto b = (*s)["trust_forwarded_proto"].value<bool>()) c.server.trust_forwarded_proto = *b;
    if (auto b = (*s)["trust_real_ip"].value<bool>()) c.server.trust_real_ip = *b;
    read_bounded(*s, "server.", "read_nice", 0, 19, c.server.read_nice);
  }
  if (auto* s = root["session"].as_table()) {
    reject_unknown(*s, {"idle_minutes", "max_hours"}, "session.");
    read_bounded(*s, "session.", "idle_minutes", 1, 24 * 60, c.app.session_idle_minutes);
    read_bounded(*s, "session.", "max_hours", 1, 24 * 30, c.app.session_max_hours);
  }
  if (auto* w = root["web"].as_table()) {
    reject_unknown(*w, {"root"}, "web.");
    if (auto r = (*w)["root"].value<std::string>()) c.app.web_root = *r;
  }
  if (auto* e = root["evidence"].as_table()) {
    reject_unknown(*e, {"max_bytes"}, "evidence.");
    read(*e, "max_bytes", c.app.evidence_max_bytes);
  }
  if (auto* k = root["cache"].as_table()) {
    reject_unknown(*k, {"page_bytes"}, "cache.");
    read(*k, "page_bytes", c.app.page_cache_bytes);
  }
  // The upload body carries the file plus its multipart framing.
  if (c.server.upload_limit < c.app.evidence_max_bytes + (64u << 10))
    throw std::runtime_error("server.upload_limit_bytes must exceed evidence.max_bytes by 64 KiB");
  if (c.server.workers == 0 || c.server.io_threads == 0)
    throw std::runtime_error("server.workers and server.io_threads must be at least 1");
  return c;
}

void apply_listen(Config& config, const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw std::runtime_error("--listen must be HOST:PORT");
  config.server.host = listen.substr(0, colon);
  const long port = std::stol(listen.substr(colon + 1));
  if (port < 0 || port > 65535) throw std::runtime_error("port out of range");
  config.server.port = static_cast<unsigned short>(port);
}

}  // namespace jixiao
