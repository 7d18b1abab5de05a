#include "key_evaluation/assignment_repo.h"

#include "db/query.h"

namespace jixiao::key_evaluation::assignment_repo {

std::vector<Assignment> list(soci::session& s, long long evaluation_id) {
  db::Query q(
      "SELECT a.id, a.evaluation_id, a.expert_id, x.name, x.title, x.employer, "
      "COALESCE(x.user_id, 0), a.assigned_by, u.display_name, a.assigned_at FROM "
      "key_evaluation_experts a JOIN experts x ON x.id = a.expert_id JOIN users u ON u.id = "
      "a.assigned_by WHERE a.evaluation_id = ");
  q.bind(evaluation_id).sql(" ORDER BY a.id");
  return db::fetch_all<Assignment>(s, q, [](soci::statement& st, Assignment& a) {
    for (auto* v : {&a.id, &a.evaluation_id, &a.expert_id}) st.exchange(soci::into(*v));
    for (auto* v : {&a.expert_name, &a.title, &a.employer}) st.exchange(soci::into(*v));
    for (auto* v : {&a.user_id, &a.assigned_by}) st.exchange(soci::into(*v));
    for (auto* v : {&a.assigned_by_name, &a.assigned_at}) st.exchange(soci::into(*v));
  });
}

bool assigned(soci::session& s, long long evaluation_id, long long expert_id) {
  db::Query q("SELECT COUNT(*) FROM key_evaluation_experts WHERE evaluation_id = ");
  q.bind(evaluation_id).sql(" AND expert_id = ").bind(expert_id);
  return q.scalar(s) > 0;
}

long long insert(soci::session& s, long long evaluation_id, long long expert_id,
                 long long assigned_by, const std::string& at) {
  return db::insert_returning(
      s,
      "INSERT INTO key_evaluation_experts (evaluation_id, expert_id, assigned_by, assigned_at) "
      "VALUES (:e, :x, :b, :at)",
      soci::use(evaluation_id), soci::use(expert_id), soci::use(assigned_by), soci::use(at));
}

bool remove(soci::session& s, long long evaluation_id, long long expert_id) {
  return db::execute_counting(
             s, "DELETE FROM key_evaluation_experts WHERE evaluation_id = :e AND expert_id = :x",
             soci::use(evaluation_id), soci::use(expert_id)) == 1;
}

}  // namespace jixiao::key_evaluation::assignment_repo
