#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "http/problem.h"

namespace jixiao::http {

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool accepts_gzip(const Request& req) {
  return req.header("accept-encoding").find("gzip") != std::string_view::npos;
}

}  // namespace

std::string content_type_for(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::string& root) {
  namespace fs = std::filesystem;
  if (!fs::is_regular_file(fs::path(root) / "index.html"))
    throw std::runtime_error("web root " + root + " has no index.html (build the web app first)");
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::string rel = "/" + fs::relative(entry.path(), root).generic_string();
    if (rel.ends_with(".gz")) continue;  // read as the twin of its original below
    File f;
    f.content = read_file(entry.path());
    f.content_type = content_type_for(rel);
    f.immutable = rel.starts_with("/assets/");
    const fs::path gz = entry.path().string() + ".gz";
    if (fs::is_regular_file(gz)) f.gzip = read_file(gz);
    files_.emplace(rel, std::move(f));
  }
}

Response StaticFiles::send(const Request& req, const File& f) const {
  Response res;
  res.content_type = f.content_type;
  if (!f.gzip.empty() && accepts_gzip(req)) {
    res.body = f.gzip;
    res.set_header("Content-Encoding", "gzip");
  } else {
    res.body = f.content;
  }
  res.set_header("Vary", "Accept-Encoding");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return res;
}

Response StaticFiles::serve(const Request& req) const {
  if (req.method != "GET" && req.method != "HEAD")
    return problem(405, "method_not_allowed", "不支持该请求方法");
  // The API never falls back to the page: an unknown API path is a 404 problem.
  if (req.path.starts_with("/api/")) return problem(404, "not_found", "请求的地址不存在");
  if (auto it = files_.find(req.path); it != files_.end() && req.path != "/index.html")
    return send(req, it->second);
  // A missing asset is a 404; any other path is a page of the app.
  const auto slash = req.path.rfind('/');
  if (req.path.starts_with("/assets/") || req.path.find('.', slash) != std::string::npos)
    return problem(404, "not_found", "文件不存在");
  auto page = send(req, files_.at("/index.html"));
  page.set_header("Content-Security-Policy",
                  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
                  "'unsafe-inline'; object-src 'none'; frame-ancestors 'none'");
  return page;
}

}  // namespace jixiao::http
