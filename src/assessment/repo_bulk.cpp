#include "assessment/repo_bulk.h"

#include <optional>

#include "db/pg_copy.h"
#include "db/query.h"

namespace jixiao::assessment::repo {

namespace {

// NULL for "none": an empty time, a -1 amount.
std::optional<std::string> time_or_null(const std::string& v) {
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}
std::optional<long long> amount_or_null(long long v) {
  return v < 0 ? std::nullopt : std::optional<long long>(v);
}

template <class T, class None>
std::vector<soci::indicator> indicators(const std::vector<T>& values, None none) {
  std::vector<soci::indicator> out;
  out.reserve(values.size());
  for (const auto& v : values) out.push_back(none(v) ? soci::i_null : soci::i_ok);
  return out;
}

void copy_rows(soci::session& s, const AssessmentRows& r) {
  db::PgCopy copy(s, "assessments",
                  {"id",
                   "region_id",
                   "year",
                   "project_id",
                   "unit_id",
                   "department_id",
                   "kind",
                   "level",
                   "status",
                   "amount_fen",
                   "self_score",
                   "key_score",
                   "final_score",
                   "grade",
                   "conclusion",
                   "self_report",
                   "opinion",
                   "suggested_amount_fen",
                   "suggested_target_changes",
                   "suggestions_accepted",
                   "suggestions_accepted_at",
                   "version",
                   "submitted_at",
                   "concluded_at",
                   "created_at",
                   "updated_at"});
  for (std::size_t k = 0; k < r.size(); ++k)
    copy.row(r.id[k], r.region_id[k], r.year[k], r.project_id[k], r.unit_id[k], r.department_id[k],
             r.kind[k], r.level[k], r.status[k], r.amount_fen[k], r.self_score[k], r.key_score[k],
             r.final_score[k], r.grade[k], r.conclusion[k], r.self_report[k], r.opinion[k],
             amount_or_null(r.suggested_amount_fen[k]), r.suggested_target_changes[k],
             r.suggestions_accepted[k], time_or_null(r.suggestions_accepted_at[k]), r.version[k],
             time_or_null(r.submitted_at[k]), time_or_null(r.concluded_at[k]), r.created_at[k],
             r.updated_at[k]);
  copy.finish();
}

}  // namespace

void insert_bulk(soci::session& s, db::Dialect dialect, AssessmentRows& r) {
  if (r.size() == 0) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) return copy_rows(s, r);
  const auto empty = [](const std::string& v) { return v.empty(); };
  auto suggested_ind = indicators(r.suggested_amount_fen, [](long long v) { return v < 0; });
  auto accepted_ind = indicators(r.suggestions_accepted_at, empty);
  auto submitted_ind = indicators(r.submitted_at, empty);
  auto concluded_ind = indicators(r.concluded_at, empty);
  soci::statement st =
      (s.prepare << "INSERT INTO assessments (id, region_id, year, project_id, unit_id, "
                    "department_id, kind, level, status, amount_fen, self_score, key_score, "
                    "final_score, grade, conclusion, self_report, opinion, suggested_amount_fen, "
                    "suggested_target_changes, suggestions_accepted, suggestions_accepted_at, "
                    "version, submitted_at, concluded_at, created_at, updated_at) VALUES (:id, "
                    ":r, :y, :p, :u, :d, :k, :l, :st, :a, :ss, :ks, :fs, :g, :c, :sr, :o, :sa, "
                    ":stc, :acc, :acc_at, :v, :sub, :con, :cr, :up)",
       soci::use(r.id), soci::use(r.region_id), soci::use(r.year), soci::use(r.project_id),
       soci::use(r.unit_id), soci::use(r.department_id), soci::use(r.kind), soci::use(r.level),
       soci::use(r.status), soci::use(r.amount_fen), soci::use(r.self_score),
       soci::use(r.key_score), soci::use(r.final_score), soci::use(r.grade),
       soci::use(r.conclusion), soci::use(r.self_report), soci::use(r.opinion),
       soci::use(r.suggested_amount_fen, suggested_ind), soci::use(r.suggested_target_changes),
       soci::use(r.suggestions_accepted), soci::use(r.suggestions_accepted_at, accepted_ind),
       soci::use(r.version), soci::use(r.submitted_at, submitted_ind),
       soci::use(r.concluded_at, concluded_ind), soci::use(r.created_at), soci::use(r.updated_at));
  st.execute(true);
}

void insert_scorers_bulk(soci::session& s, db::Dialect dialect, ScorerRows& r) {
  if (r.size() == 0) return;
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "assessment_scorers",
                    {"assessment_id", "scorer_id", "assigned_by", "assigned_at", "total", "opinion",
                     "submitted_at"});
    for (std::size_t k = 0; k < r.size(); ++k)
      copy.row(r.assessment_id[k], r.scorer_id[k], r.assigned_by[k], r.assigned_at[k], r.total[k],
               r.opinion[k], time_or_null(r.submitted_at[k]));
    copy.finish();
    return;
  }
  auto submitted_ind = indicators(r.submitted_at, [](const std::string& v) { return v.empty(); });
  s << "INSERT INTO assessment_scorers (assessment_id, scorer_id, assigned_by, assigned_at, "
       "total, opinion, submitted_at) VALUES (:a, :s, :b, :at, :t, :o, :sub)",
      soci::use(r.assessment_id), soci::use(r.scorer_id), soci::use(r.assigned_by),
      soci::use(r.assigned_at), soci::use(r.total), soci::use(r.opinion),
      soci::use(r.submitted_at, submitted_ind);
}

void insert_majors_bulk(soci::session& s, db::Dialect dialect, MajorRows& r) {
  if (r.size() == 0) return;
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "assessment_major_projects",
                    {"project_id", "marked_by", "reason", "marked_at"});
    for (std::size_t k = 0; k < r.size(); ++k)
      copy.row(r.project_id[k], r.marked_by[k], r.reason[k], r.marked_at[k]);
    copy.finish();
    return;
  }
  s << "INSERT INTO assessment_major_projects (project_id, marked_by, reason, marked_at) VALUES "
       "(:p, :b, :r, :t)",
      soci::use(r.project_id), soci::use(r.marked_by), soci::use(r.reason), soci::use(r.marked_at);
}

std::vector<ProjectForNeed> projects_from(soci::session& s, long long year, long long min_fen) {
  db::Query q(
      "SELECT id, region_id, unit_id, department_id, amount_fen, category FROM projects WHERE "
      "status <> 'cancelled' AND year = ");
  q.bind(year).sql(" AND amount_fen >= ").bind(min_fen).sql(" ORDER BY id");
  return db::fetch_all<ProjectForNeed>(s, q, [](soci::statement& st, ProjectForNeed& p) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.region_id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.department_id));
    st.exchange(soci::into(p.amount_fen));
    st.exchange(soci::into(p.category));
  });
}

long long max_id(soci::session& s) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM assessments", soci::into(id);
  return id;
}

void sync_id_sequence(soci::session& s, db::Dialect dialect) {
  if (dialect != db::Dialect::postgresql) return;  // SQLite numbers past the largest id itself
  s << "SELECT setval(pg_get_serial_sequence('assessments', 'id'), "
       "(SELECT COALESCE(MAX(id), 1) FROM assessments))";
}

}  // namespace jixiao::assessment::repo
