// The experts' half of registry_repo.h. Fields and relations to avoid are kept as JSON text.
#include <boost/json.hpp>

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation::registry_repo {

namespace {

constexpr const char* kSelect =
    "SELECT e.id, e.region_id, r.name, COALESCE(e.user_id, 0), COALESCE(u.username, ''), "
    "e.name, e.fields_json, e.title, e.employer, e.phone, e.avoid_json, e.status, e.version, "
    "e.created_at, e.updated_at FROM experts e JOIN regions r ON r.id = e.region_id "
    "LEFT JOIN users u ON u.id = e.user_id ";

struct Row {
  Expert e;
  std::string fields_json, avoid_json;
};

void bind_row(soci::statement& st, Row& x) {
  Expert& e = x.e;
  for (auto* v : {&e.id, &e.region_id}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.region_name));
  st.exchange(soci::into(e.user_id));
  for (auto* v : {&e.username, &e.name, &x.fields_json, &e.title, &e.employer, &e.phone,
                  &x.avoid_json, &e.status})
    st.exchange(soci::into(*v));
  st.exchange(soci::into(e.version));
  for (auto* v : {&e.created_at, &e.updated_at}) st.exchange(soci::into(*v));
}

// The stored JSON was written by fields_text/avoid_text below; anything else reads as empty.
Expert finish(Row& x) {
  Expert e = std::move(x.e);
  boost::system::error_code ec;
  const auto fields = boost::json::parse(x.fields_json, ec);
  if (!ec && fields.is_array())
    for (const auto& v : fields.as_array())
      if (v.is_string()) e.fields.emplace_back(v.as_string());
  const auto avoid = boost::json::parse(x.avoid_json, ec);
  if (!ec && avoid.is_array())
    for (const auto& v : avoid.as_array()) {
      if (!v.is_object()) continue;
      const auto& o = v.as_object();
      Avoidance a;
      if (const auto* u = o.if_contains("unit_id"); u && u->is_int64()) a.unit_id = u->as_int64();
      if (const auto* n = o.if_contains("name"); n && n->is_string()) a.name = n->as_string();
      if (const auto* r = o.if_contains("reason"); r && r->is_string()) a.reason = r->as_string();
      e.avoid.push_back(std::move(a));
    }
  return e;
}

std::vector<Expert> fetch(soci::session& s, db::Query& q) {
  std::vector<Expert> out;
  for (Row& x : db::fetch_all<Row>(s, q, bind_row)) out.push_back(finish(x));
  return out;
}

std::string fields_text(const Expert& e) {
  boost::json::array a;
  for (const auto& f : e.fields) a.emplace_back(f);
  return boost::json::serialize(a);
}

std::string avoid_text(const Expert& e) {
  boost::json::array a;
  for (const auto& x : e.avoid)
    a.push_back(
        boost::json::object{{"unit_id", x.unit_id}, {"name", x.name}, {"reason", x.reason}});
  return boost::json::serialize(a);
}

void conditions(db::Query& q, const RegistryFilter& f, const RegistryReader& who) {
  if (!who.region_path.empty()) {
    q.sql("WHERE e.region_id IN (");
    auth::append_regions_under(q, who.region_path);
    q.sql(")");
  } else {
    // An expert's own record; a reader of none (0) matches nothing, as user ids start at 1.
    q.sql("WHERE e.user_id = ").bind(who.expert_user_id);
  }
  if (f.region_id) q.sql(" AND e.region_id = ").bind(*f.region_id);
  if (f.status) q.sql(" AND e.status = ").bind(*f.status);
  if (f.text) {
    const std::string like = "%" + escape_like(*f.text) + "%";
    q.sql(" AND (e.name LIKE ").bind(like).sql(" ESCAPE '\\' OR e.employer LIKE ").bind(like);
    q.sql(" ESCAPE '\\' OR e.fields_json LIKE ").bind(like).sql(" ESCAPE '\\')");
  }
}

soci::indicator null_if_zero(long long v) { return v ? soci::i_ok : soci::i_null; }

}  // namespace

std::optional<Expert> find_expert(soci::session& s, long long id, const RegistryReader& who) {
  db::Query q(kSelect);
  conditions(q, {}, who);
  q.sql(" AND e.id = ").bind(id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Expert> list_experts(soci::session& s, const RegistryFilter& f,
                                 const RegistryReader& who) {
  db::Query q(kSelect);
  conditions(q, f, who);
  if (f.after_id) q.sql(" AND e.id > ").bind(f.after_id);
  q.sql(" ORDER BY e.id").page(f.limit, f.offset);
  return fetch(s, q);
}

long long count_experts(soci::session& s, const RegistryFilter& f, const RegistryReader& who) {
  db::Query q("SELECT COUNT(*) FROM experts e ");
  conditions(q, f, who);
  return q.scalar(s);
}

long long expert_of_user(soci::session& s, long long user_id) {
  long long id = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MIN(id) FROM experts WHERE user_id = :u", soci::into(id, ind), soci::use(user_id);
  return ind == soci::i_ok ? id : 0;
}

long long insert_expert(soci::session& s, const Expert& e) {
  const std::string fields = fields_text(e), avoid = avoid_text(e);
  soci::indicator user_ind = null_if_zero(e.user_id);
  return db::insert_returning(
      s,
      "INSERT INTO experts (region_id, user_id, name, fields_json, title, employer, phone, "
      "avoid_json, status, created_at, updated_at) VALUES (:r, :u, :n, :f, :t, :em, :p, :av, "
      ":st, :ca, :ua)",
      soci::use(e.region_id), soci::use(e.user_id, user_ind), soci::use(e.name), soci::use(fields),
      soci::use(e.title), soci::use(e.employer), soci::use(e.phone), soci::use(avoid),
      soci::use(e.status), soci::use(e.created_at), soci::use(e.updated_at));
}

bool update_expert(soci::session& s, const Expert& e, long long expected_version) {
  const std::string fields = fields_text(e), avoid = avoid_text(e);
  soci::indicator user_ind = null_if_zero(e.user_id);
  return db::execute_counting(
             s,
             "UPDATE experts SET user_id = :u, name = :n, fields_json = :f, title = :t, "
             "employer = :em, phone = :p, avoid_json = :av, status = :st, updated_at = :ua, "
             "version = version + 1 WHERE id = :id AND version = :v",
             soci::use(e.user_id, user_ind), soci::use(e.name), soci::use(fields),
             soci::use(e.title), soci::use(e.employer), soci::use(e.phone), soci::use(avoid),
             soci::use(e.status), soci::use(e.updated_at), soci::use(e.id),
             soci::use(expected_version)) == 1;
}

}  // namespace jixiao::key_evaluation::registry_repo
