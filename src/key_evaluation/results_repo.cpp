#include "key_evaluation/results_repo.h"

#include "db/query.h"

namespace jixiao::key_evaluation::results_repo {

std::vector<ProblemView> problems(soci::session& s, long long evaluation_id) {
  db::Query q(
      "SELECT p.id, p.seq, p.title, p.requirement, COALESCE(p.finding_id, 0), "
      "COALESCE(f.status, ''), COALESCE(f.due, '') FROM key_evaluation_problems p LEFT JOIN "
      "findings f ON f.id = p.finding_id WHERE p.evaluation_id = ");
  q.bind(evaluation_id).sql(" ORDER BY p.seq");
  return db::fetch_all<ProblemView>(s, q, [](soci::statement& st, ProblemView& p) {
    for (auto* v : {&p.id, &p.seq}) st.exchange(soci::into(*v));
    for (auto* v : {&p.title, &p.requirement}) st.exchange(soci::into(*v));
    st.exchange(soci::into(p.finding_id));
    for (auto* v : {&p.finding_status, &p.finding_due}) st.exchange(soci::into(*v));
  });
}

long long insert_problem(soci::session& s, long long evaluation_id, long long seq,
                         const Problem& p) {
  return db::insert_returning(s,
                              "INSERT INTO key_evaluation_problems (evaluation_id, seq, title, "
                              "requirement) VALUES (:e, :n, :t, :r)",
                              soci::use(evaluation_id), soci::use(seq), soci::use(p.title),
                              soci::use(p.requirement));
}

void set_finding(soci::session& s, long long problem_id, long long finding_id) {
  s << "UPDATE key_evaluation_problems SET finding_id = :f WHERE id = :id", soci::use(finding_id),
      soci::use(problem_id);
}

std::string document_number(soci::session& s, long long document_id) {
  std::string number;
  soci::indicator ind = soci::i_ok;
  s << "SELECT number FROM official_documents WHERE id = :id", soci::into(number, ind),
      soci::use(document_id);
  return ind == soci::i_ok ? number : std::string();
}

}  // namespace jixiao::key_evaluation::results_repo
