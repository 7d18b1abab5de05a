#include "key_evaluation/evaluation_repo.h"

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"
#include "key_evaluation/evaluation_queue.h"

namespace jixiao::key_evaluation::evaluation_repo {

namespace {

constexpr const char* kSelect =
    "SELECT e.id, e.region_id, r.name, e.year, e.kind, e.name, e.scope, COALESCE(e.project_id, "
    "0), COALESCE(p.code, ''), COALESCE(e.department_id, 0), COALESCE(d.name, ''), "
    "COALESCE(e.unit_id, 0), COALESCE(u.name, ''), COALESCE(e.subject_region_id, 0), "
    "COALESCE(sr.name, ''), e.fund_type, e.budget_fen, e.due, e.mode, COALESCE(e.agency_id, 0), "
    "COALESCE(a.name, ''), e.contract_fee_fen, e.status, COALESCE(e.quality_score, -1), "
    "e.reworked, COALESCE(e.fee_payable_fen, -1), COALESCE(e.score, -1), COALESCE(e.grade, ''), "
    "COALESCE(e.finalised_at, ''), COALESCE(e.results_sent_at, ''), "
    "COALESCE(e.results_document_id, 0), e.created_by, COALESCE(cu.display_name, ''), e.version, "
    "e.created_at, e.updated_at "
    "FROM key_evaluations e JOIN regions r ON r.id = e.region_id "
    "LEFT JOIN projects p ON p.id = e.project_id LEFT JOIN units d ON d.id = e.department_id "
    "LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN regions sr ON sr.id = e.subject_region_id "
    "LEFT JOIN agencies a ON a.id = e.agency_id LEFT JOIN users cu ON cu.id = e.created_by ";

// SOCI binds by reference: the row's reworked flag is read into a number first.
struct Row {
  KeyEvaluation e;
  long long reworked = 0;
};

void bind_row(soci::statement& st, Row& r) {
  auto& e = r.e;
  for (auto* v : {&e.id, &e.region_id}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.region_name));
  st.exchange(soci::into(e.year));
  for (auto* v : {&e.kind, &e.name, &e.scope}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.project_id));
  st.exchange(soci::into(e.project_code));
  st.exchange(soci::into(e.department_id));
  st.exchange(soci::into(e.department_name));
  st.exchange(soci::into(e.unit_id));
  st.exchange(soci::into(e.unit_name));
  st.exchange(soci::into(e.subject_region_id));
  st.exchange(soci::into(e.subject_region_name));
  st.exchange(soci::into(e.fund_type));
  st.exchange(soci::into(e.budget_fen));
  for (auto* v : {&e.due, &e.mode}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.agency_id));
  st.exchange(soci::into(e.agency_name));
  st.exchange(soci::into(e.contract_fee_fen));
  st.exchange(soci::into(e.status));
  st.exchange(soci::into(e.quality_score));
  st.exchange(soci::into(r.reworked));
  for (auto* v : {&e.fee_payable_fen, &e.score}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.grade));
  for (auto* v : {&e.finalised_at, &e.results_sent_at}) st.exchange(soci::into(*v));
  st.exchange(soci::into(e.results_document_id));
  st.exchange(soci::into(e.created_by));
  st.exchange(soci::into(e.created_by_name));
  st.exchange(soci::into(e.version));
  for (auto* v : {&e.created_at, &e.updated_at}) st.exchange(soci::into(*v));
}

std::vector<KeyEvaluation> fetch(soci::session& s, db::Query& q, const EvaluationReader& who) {
  std::vector<KeyEvaluation> out;
  for (auto& r : db::fetch_all<Row>(s, q, bind_row)) {
    r.e.reworked = r.reworked != 0;
    if (!who.fees_visible) {
      r.e.contract_fee_fen = r.e.quality_score = r.e.fee_payable_fen = -1;
      r.e.reworked = false;
    }
    out.push_back(std::move(r.e));
  }
  return out;
}

void conditions(db::Query& q, const EvaluationFilter& f, const EvaluationReader& who) {
  if (who.agency_id > 0) {
    q.sql("WHERE e.agency_id = ").bind(who.agency_id);
  } else if (who.expert_id > 0) {
    q.sql("WHERE e.id IN (SELECT evaluation_id FROM key_evaluation_experts WHERE expert_id = ");
    q.bind(who.expert_id).sql(")");
  } else {
    q.sql("WHERE ");
    auth::append_scope(q, who.scope, {"e.region_id", "e.department_id", "e.unit_id"});
  }
  if (!who.plan_visible) q.sql(" AND e.status <> 'planned'");
  if (f.year) q.sql(" AND e.year = ").bind(*f.year);
  if (f.region_id) q.sql(" AND e.region_id = ").bind(*f.region_id);
  if (f.kind) q.sql(" AND e.kind = ").bind(*f.kind);
  if (f.status) q.sql(" AND e.status = ").bind(*f.status);
  if (f.mode) q.sql(" AND e.mode = ").bind(*f.mode);
  if (f.fund_type) q.sql(" AND e.fund_type = ").bind(*f.fund_type);
  if (f.agency_id) q.sql(" AND e.agency_id = ").bind(*f.agency_id);
  if (f.project_id) q.sql(" AND e.project_id = ").bind(*f.project_id);
  if (f.department_id) q.sql(" AND e.department_id = ").bind(*f.department_id);
  if (f.text) q.sql(" AND e.name LIKE ").bind("%" + escape_like(*f.text) + "%").sql(" ESCAPE '\\'");
  if (f.queue) append_queue(q, *f.queue, who.expert_id);
}

// A nullable reference column: 0 is NULL.
struct Ref {
  long long value;
  soci::indicator ind;
  explicit Ref(long long v) : value(v), ind(v ? soci::i_ok : soci::i_null) {}
};

}  // namespace

