#include "disclosure/repo_public.h"

#include "base/text.h"
#include "db/query.h"

namespace jixiao::disclosure::public_repo {

namespace {

void bind_region(soci::statement& st, Region& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.code));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.level));
  st.exchange(soci::into(r.parent_code));
}

constexpr const char* kRegions =
    "SELECT r.id, r.code, r.name, r.level, COALESCE(p.code, '') FROM regions r "
    "LEFT JOIN regions p ON p.id = r.parent_id";

}  // namespace

std::vector<Region> regions(soci::session& s) {
  db::Query q(kRegions);
  q.sql(" ORDER BY r.path");
  return db::fetch_all<Region>(s, q, bind_region);
}

std::optional<Region> region_by_code(soci::session& s, const std::string& code) {
  db::Query q(kRegions);
  q.sql(" WHERE r.code = ").bind(code);
  return db::fetch_first<Region>(s, q, bind_region);
}

std::vector<Department> departments(soci::session& s, long long region_id, long long year) {
  db::Query q(
      "SELECT d.department_id, u.name, COUNT(DISTINCT d.subject), COUNT(*) FROM disclosures d "
      "JOIN units u ON u.id = d.department_id WHERE d.region_id = ");
  q.bind(region_id)
      .sql(" AND d.year = ")
      .bind(year)
      .sql(" AND d.status = 'published' GROUP BY d.department_id, u.name, u.code ORDER BY u.code");
  return db::fetch_all<Department>(s, q, [](soci::statement& st, Department& d) {
    st.exchange(soci::into(d.id));
    st.exchange(soci::into(d.name));
    st.exchange(soci::into(d.subjects));
    st.exchange(soci::into(d.items));
  });
}

std::vector<Subject> subjects(soci::session& s, const SubjectFilter& f) {
  db::Query q(
      "SELECT d.subject, MIN(d.title), MIN(r.name), MIN(COALESCE(u.name, '')), COUNT(*) "
      "FROM disclosures d JOIN regions r ON r.id = d.region_id "
      "LEFT JOIN units u ON u.id = d.department_id WHERE d.status = 'published'");
  if (f.department_id) q.sql(" AND d.department_id = ").bind(*f.department_id);
  if (f.year) q.sql(" AND d.year = ").bind(*f.year);
  if (f.words)
    q.sql(" AND d.title LIKE ").bind("%" + escape_like(*f.words) + "%").sql(" ESCAPE '\\'");
  if (!f.after.empty()) q.sql(" AND d.subject > ").bind(f.after);
  q.sql(" GROUP BY d.subject ORDER BY d.subject").page(f.limit, 0);
  return db::fetch_all<Subject>(s, q, [](soci::statement& st, Subject& x) {
    st.exchange(soci::into(x.subject));
    st.exchange(soci::into(x.title));
    st.exchange(soci::into(x.region_name));
    st.exchange(soci::into(x.department_name));
    st.exchange(soci::into(x.items));
  });
}

std::vector<Item> items_of(soci::session& s, const std::string& subject) {
  db::Query q(
      "SELECT d.kind, d.slug, COALESCE(d.published_at, ''), d.snapshot FROM disclosures d "
      "WHERE d.subject = ");
  q.bind(subject).sql(" AND d.status = 'published' ORDER BY d.slug");
  return db::fetch_all<Item>(s, q, [](soci::statement& st, Item& i) {
    st.exchange(soci::into(i.kind));
    st.exchange(soci::into(i.slug));
    st.exchange(soci::into(i.published_at));
    st.exchange(soci::into(i.snapshot));
  });
}

}  // namespace jixiao::disclosure::public_repo
