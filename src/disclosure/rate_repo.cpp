#include "disclosure/rate_repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"
#include "disclosure/repo.h"

namespace jixiao::disclosure::rate_repo {

namespace {

// R-MON-2's three counts of the rows grouped, in SQL (the pure count_item says the same), named
// due_n, published_n and overdue_n.
void append_counts(db::Query& q, const std::string& today) {
  q.sql("CAST(COALESCE(SUM(CASE WHEN d.status = 'published' OR d.due <= ")
      .bind(today)
      .sql(
          " THEN 1 ELSE 0 END), 0) AS BIGINT) AS due_n, CAST(COALESCE(SUM(CASE WHEN d.status = "
          "'published' THEN 1 ELSE 0 END), 0) AS BIGINT) AS published_n, CAST(COALESCE(SUM(CASE "
          "WHEN d.status <> 'published' AND d.due < ")
      .bind(today)
      .sql(" THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue_n");
}

void bind_row(soci::statement& st, RateRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.counts.due));
  st.exchange(soci::into(r.counts.published));
  st.exchange(soci::into(r.counts.overdue));
}

std::string path_of(soci::session& s, long long region_id) {
  std::string path;
  s << "SELECT path FROM regions WHERE id = :id", soci::use(region_id), soci::into(path);
  return path;
}

}  // namespace

std::vector<RateRow> by_department(soci::session& s, long long region_id, long long year,
                                   const std::string& today) {
  db::Query q("SELECT d.department_id, u.name, ");
  append_counts(q, today);
  q.sql(" FROM disclosures d JOIN units u ON u.id = d.department_id WHERE d.year = ")
      .bind(year)
      .sql(" AND d.region_id = ")
      .bind(region_id)
      .sql(" GROUP BY d.department_id, u.name ORDER BY d.department_id");
  return db::fetch_all<RateRow>(s, q, bind_row);
}

std::vector<RateRow> by_region(soci::session& s, long long region_id, long long year,
                               const std::string& today) {
  db::Query q("SELECT d.region_id, '', ");
  append_counts(q, today);
  q.sql(" FROM disclosures d WHERE d.year = ").bind(year).sql(" AND d.region_id IN (");
  auth::append_regions_under(q, path_of(s, region_id));
  q.sql(") GROUP BY d.region_id ORDER BY d.region_id");
  return db::fetch_all<RateRow>(s, q, bind_row);
}

std::vector<RateRow> by_lower_region(soci::session& s, long long region_id, long long year,
                                     const std::string& today) {
  // Each region of the tree counted first (an index range of the year), then the few regions'
  // counts folded into the one a level down that holds them: joining the regions to the items
  // made every item test a path.
  db::Query q(
      "SELECT c.id, c.name, CAST(SUM(t.due_n) AS BIGINT), CAST(SUM(t.published_n) AS BIGINT), "
      "CAST(SUM(t.overdue_n) AS BIGINT) FROM regions c JOIN regions g ON SUBSTR(g.path, 1, "
      "LENGTH(c.path)) = c.path JOIN (SELECT d.region_id, ");
  append_counts(q, today);
  q.sql(" FROM disclosures d WHERE d.year = ").bind(year).sql(" AND d.region_id IN (");
  auth::append_regions_under(q, path_of(s, region_id));
  q.sql(") GROUP BY d.region_id) t ON t.region_id = g.id WHERE c.parent_id = ").bind(region_id);
  q.sql(" GROUP BY c.id, c.name, c.path ORDER BY c.path");
  return db::fetch_all<RateRow>(s, q, bind_row);
}

RateCounts of_tree(soci::session& s, long long region_id, long long year,
                   const std::string& today) {
  db::Query q("SELECT 0, '', ");
  append_counts(q, today);
  q.sql(" FROM disclosures d WHERE d.year = ").bind(year).sql(" AND d.region_id IN (");
  auth::append_regions_under(q, path_of(s, region_id));
  q.sql(")");
  auto rows = db::fetch_all<RateRow>(s, q, [](soci::statement& st, RateRow& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.name));
    st.exchange(soci::into(r.counts.due));
    st.exchange(soci::into(r.counts.published));
    st.exchange(soci::into(r.counts.overdue));
  });
  return rows.empty() ? RateCounts{} : rows.front().counts;
}

std::vector<Disclosure> rows(soci::session& s, const RowFilter& f) {
  repo::Filter filter;
  filter.year = f.year;
  filter.department_id = f.department_id;
  filter.due_on = f.due_on;
  filter.after_id = f.after_id;
  filter.limit = f.limit;
  auth::DataScope scope{auth::DataScope::Kind::region, f.region_id, ""};
  if (f.lower_region_id)
    scope = {auth::DataScope::Kind::region_tree, *f.lower_region_id,
             path_of(s, *f.lower_region_id)};
  auto out = repo::list(s, filter, scope);
  if (out.size() > static_cast<std::size_t>(f.limit)) out.resize(static_cast<std::size_t>(f.limit));
  return out;
}

}  // namespace jixiao::disclosure::rate_repo
