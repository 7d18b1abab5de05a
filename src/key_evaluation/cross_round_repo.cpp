#include "key_evaluation/cross_round_repo.h"

#include <map>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::key_evaluation::cross_round_repo {

namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.region_id, c.year, c.name, c.seed, c.status, c.created_by, "
    "COALESCE(u.display_name, ''), c.created_at, c.version, "
    "(SELECT COUNT(*) FROM key_evaluation_cross_reviews x WHERE x.round_id = c.id), "
    "(SELECT COUNT(*) FROM key_evaluation_cross_reviews x WHERE x.round_id = c.id AND x.total IS "
    "NOT NULL) FROM key_evaluation_cross_rounds c LEFT JOIN users u ON u.id = c.created_by ";

void bind_round(soci::statement& st, CrossRound& r) {
  for (auto* v : {&r.id, &r.region_id, &r.year}) st.exchange(soci::into(*v));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.seed));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.created_by));
  for (auto* v : {&r.created_by_name, &r.created_at}) st.exchange(soci::into(*v));
  for (auto* v : {&r.version, &r.reviews, &r.reviewed}) st.exchange(soci::into(*v));
}

// An agency's rounds: where it reviews a report or one of its reports is reviewed.
void conditions(db::Query& q, const RoundReader& who) {
  if (who.agency_id > 0) {
    q.sql(
        "WHERE c.id IN (SELECT x.round_id FROM key_evaluation_cross_reviews x JOIN "
        "key_evaluations e ON e.id = x.evaluation_id WHERE x.reviewer_agency_id = ");
    q.bind(who.agency_id).sql(" OR e.agency_id = ").bind(who.agency_id).sql(")");
  } else if (!who.region_path.empty()) {
    q.sql("WHERE c.region_id IN (");
    auth::append_regions_under(q, who.region_path);
    q.sql(")");
  } else {
    q.sql("WHERE 1 = 0");
  }
}

}  // namespace

std::optional<CrossRound> find(soci::session& s, long long id, const RoundReader& who) {
  db::Query q(kSelect);
  conditions(q, who);
  q.sql(" AND c.id = ").bind(id);
  return db::fetch_first<CrossRound>(s, q, bind_round);
}

std::vector<CrossRound> list(soci::session& s, std::optional<long long> year,
                             const RoundReader& who) {
  db::Query q(kSelect);
  conditions(q, who);
  if (year) q.sql(" AND c.year = ").bind(*year);
  q.sql(" ORDER BY c.id DESC LIMIT 500");
  return db::fetch_all<CrossRound>(s, q, bind_round);
}

std::vector<CrossReview> reviews(soci::session& s, long long round_id, const RoundReader& who) {
  db::Query q(
      "SELECT x.id, x.round_id, x.evaluation_id, e.name, e.agency_id, ea.name, "
      "x.reviewer_agency_id, ra.name, COALESCE(x.scores_json, ''), COALESCE(x.total, -1), "
      "x.comment, COALESCE(u.display_name, ''), COALESCE(x.reviewed_at, '') "
      "FROM key_evaluation_cross_reviews x JOIN key_evaluations e ON e.id = x.evaluation_id "
      "JOIN agencies ea ON ea.id = e.agency_id JOIN agencies ra ON ra.id = x.reviewer_agency_id "
      "LEFT JOIN users u ON u.id = x.reviewed_by WHERE x.round_id = ");
  q.bind(round_id);
  if (who.agency_id > 0) {
    q.sql(" AND (x.reviewer_agency_id = ").bind(who.agency_id);
    q.sql(" OR e.agency_id = ").bind(who.agency_id).sql(")");
  }
  q.sql(" ORDER BY x.evaluation_id");
  return db::fetch_all<CrossReview>(s, q, [](soci::statement& st, CrossReview& x) {
    for (auto* v : {&x.id, &x.round_id, &x.evaluation_id}) st.exchange(soci::into(*v));
    st.exchange(soci::into(x.evaluation_name));
    st.exchange(soci::into(x.author_agency_id));
    st.exchange(soci::into(x.author_agency_name));
    st.exchange(soci::into(x.reviewer_agency_id));
    for (auto* v : {&x.reviewer_agency_name, &x.scores_json}) st.exchange(soci::into(*v));
    st.exchange(soci::into(x.total));
    for (auto* v : {&x.comment, &x.reviewed_by_name, &x.reviewed_at}) st.exchange(soci::into(*v));
  });
}

std::vector<AgencyReports> reports(soci::session& s, long long region_id, long long year) {
  db::Query q("SELECT agency_id, id FROM key_evaluations WHERE region_id = ");
  q.bind(region_id).sql(" AND year = ").bind(year);
  q.sql(
      " AND agency_id IS NOT NULL AND status IN ('report_review', 'rework', 'revision', "
      "'final_review', 'finalised', 'results_sent') ORDER BY agency_id, id");
  struct Row {
    long long agency = 0, report = 0;
  };
  std::map<long long, std::vector<long long>> by_agency;
  for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.agency));
         st.exchange(soci::into(r.report));
       }))
    by_agency[r.agency].push_back(r.report);
  std::vector<AgencyReports> out;
  for (auto& [agency, ids] : by_agency) out.push_back({agency, std::move(ids)});
  return out;
}

std::vector<long long> active_agencies(soci::session& s, long long region_id) {
  db::Query q("SELECT id FROM agencies WHERE status = 'active' AND region_id = ");
  q.bind(region_id).sql(" ORDER BY id");
  return db::fetch_all<long long>(
      s, q, [](soci::statement& st, long long& id) { st.exchange(soci::into(id)); });
}

long long insert(soci::session& s, const CrossRound& r) {
  return db::insert_returning(
      s,
      "INSERT INTO key_evaluation_cross_rounds (region_id, year, name, seed, status, created_by, "
      "created_at) VALUES (:r, :y, :n, :s, :st, :b, :at)",
      soci::use(r.region_id), soci::use(r.year), soci::use(r.name), soci::use(r.seed),
      soci::use(r.status), soci::use(r.created_by), soci::use(r.created_at));
}

void insert_review(soci::session& s, long long round_id, const CrossAssignment& a) {
  s << "INSERT INTO key_evaluation_cross_reviews (round_id, evaluation_id, reviewer_agency_id) "
       "VALUES (:r, :e, :a)",
      soci::use(round_id), soci::use(a.report_id), soci::use(a.reviewer_agency_id);
}

bool move(soci::session& s, long long id, const std::string& status, long long expected_version) {
  return db::execute_counting(s,
                              "UPDATE key_evaluation_cross_rounds SET status = :st, version = "
                              "version + 1 WHERE id = :id AND version = :v",
                              soci::use(status), soci::use(id), soci::use(expected_version)) == 1;
}

long long round_of_review(soci::session& s, long long review_id) {
  db::Query q("SELECT round_id FROM key_evaluation_cross_reviews WHERE id = ");
  q.bind(review_id);
  return db::fetch_first<long long>(
             s, q, [](soci::statement& st, long long& id) { st.exchange(soci::into(id)); })
      .value_or(0);
}

void save_review(soci::session& s, long long review_id, const CrossReview& x, long long by) {
  s << "UPDATE key_evaluation_cross_reviews SET scores_json = :sc, total = :t, comment = :c, "
       "reviewed_by = :b, reviewed_at = :at WHERE id = :id",
      soci::use(x.scores_json), soci::use(x.total), soci::use(x.comment), soci::use(by),
      soci::use(x.reviewed_at), soci::use(review_id);
}

}  // namespace jixiao::key_evaluation::cross_round_repo
