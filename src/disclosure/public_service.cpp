#include "disclosure/public_service.h"

#include <cstdlib>
#include <string>

#include "base/error.h"

namespace jixiao::disclosure {

long long public_rate_per_minute() {
  if (const char* v = std::getenv("JIXIAO_PUBLIC_RATE_PER_MINUTE")) {
    try {
      const long long n = std::stoll(v);
      if (n > 0) return n;
    } catch (const std::exception&) {
    }
  }
  return 600;
}

std::vector<public_repo::Region> PublicService::regions() {
  return db_.read([](soci::session& s) { return public_repo::regions(s); });
}

std::vector<public_repo::Department> PublicService::departments(const std::string& region_code,
                                                                long long year) {
  return db_.read([&](soci::session& s) {
    const auto region = public_repo::region_by_code(s, region_code);
    if (!region) throw not_found("地区不存在");
    return public_repo::departments(s, region->id, year);
  });
}

SubjectPage PublicService::projects(public_repo::SubjectFilter filter) {
  return db_.read([&](soci::session& s) {
    SubjectPage page;
    page.items = public_repo::subjects(s, filter);
    if (page.items.size() > static_cast<std::size_t>(filter.limit)) {
      page.items.resize(static_cast<std::size_t>(filter.limit));
      page.next_after = page.items.back().subject;
    }
    return page;
  });
}

ProjectPage PublicService::project(const std::string& region_code, long long year,
                                   const std::string& code) {
  ProjectPage p;
  p.region_code = region_code;
  p.year = year;
  p.code = code;
  p.subject = region_code + "/" + std::to_string(year) + "/" + code;
  p.items = db_.read([&](soci::session& s) { return public_repo::items_of(s, p.subject); });
  if (p.items.empty()) throw not_found("没有找到已公开的信息");
  return p;
}

}  // namespace jixiao::disclosure
