// The built web app (web/dist), loaded into memory at start and served for every path that no
// API route takes: hashed assets cached for a year, index.html for every page path (history
// routing), and a pre-compressed .gz twin when the browser accepts gzip.
#pragma once

#include <map>
#include <string>

#include "http/message.h"

namespace jixiao::http {

class StaticFiles {
 public:
  // Reads every file below root; throws when root has no index.html.
  explicit StaticFiles(const std::string& root);
  Response serve(const Request& req) const;
  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string gzip;  // empty when there is no .gz twin
    std::string content_type;
    bool immutable = false;  // content-hashed name under /assets/
  };
  Response send(const Request& req, const File& f) const;

  std::map<std::string, File, std::less<>> files_;  // by URL path, e.g. "/assets/index-x.js"
};

// Content type by file extension (UTF-8 for text).
std::string content_type_for(const std::string& path);

}  // namespace jixiao::http
