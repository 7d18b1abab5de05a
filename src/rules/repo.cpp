#include "rules/repo.h"

#include "db/query.h"

namespace jixiao::rules::repo {

std::vector<Override> overrides(soci::session& s, const std::vector<long long>& region_ids,
                                long long year) {
  if (region_ids.empty()) return {};
  db::Query q("SELECT region_id, rule_id, params, updated_at FROM rule_settings WHERE year = ");
  q.bind(year).sql(" AND region_id IN (");
  for (std::size_t i = 0; i < region_ids.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(region_ids[i]);
  }
  q.sql(")");
  return db::fetch_all<Override>(s, q, [](soci::statement& st, Override& o) {
    st.exchange(soci::into(o.region_id));
    st.exchange(soci::into(o.rule_id));
    st.exchange(soci::into(o.params));
    st.exchange(soci::into(o.updated_at));
  });
}

void upsert(soci::session& s, long long region_id, long long year, const std::string& rule_id,
            const std::string& params, long long user_id, const std::string& now) {
  remove(s, region_id, year, rule_id);
  s << "INSERT INTO rule_settings (region_id, year, rule_id, params, updated_by, updated_at) "
       "VALUES (:r, :y, :id, :p, :u, :t)",
      soci::use(region_id), soci::use(year), soci::use(rule_id), soci::use(params),
      soci::use(user_id), soci::use(now);
}

void remove(soci::session& s, long long region_id, long long year, const std::string& rule_id) {
  s << "DELETE FROM rule_settings WHERE region_id = :r AND year = :y AND rule_id = :id",
      soci::use(region_id), soci::use(year), soci::use(rule_id);
}

}  // namespace jixiao::rules::repo