std::optional<KeyEvaluation> find(soci::session& s, long long id, const EvaluationReader& who) {
  db::Query q(kSelect);
  conditions(q, {}, who);
  q.sql(" AND e.id = ").bind(id);
  auto rows = fetch(s, q, who);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<KeyEvaluation> list(soci::session& s, const EvaluationFilter& f,
                                const EvaluationReader& who) {
  db::Query q(kSelect);
  conditions(q, f, who);
  q.sql(" ORDER BY e.id").page(f.limit, f.offset);
  return fetch(s, q, who);
}

long long count(soci::session& s, const EvaluationFilter& f, const EvaluationReader& who) {
  db::Query q("SELECT COUNT(*) FROM key_evaluations e ");
  conditions(q, f, who);
  return q.scalar(s);
}

long long insert(soci::session& s, const KeyEvaluation& e) {
  Ref project(e.project_id), department(e.department_id), unit(e.unit_id),
      subject_region(e.subject_region_id);
  return db::insert_returning(
      s,
      "INSERT INTO key_evaluations (region_id, year, kind, name, scope, project_id, "
      "department_id, unit_id, subject_region_id, fund_type, budget_fen, due, mode, status, "
      "created_by, created_at, updated_at) VALUES (:r, :y, :k, :n, :sc, :p, :d, :u, :sr, :f, :b, "
      ":due, :m, :st, :cb, :ca, :ua)",
      soci::use(e.region_id), soci::use(e.year), soci::use(e.kind), soci::use(e.name),
      soci::use(e.scope), soci::use(project.value, project.ind),
      soci::use(department.value, department.ind), soci::use(unit.value, unit.ind),
      soci::use(subject_region.value, subject_region.ind), soci::use(e.fund_type),
      soci::use(e.budget_fen), soci::use(e.due), soci::use(e.mode), soci::use(e.status),
      soci::use(e.created_by), soci::use(e.created_at), soci::use(e.updated_at));
}

bool update_plan(soci::session& s, const KeyEvaluation& e, long long expected_version) {
  Ref project(e.project_id), department(e.department_id), unit(e.unit_id),
      subject_region(e.subject_region_id);
  return db::execute_counting(
             s,
             "UPDATE key_evaluations SET kind = :k, name = :n, scope = :sc, project_id = :p, "
             "department_id = :d, unit_id = :u, subject_region_id = :sr, fund_type = :f, "
             "budget_fen = :b, due = :due, mode = :m, updated_at = :ua, version = version + 1 "
             "WHERE id = :id AND version = :v",
             soci::use(e.kind), soci::use(e.name), soci::use(e.scope),
             soci::use(project.value, project.ind), soci::use(department.value, department.ind),
             soci::use(unit.value, unit.ind), soci::use(subject_region.value, subject_region.ind),
             soci::use(e.fund_type), soci::use(e.budget_fen), soci::use(e.due), soci::use(e.mode),
             soci::use(e.updated_at), soci::use(e.id), soci::use(expected_version)) == 1;
}

bool remove(soci::session& s, long long id, long long expected_version) {
  return db::execute_counting(s, "DELETE FROM key_evaluations WHERE id = :id AND version = :v",
                              soci::use(id), soci::use(expected_version)) == 1;
}

bool move(soci::session& s, const KeyEvaluation& e, long long expected_version) {
  Ref agency(e.agency_id), letter(e.results_document_id);
  const auto when = [](const std::string& at) { return at.empty() ? soci::i_null : soci::i_ok; };
  soci::indicator has_finalised = when(e.finalised_at), has_sent = when(e.results_sent_at);
  const auto known = [](long long v) { return v < 0 ? soci::i_null : soci::i_ok; };
  soci::indicator has_quality = known(e.quality_score), has_fee = known(e.fee_payable_fen),
                  has_score = known(e.score),
                  has_grade = e.grade.empty() ? soci::i_null : soci::i_ok;
  const long long reworked = e.reworked ? 1 : 0;
  return db::execute_counting(
             s,
             "UPDATE key_evaluations SET status = :st, agency_id = :a, contract_fee_fen = :cf, "
             "quality_score = :q, reworked = :rw, fee_payable_fen = :fp, score = :sc, grade = "
             ":g, finalised_at = :fa, results_sent_at = :rs, results_document_id = :rd, "
             "updated_at = :ua, version = version + 1 WHERE id = :id AND version = :v",
             soci::use(e.status), soci::use(agency.value, agency.ind),
             soci::use(e.contract_fee_fen), soci::use(e.quality_score, has_quality),
             soci::use(reworked), soci::use(e.fee_payable_fen, has_fee),
             soci::use(e.score, has_score), soci::use(e.grade, has_grade),
             soci::use(e.finalised_at, has_finalised), soci::use(e.results_sent_at, has_sent),
             soci::use(letter.value, letter.ind), soci::use(e.updated_at), soci::use(e.id),
             soci::use(expected_version)) == 1;
}

long long same_subject(soci::session& s, const KeyEvaluation& e) {
  db::Query q("SELECT COALESCE(MIN(id), 0) FROM key_evaluations WHERE region_id = ");
  q.bind(e.region_id).sql(" AND year = ").bind(e.year).sql(" AND kind = ").bind(e.kind);
  q.sql(" AND id <> ").bind(e.id);
  if (e.project_id)
    q.sql(" AND project_id = ").bind(e.project_id);
  else if (e.subject_region_id)
    q.sql(" AND subject_region_id = ").bind(e.subject_region_id);
  else if (e.kind == "policy")
    q.sql(" AND name = ").bind(e.name);
  else
    q.sql(" AND department_id = ").bind(e.department_id);
  return q.scalar(s);
}

}  // namespace jixiao::key_evaluation::evaluation_repo
