#include "cli/demo_budget_review.h"

#include <random>
#include <string>
#include <vector>

#include "budget_review/model.h"
#include "budget_review/repo.h"
#include "budget_review/repo_bulk.h"
#include "db/query.h"

namespace jixiao::cli {

namespace {

struct Pending {
  long long id = 0;
  long long region_id = 0;
  long long department_id = 0;
  long long section_id = 0;
  Fen submitted_fen = 0;
  std::string unit_name;
};

long long user_id(soci::session& s, const std::string& username) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM users WHERE username = :u", soci::use(username),
      soci::into(id);
  return id;
}

long long section_of_user(soci::session& s, long long user) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(section_id), 0) FROM users WHERE id = :u", soci::use(user),
      soci::into(id);
  return id;
}

// Comments finance writes with a cut, by reason.
std::string comment_for(const std::string& reason) {
  if (reason == "over_standard") return "按支出标准核减超出部分";
  if (reason == "duplicate") return "与已安排项目内容重复，予以核减";
  if (reason == "not_ready") return "前期工作未完成，年内不具备实施条件";
  if (reason == "ex_ante_rejected") return "事前绩效评估结论为不予支持";
  if (reason == "target_failed") return "绩效目标审核未通过，暂缓安排";
  return "结合财力统筹核减";
}

}  // namespace

std::size_t insert_demo_budget_reviews(soci::session& s, long long region_id, long long year) {
  const std::string at = std::to_string(year - 1) + "-11-20T09:00:00Z";
  budget_review::repo::insert_pending_bulk(s, year, at);

  db::Query q(
      "SELECT b.id, b.region_id, b.department_id, COALESCE(d.section_id, 0), b.submitted_fen, "
      "u.name FROM budget_reviews b JOIN units d ON d.id = b.department_id JOIN units u ON u.id "
      "= b.unit_id JOIN regions r ON r.id = b.region_id WHERE b.year = ");
  q.bind(year).sql(" AND b.status = 'pending' AND (r.id = ").bind(region_id);
  q.sql(" OR r.parent_id = ").bind(region_id).sql(") ORDER BY b.id");
  const auto rows = db::fetch_all<Pending>(s, q, [](soci::statement& st, Pending& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.section_id));
    st.exchange(soci::into(r.submitted_fen));
    st.exchange(soci::into(r.unit_name));
  });

  const long long office = user_id(s, "demo_office");
  const long long section_user = user_id(s, "demo_section");
  const long long section = section_of_user(s, section_user);
  const long long county_office = user_id(s, "demo_county_office");
  long long county_region = 0;
  s << "SELECT COALESCE(MAX(region_id), 0) FROM users WHERE id = :u", soci::use(county_office),
      soci::into(county_region);

  const auto& reasons = budget_review::national_review_settings().reasons;
  std::mt19937_64 rng(20271120);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (const auto& r : rows) {
    if (r.unit_name == "州第一中学") continue;  // demo_unit's: the section's work to do
    if (unit(rng) < 0.12) continue;             // still waiting
    const bool own = r.region_id == region_id;
    // The cut's share: spread around the level's rate (own level about half, counties a fifth),
    // a tenth of projects kept whole.
    const double rate = own ? 0.5 : 0.2;
    double share = unit(rng) < 0.1 ? 0.0 : rate / 0.9 * 2.0 * unit(rng);
    if (share > 1.0) share = 1.0;
    // Approved amounts in whole hundreds of yuan, as finance writes them.
    Fen approved = static_cast<Fen>(static_cast<double>(r.submitted_fen) * (1.0 - share));
    approved = approved / 10'000 * 10'000;
    if (approved > r.submitted_fen) approved = r.submitted_fen;
    std::string reason;
    if (approved < r.submitted_fen) {
      // Standards and readiness are the usual reasons; duplicates and failed targets rarer.
      const double pick = unit(rng);
      const std::size_t i = pick < 0.4    ? 0
                            : pick < 0.55 ? 1
                            : pick < 0.75 ? 2
                            : pick < 0.85 ? 3
                            : pick < 0.93 ? 4
                                          : 5;
      reason = reasons.at(i % reasons.size()).code;
    }
    const long long reviewer = !own ? (r.region_id == county_region ? county_office : 0)
                               : r.section_id == section ? section_user
                                                         : office;
    budget_review::repo::write_entry_bulk(s, r.id, approved, reason,
                                          reason.empty() ? "" : comment_for(reason), reviewer, at);
  }
  budget_review::repo::rebuild_totals(s, year);
  return rows.size();
}

}  // namespace jixiao::cli
