// The public portal's reads (信息公开, no login): regions, a region's departments, a department's
// projects, a project's page of published items, search by name. Only published snapshots are
// ever answered; a withdrawn item is gone from every list and page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "disclosure/rate_limit.h"
#include "disclosure/repo_public.h"

namespace jixiao::disclosure {

struct SubjectPage {
  std::vector<public_repo::Subject> items;
  std::optional<std::string> next_after;  // the subject to continue after
};

struct ProjectPage {
  std::string subject;
  std::string region_code;
  long long year = 0;
  std::string code;
  std::vector<public_repo::Item> items;  // non-empty
};

// Requests a client address may make to the public pages in a minute: 600 unless the
// environment's JIXIAO_PUBLIC_RATE_PER_MINUTE says otherwise (a proxy's own limit, a test's).
long long public_rate_per_minute();

class PublicService {
 public:
  PublicService(db::Database& db, long long per_minute) : db_(db), limit_(per_minute) {}

  std::vector<public_repo::Region> regions();
  // 404 for a region code that does not exist.
  std::vector<public_repo::Department> departments(const std::string& region_code, long long year);
  SubjectPage projects(public_repo::SubjectFilter filter);
  // 404 when nothing of it is published.
  ProjectPage project(const std::string& region_code, long long year, const std::string& code);

  RateLimit& limit() { return limit_; }
  // What the public pages were built from: a kept page is served while it is unchanged.
  std::string data_version() { return db_.data_version(); }
  // The same without asking the database (nullopt when it would have to): for the network
  // thread, which answers a kept page without a worker.
  std::optional<std::string> recent_data_version() { return db_.recent_data_version(); }

 private:
  db::Database& db_;
  RateLimit limit_;
};

}  // namespace jixiao::disclosure
