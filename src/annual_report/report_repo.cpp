#include "annual_report/report_repo.h"

#include "db/query.h"

namespace jixiao::annual_report::repo {

std::optional<ReportRecord> find(soci::session& s, long long region_id, long long year) {
  db::Query q(
      "SELECT r.id, r.region_id, r.year, r.narrative, r.status, COALESCE(r.frozen_figures, ''), "
      "COALESCE(r.frozen_at, ''), COALESCE(r.frozen_by, 0), COALESCE(u.display_name, ''), "
      "r.version, r.created_at, r.updated_at FROM annual_reports r LEFT JOIN users u ON u.id = "
      "r.frozen_by WHERE r.region_id = ");
  q.bind(region_id).sql(" AND r.year = ").bind(year);
  auto all = db::fetch_all<ReportRecord>(s, q, [](soci::statement& st, ReportRecord& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.year));
    st.exchange(soci::into(r.narrative));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.frozen_figures));
    st.exchange(soci::into(r.frozen_at));
    st.exchange(soci::into(r.frozen_by));
    st.exchange(soci::into(r.frozen_by_name));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
  });
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

long long insert(soci::session& s, long long region_id, long long year, const std::string& status,
                 const std::string& at) {
  return db::insert_returning(
      s,
      "INSERT INTO annual_reports (region_id, year, status, created_at, updated_at) VALUES (:r, "
      ":y, :s, :c, :u)",
      soci::use(region_id), soci::use(year), soci::use(status), soci::use(at), soci::use(at));
}

bool set_narrative(soci::session& s, const ReportRecord& r, const std::string& narrative,
                   const std::string& at) {
  return db::execute_counting(s,
                              "UPDATE annual_reports SET narrative = :n, version = version + 1, "
                              "updated_at = :u WHERE id = :id AND version = :v",
                              soci::use(narrative), soci::use(at), soci::use(r.id),
                              soci::use(r.version)) == 1;
}

bool set_frozen(soci::session& s, const ReportRecord& r, const std::string& status,
                const std::string& narrative, const std::string& figures, long long by,
                const std::string& at) {
  return db::execute_counting(
             s,
             "UPDATE annual_reports SET status = :st, narrative = :n, frozen_figures = :f, "
             "frozen_at = :at, frozen_by = :b, version = version + 1, updated_at = :u WHERE id = "
             ":id AND version = :v",
             soci::use(status), soci::use(narrative), soci::use(figures), soci::use(at),
             soci::use(by), soci::use(at), soci::use(r.id), soci::use(r.version)) == 1;
}

}  // namespace jixiao::annual_report::repo
