#include "key_evaluation/conflict_facts.h"

#include <algorithm>

#include "db/query.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation {

namespace {

std::vector<long long> ids(soci::session& s, db::Query& q) {
  std::vector<long long> out;
  db::for_each_row<long long>(
      s, q, [](soci::statement& st, long long& v) { st.exchange(soci::into(v)); },
      [&](long long& v) {
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
      });
  return out;
}

// The agencies the accounts act for and the experts they log in for.
void complete(soci::session& s, Authors& a) {
  for (const long long u : a.user_ids) {
    if (const long long agency = registry_repo::agency_of_user(s, u);
        agency && std::find(a.agency_ids.begin(), a.agency_ids.end(), agency) == a.agency_ids.end())
      a.agency_ids.push_back(agency);
    if (const long long expert = registry_repo::expert_of_user(s, u);
        expert && std::find(a.expert_ids.begin(), a.expert_ids.end(), expert) == a.expert_ids.end())
      a.expert_ids.push_back(expert);
  }
}

// The ex-ante assessment of the subject project: its scorers and the accounts that wrote it.
Authors ex_ante_authors(soci::session& s, const KeyEvaluation& e) {
  Authors a;
  if (!e.project_id) return a;
  db::Query q(
      "SELECT sc.scorer_id FROM assessment_scorers sc JOIN assessments x ON x.id = "
      "sc.assessment_id WHERE x.project_id = ");
  q.bind(e.project_id);
  q.sql(" UNION SELECT l.actor_id FROM audit_log l JOIN assessments x ON x.id = l.entity_id ");
  q.sql("WHERE l.entity = 'assessment' AND l.actor_id IS NOT NULL AND l.action IN ('create', ");
  q.sql("'save_self', 'submit', 'submit_score', 'score') AND x.project_id = ").bind(e.project_id);
  a.user_ids = ids(s, q);
  complete(s, a);
  return a;
}

// The targets of the subject: the project's, or the department's of the year.
Authors target_authors(soci::session& s, const KeyEvaluation& e) {
  Authors a;
  db::Query q("SELECT l.actor_id FROM audit_log l JOIN targets t ON t.id = l.entity_id WHERE ");
  q.sql("l.entity = 'target' AND l.actor_id IS NOT NULL AND l.action IN ('create', 'update', ");
  q.sql("'submit') AND ");
  if (e.project_id)
    q.sql("t.project_id = ").bind(e.project_id);
  else if (e.department_id && e.kind == "department")
    q.sql("t.kind = 'department' AND t.department_id = ")
        .bind(e.department_id)
        .sql(" AND t.year = ")
        .bind(e.year);
  else
    return a;
  a.user_ids = ids(s, q);
  complete(s, a);
  return a;
}

// Same party: the unit, else the department, else the lower region.
void same_party(db::Query& q, const KeyEvaluation& e) {
  if (e.unit_id)
    q.sql(" AND (k.unit_id = ").bind(e.unit_id).sql(" OR k.department_id = ").bind(e.unit_id);
  else if (e.department_id)
    q.sql(" AND (k.department_id = ")
        .bind(e.department_id)
        .sql(" OR k.unit_id = ")
        .bind(e.department_id);
  else if (e.subject_region_id)
    q.sql(" AND (k.subject_region_id = ").bind(e.subject_region_id);
  else
    q.sql(" AND (1 = 0");
  q.sql(")");
}

}  // namespace

std::optional<ConflictCandidate> agency_candidate(soci::session& s, long long agency_id) {
  long long found = 0;
  s << "SELECT COUNT(*) FROM agencies WHERE id = :a", soci::use(agency_id), soci::into(found);
  if (!found) return std::nullopt;
  ConflictCandidate c;
  c.agency_id = agency_id;
  db::Query q("SELECT user_id FROM agency_users WHERE agency_id = ");
  q.bind(agency_id).sql(" ORDER BY user_id");
  c.user_ids = ids(s, q);
  return c;
}

std::optional<ConflictCandidate> expert_candidate(soci::session& s, long long expert_id) {
  // Finance and viewers of any region would read it; the check is the caller's business.
  const auto e = registry_repo::find_expert(s, expert_id, RegistryReader{.region_path = "/"});
  if (!e) return std::nullopt;
  ConflictCandidate c;
  c.expert_id = e->id;
  if (e->user_id) {
    c.user_ids.push_back(e->user_id);
    c.employer_agency_id = registry_repo::agency_of_user(s, e->user_id);
  }
  c.employer = e->employer;
  c.avoid = e->avoid;
  return c;
}

ConflictSubject conflict_subject(const KeyEvaluation& e) {
  ConflictSubject sub;
  sub.kind = e.kind;
  sub.year = e.year;
  sub.name = e.name;
  sub.unit_id = e.unit_id;
  sub.department_id = e.department_id;
  sub.region_id = e.subject_region_id ? e.subject_region_id : e.region_id;
  sub.unit_name = e.unit_name;
  sub.department_name = e.department_name;
  return sub;
}

ConflictFacts conflict_facts(soci::session& s, const KeyEvaluation& e,
                             const ConflictCandidate& candidate) {
  ConflictFacts f;
  f.ex_ante = ex_ante_authors(s, e);
  f.targets = target_authors(s, e);
  db::Query q("SELECT DISTINCT k.year FROM key_evaluations k ");
  if (candidate.expert_id)
    q.sql("JOIN key_evaluation_experts x ON x.evaluation_id = k.id WHERE x.expert_id = ")
        .bind(candidate.expert_id);
  else
    q.sql("WHERE k.agency_id = ").bind(candidate.agency_id);
  q.sql(" AND k.id <> ").bind(e.id);
  same_party(q, e);
  for (const long long y : ids(s, q)) f.past.push_back({y});
  if (candidate.expert_id && e.agency_id) {
    f.commissioned_agency_id = e.agency_id;
    f.commissioned_agency_name = e.agency_name;
  }
  return f;
}

std::vector<Conflict> conflicts_of(soci::session& s, const KeyEvaluation& e,
                                   const ConflictCandidate& candidate, long long lookback_years) {
  return find_conflicts(candidate, conflict_subject(e), conflict_facts(s, e, candidate),
                        lookback_years);
}

}  // namespace jixiao::key_evaluation
