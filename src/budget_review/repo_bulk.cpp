#include "budget_review/repo_bulk.h"

namespace jixiao::budget_review::repo {

long long insert_pending_bulk(soci::session& s, long long year, const std::string& at) {
  long long before = 0, after = 0;
  s << "SELECT COUNT(*) FROM budget_reviews WHERE year = :y", soci::use(year), soci::into(before);
  s << "INSERT INTO budget_reviews (project_id, region_id, year, department_id, unit_id, "
       "fund_type, submitted_fen, status, created_at, updated_at) SELECT p.id, p.region_id, "
       "p.year, p.department_id, p.unit_id, p.fund_type, p.amount_fen, 'pending', :a1, :a2 FROM "
       "projects p WHERE p.year = :y AND p.status IN ('declared', 'approved', 'executing', "
       "'completed') AND NOT EXISTS (SELECT 1 FROM budget_reviews b WHERE b.project_id = p.id) "
       "ORDER BY p.id",
      soci::use(at), soci::use(at), soci::use(year);
  s << "SELECT COUNT(*) FROM budget_reviews WHERE year = :y", soci::use(year), soci::into(after);
  return after - before;
}

void write_entry_bulk(soci::session& s, long long id, Fen approved_fen,
                      const std::string& cut_reason, const std::string& comment,
                      long long reviewer_id, const std::string& at) {
  soci::indicator reviewer_ind = reviewer_id ? soci::i_ok : soci::i_null;
  s << "UPDATE budget_reviews SET approved_fen = :a, cut_reason = :c, comment = :m, reviewer_id "
       "= :r, reviewed_at = :at, status = 'done', updated_at = :u, version = version + 1 WHERE "
       "id = :id",
      soci::use(approved_fen), soci::use(cut_reason), soci::use(comment),
      soci::use(reviewer_id, reviewer_ind), soci::use(at), soci::use(at), soci::use(id);
}

void review_bulk(soci::session& s, long long year, long long pending_every, long long cut_percent,
                 const std::string& at) {
  // The fraction cut, in hundredths of a percent, from the id: spread evenly, reproducible.
  const std::string cut = "(CASE WHEN (id * 7919) % 10000 * " + std::to_string(2 * cut_percent) +
                          " / 100 > 10000 THEN 10000 ELSE (id * 7919) % 10000 * " +
                          std::to_string(2 * cut_percent) + " / 100 END)";
  s << "UPDATE budget_reviews SET approved_fen = submitted_fen - submitted_fen / 10000 * " + cut +
           ", cut_reason = CASE WHEN " + cut +
           " = 0 THEN '' WHEN id % 3 = 0 THEN 'over_standard' WHEN id % 3 = 1 THEN 'duplicate' "
           "ELSE 'not_ready' END, status = 'done', reviewed_at = :a1, updated_at = :a2 WHERE year "
           "= :y AND status = 'pending' AND id % :e <> 0",
      soci::use(at), soci::use(at), soci::use(year), soci::use(pending_every);
}

}  // namespace jixiao::budget_review::repo
