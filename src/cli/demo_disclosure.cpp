#include "cli/demo_disclosure.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "auth/repo.h"
#include "base/error.h"
#include "disclosure/service.h"

namespace jixiao::cli {

namespace {

constexpr const char* kPhoneProblem = "（项目联系人电话 13987654321）";

auth::Principal office_of(db::Database& db) {
  auto p = db.read([](soci::session& s) { return auth::repo::find_principal(s, "demo_office"); });
  if (!p) throw std::logic_error("demo account missing: demo_office");
  return *p;
}

// The office's own items of the year still due, by id.
std::vector<long long> due_items(db::Database& db, long long region_id, long long year) {
  return db.read([&](soci::session& s) {
    std::vector<long long> out;
    long long id = 0;
    soci::statement st = (s.prepare << "SELECT id FROM disclosures WHERE region_id = :r AND "
                                       "year = :y AND status = 'due' ORDER BY id",
                          soci::use(region_id), soci::use(year), soci::into(id));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
  });
}

}  // namespace

std::size_t insert_demo_disclosure(db::Database& db) {
  const auto office = office_of(db);
  disclosure::DisclosureService service(db);
  // A unit wrote its contact's mobile number into its problems: publishing it is refused.
  const long long refused_source = db.write([](soci::session& s) {
    long long id = 0;
    s << "SELECT MIN(e.id) FROM self_evaluations e JOIN regions r ON r.id = e.region_id "
         "WHERE r.parent_id IS NULL AND e.status = 'accepted' AND e.kind = 'project'",
        soci::into(id);
    const std::string phone = kPhoneProblem;  // bound by reference: kept until it runs
    s << "UPDATE self_evaluation_forms SET problems = problems || :p WHERE id = :id",
        soci::use(phone), soci::use(id);
    return id;
  });
  std::size_t published = 0;
  for (long long year : {2025LL, 2026LL}) {
    service.open(office, year);
    const auto ids = due_items(db, office.region_id, year);
    // Most are published; every seventh is left due (its date has passed: overdue).
    std::vector<long long> chosen;
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (i % 7 != 3) chosen.push_back(ids[i]);
    for (std::size_t at = 0; at < chosen.size(); at += 500) {
      const std::vector<long long> part(
          chosen.begin() + static_cast<std::ptrdiff_t>(at),
          chosen.begin() + static_cast<std::ptrdiff_t>(std::min(chosen.size(), at + 500)));
      for (const auto& r : service.bulk(office, part, {"publish", ""}))
        if (r.done) ++published;
    }
  }
  // One target published in error is withdrawn with its reason.
  const long long withdrawn = db.read([&](soci::session& s) {
    long long id = 0;
    s << "SELECT MIN(id) FROM disclosures WHERE region_id = :r AND year = 2026 AND "
         "kind = 'target' AND status = 'published'",
        soci::use(office.region_id), soci::into(id);
    return id;
  });
  service.bulk(office, {withdrawn}, {"withdraw", "绩效目标表数据有误，核对后重新公开"});
  --published;
  (void)refused_source;
  return published;
}

}  // namespace jixiao::cli
