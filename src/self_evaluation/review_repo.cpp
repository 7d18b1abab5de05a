#include "self_evaluation/review_repo.h"

#include <boost/json.hpp>
#include <set>

#include "auth/scope_sql.h"
#include "db/query.h"
#include "self_evaluation/repo_totals.h"

namespace jixiao::self_evaluation::review_repo {

namespace {

// --- How a plan's lists and the signals' parameters are stored (TEXT, JSON) ---

std::string ids_text(const std::vector<long long>& ids) {
  boost::json::array a;
  for (long long id : ids) a.push_back(id);
  return boost::json::serialize(a);
}

std::vector<long long> ids_of(const std::string& text) {
  std::vector<long long> out;
  boost::system::error_code ec;
  const auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& x : v.as_array())
    if (x.is_int64()) out.push_back(x.as_int64());
  return out;
}

std::string signals_text(const SignalParams& g) {
  return boost::json::serialize(
      boost::json::object{{"high_score", g.high_score},
                          {"low_execution_percent", g.low_execution_percent},
                          {"all_at_target_min", g.all_at_target_min},
                          {"self_above_computed_weight", g.self_above_computed_weight},
                          {"high_score_low_execution_weight", g.high_score_low_execution_weight},
                          {"all_at_target_weight", g.all_at_target_weight},
                          {"no_evidence_weight", g.no_evidence_weight},
                          {"impossible_then_met_weight", g.impossible_then_met_weight}});
}

SignalParams signals_of_text(const std::string& text) {
  SignalParams g;
  boost::system::error_code ec;
  const auto v = boost::json::parse(text, ec);
  if (ec || !v.is_object()) return g;
  const auto& o = v.as_object();
  const auto read = [&](const char* key, long long& out) {
    if (const auto* x = o.if_contains(key); x && x->is_int64()) out = x->as_int64();
  };
  read("high_score", g.high_score);
  read("low_execution_percent", g.low_execution_percent);
  read("all_at_target_min", g.all_at_target_min);
  read("self_above_computed_weight", g.self_above_computed_weight);
  read("high_score_low_execution_weight", g.high_score_low_execution_weight);
  read("all_at_target_weight", g.all_at_target_weight);
  read("no_evidence_weight", g.no_evidence_weight);
  read("impossible_then_met_weight", g.impossible_then_met_weight);
  return g;
}

// --- Plans ---

constexpr const char* kPlanColumns =
    "SELECT p.id, p.region_id, g.name, p.year, p.status, p.amount_threshold_fen, p.key_projects, "
    "p.key_project_ids, p.key_department_ids, p.sample_percent, p.weighted, p.seed, "
    "p.signal_params, p.inflated_points, p.answer_days, p.candidates, p.candidate_fen, p.sampled, "
    "p.sampled_fen, p.summary, p.created_by, c.display_name, p.created_at, COALESCE(p.fixed_by, "
    "0), COALESCE(f.display_name, ''), COALESCE(p.fixed_at, ''), p.updated_at, p.version FROM "
    "self_evaluation_review_plans p JOIN regions g ON g.id = p.region_id JOIN users c ON c.id = "
    "p.created_by LEFT JOIN users f ON f.id = p.fixed_by";

struct PlanRow {
  ReviewPlan p;
  long long key_projects = 0, weighted = 0, seed = 0;
  std::string key_project_ids, key_department_ids, signal_params;
};

void bind_plan(soci::statement& st, PlanRow& r) {
  auto& p = r.p;
  st.exchange(soci::into(p.id));
  st.exchange(soci::into(p.region_id));
  st.exchange(soci::into(p.region_name));
  st.exchange(soci::into(p.year));
  st.exchange(soci::into(p.status));
  st.exchange(soci::into(p.params.amount_threshold_fen));
  st.exchange(soci::into(r.key_projects));
  st.exchange(soci::into(r.key_project_ids));
  st.exchange(soci::into(r.key_department_ids));
  st.exchange(soci::into(p.params.sample_percent));
  st.exchange(soci::into(r.weighted));
  st.exchange(soci::into(r.seed));
  st.exchange(soci::into(r.signal_params));
  st.exchange(soci::into(p.inflated_points));
  st.exchange(soci::into(p.answer_days));
  st.exchange(soci::into(p.candidates));
  st.exchange(soci::into(p.candidate_fen));
  st.exchange(soci::into(p.sampled));
  st.exchange(soci::into(p.sampled_fen));
  st.exchange(soci::into(p.summary));
  st.exchange(soci::into(p.created_by));
  st.exchange(soci::into(p.created_by_name));
  st.exchange(soci::into(p.created_at));
  st.exchange(soci::into(p.fixed_by));
  st.exchange(soci::into(p.fixed_by_name));
  st.exchange(soci::into(p.fixed_at));
  st.exchange(soci::into(p.updated_at));
  st.exchange(soci::into(p.version));
}

std::vector<ReviewPlan> fetch_plans(soci::session& s, db::Query& q) {
  std::vector<ReviewPlan> out;
  for (auto& r : db::fetch_all<PlanRow>(s, q, bind_plan)) {
    r.p.key_projects = r.key_projects != 0;
    r.p.params.weighted = r.weighted != 0;
    r.p.params.seed = static_cast<std::uint64_t>(r.seed);
    r.p.params.key_project_ids = ids_of(r.key_project_ids);
    r.p.params.key_department_ids = ids_of(r.key_department_ids);
    r.p.signals = signals_of_text(r.signal_params);
    out.push_back(std::move(r.p));
  }
  return out;
}

void append_plan_scope(db::Query& q, const auth::DataScope& scope) {
  using K = auth::DataScope::Kind;
  // Plans belong to a region alone: a scope of departments or units holds none.
  if (scope.kind != K::region_tree && scope.kind != K::region) {
    q.sql("(1 = 0)");
    return;
  }
  auth::append_scope(q, scope, {"p.region_id", "0", "0"});
}

// --- Samples ---

constexpr const char* kSampleColumns =
    "SELECT x.id, x.plan_id, x.evaluation_id, x.region_id, x.department_id, x.unit_id, "
    "COALESCE(x.project_id, 0), x.year, x.budget_fen, x.reason, x.weight, x.signals, "
    "COALESCE(x.reviewer_id, 0), COALESCE(x.assigned_by, 0), COALESCE(x.assigned_at, ''), "
    "x.status, COALESCE(x.review_total, -1), x.inflated, x.inflation_detail, "
    "COALESCE(x.finding_id, 0), COALESCE(x.document_id, 0), COALESCE(x.completed_by, 0), "
    "COALESCE(x.completed_at, ''), x.version, x.created_at, x.updated_at, COALESCE(pr.code, ''), "
    "COALESCE(pr.name, d.name), u.name, d.name, g.name, COALESCE(rv.display_name, ''), e.status, "
    "e.computed_total, COALESCE(e.self_total, -1), COALESCE(od.number, ''), e.target_id FROM "
    "self_evaluation_review_samples x JOIN self_evaluations e ON e.id = x.evaluation_id LEFT JOIN "
    "projects pr ON pr.id = x.project_id JOIN units u ON u.id = x.unit_id JOIN units d ON d.id = "
    "x.department_id JOIN regions g ON g.id = x.region_id LEFT JOIN users rv ON rv.id = "
    "x.reviewer_id LEFT JOIN official_documents od ON od.id = x.document_id";

struct SampleRow {
  ReviewSample x;
  long long review_total = -1, inflated = 0, self_total = -1;
};

void bind_sample(soci::statement& st, SampleRow& r) {
  auto& x = r.x;
  st.exchange(soci::into(x.id));
  st.exchange(soci::into(x.plan_id));
  st.exchange(soci::into(x.evaluation_id));
  st.exchange(soci::into(x.region_id));
  st.exchange(soci::into(x.department_id));
  st.exchange(soci::into(x.unit_id));
  st.exchange(soci::into(x.project_id));
  st.exchange(soci::into(x.year));
  st.exchange(soci::into(x.budget_fen));
  st.exchange(soci::into(x.reason));
  st.exchange(soci::into(x.weight));
  st.exchange(soci::into(x.signals));
  st.exchange(soci::into(x.reviewer_id));
  st.exchange(soci::into(x.assigned_by));
  st.exchange(soci::into(x.assigned_at));
  st.exchange(soci::into(x.status));
  st.exchange(soci::into(r.review_total));
  st.exchange(soci::into(r.inflated));
  st.exchange(soci::into(x.inflation_detail));
  st.exchange(soci::into(x.finding_id));
  st.exchange(soci::into(x.document_id));
  st.exchange(soci::into(x.completed_by));
  st.exchange(soci::into(x.completed_at));
  st.exchange(soci::into(x.version));
  st.exchange(soci::into(x.created_at));
  st.exchange(soci::into(x.updated_at));
  st.exchange(soci::into(x.code));
  st.exchange(soci::into(x.name));
  st.exchange(soci::into(x.unit_name));
  st.exchange(soci::into(x.department_name));
  st.exchange(soci::into(x.region_name));
  st.exchange(soci::into(x.reviewer_name));
  st.exchange(soci::into(x.evaluation_status));
  st.exchange(soci::into(x.computed_total));
  st.exchange(soci::into(r.self_total));
  st.exchange(soci::into(x.document_number));
  st.exchange(soci::into(x.target_id));
}

std::vector<ReviewSample> fetch_samples(soci::session& s, db::Query& q) {
  std::vector<ReviewSample> out;
  for (auto& r : db::fetch_all<SampleRow>(s, q, bind_sample)) {
    if (r.review_total >= 0) r.x.review_total = r.review_total;
    if (r.self_total >= 0) r.x.self_total = r.self_total;
    r.x.inflated = r.inflated != 0;
    out.push_back(std::move(r.x));
  }
  return out;
}

void append_sample_filter(db::Query& q, const SampleFilter& f, const SampleReader& reader) {
  q.sql(" WHERE (");
  auth::append_scope(q, reader.scope, {"x.region_id", "x.department_id", "x.unit_id"});
  if (reader.reviewer_id) q.sql(" OR x.reviewer_id = ").bind(reader.reviewer_id);
  q.sql(")");
  if (f.plan_id) q.sql(" AND x.plan_id = ").bind(*f.plan_id);
  if (f.reviewer_id) q.sql(" AND x.reviewer_id = ").bind(*f.reviewer_id);
  if (f.year) q.sql(" AND x.year = ").bind(*f.year);
  if (f.status) q.sql(" AND x.status = ").bind(*f.status);
  if (f.reason) q.sql(" AND x.reason = ").bind(*f.reason);
  if (f.assigned)
    q.sql(*f.assigned ? " AND x.reviewer_id IS NOT NULL" : " AND x.reviewer_id IS NULL");
  if (f.inflated) q.sql(" AND x.inflated = ").bind(*f.inflated ? 1LL : 0LL);
}

// Rows by id in chunks of a bounded IN list.
template <class Each>
void by_chunks(const std::vector<long long>& ids, Each each) {
  constexpr std::size_t kChunk = 500;
  for (std::size_t at = 0; at < ids.size(); at += kChunk) {
    const std::vector<long long> chunk(ids.begin() + at,
                                       ids.begin() + std::min(ids.size(), at + kChunk));
    each(chunk);
  }
}

void append_ids(db::Query& q, const std::vector<long long>& ids) {
  q.sql("(");
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(ids[i]);
  }
  q.sql(")");
}

void bind_named(soci::statement& st, Named& n) {
  st.exchange(soci::into(n.id));
  st.exchange(soci::into(n.code));
  st.exchange(soci::into(n.name));
  st.exchange(soci::into(n.unit_name));
  st.exchange(soci::into(n.department_name));
}

std::vector<Named> named(soci::session& s, const char* select, const std::vector<long long>& ids) {
  std::vector<Named> out;
  by_chunks(ids, [&](const std::vector<long long>& chunk) {
    db::Query q(select);
    append_ids(q, chunk);
    for (auto& n : db::fetch_all<Named>(s, q, bind_named)) out.push_back(std::move(n));
  });
  return out;
}

}  // namespace

// --- Plans ---

long long insert_plan(soci::session& s, const ReviewPlan& p) {
  const long long key_projects = p.key_projects ? 1 : 0;
  const long long weighted = p.params.weighted ? 1 : 0;
  const long long seed = static_cast<long long>(p.params.seed);
  return db::insert_returning(
      s,
      "INSERT INTO self_evaluation_review_plans (region_id, year, status, amount_threshold_fen, "
      "key_projects, key_project_ids, key_department_ids, sample_percent, weighted, seed, "
      "signal_params, inflated_points, answer_days, created_by, created_at, updated_at) VALUES "
      "(:r, :y, :st, :a, :k, :kp, :kd, :sp, :w, :seed, :sg, :ip, :ad, :by, :at, :up)",
      soci::use(p.region_id), soci::use(p.year), soci::use(p.status),
      soci::use(p.params.amount_threshold_fen), soci::use(key_projects),
      soci::use(ids_text(p.params.key_project_ids)),
      soci::use(ids_text(p.params.key_department_ids)), soci::use(p.params.sample_percent),
      soci::use(weighted), soci::use(seed), soci::use(signals_text(p.signals)),
      soci::use(p.inflated_points), soci::use(p.answer_days), soci::use(p.created_by),
      soci::use(p.created_at), soci::use(p.updated_at));
}

std::optional<ReviewPlan> find_plan(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kPlanColumns);
  q.sql(" WHERE ");
  append_plan_scope(q, scope);
  q.sql(" AND p.id = ").bind(id);
  auto rows = fetch_plans(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<ReviewPlan> plan_of_sample(soci::session& s, long long plan_id) {
  db::Query q(kPlanColumns);
  q.sql(" WHERE p.id = ").bind(plan_id);
  auto rows = fetch_plans(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ReviewPlan> plans(soci::session& s, std::optional<long long> year,
                              const auth::DataScope& scope) {
  db::Query q(kPlanColumns);
  q.sql(" WHERE ");
  append_plan_scope(q, scope);
  if (year) q.sql(" AND p.year = ").bind(*year);
  q.sql(" ORDER BY p.year DESC, g.path, p.id");
  return fetch_plans(s, q);
}

std::optional<ReviewPlan> plan_over(soci::session& s, const std::string& region_path,
                                    long long year) {
  // The regions above a path are its prefixes: "/1/4/" lies under "/1/".
  db::Query q(kPlanColumns);
  q.sql(" WHERE p.year = ").bind(year).sql(" AND ").bind(region_path);
  q.sql(" LIKE g.path || '%' ORDER BY g.path LIMIT 1");
  auto rows = fetch_plans(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

bool update_plan(soci::session& s, const ReviewPlan& p, long long expected_version) {
  const long long key_projects = p.key_projects ? 1 : 0;
  const long long weighted = p.params.weighted ? 1 : 0;
  const long long seed = static_cast<long long>(p.params.seed);
  const long long fixed_by = p.fixed_by;
  soci::indicator has_fixed = p.fixed_by ? soci::i_ok : soci::i_null;
  soci::indicator has_fixed_at = p.fixed_at.empty() ? soci::i_null : soci::i_ok;
  return db::execute_counting(
             s,
             "UPDATE self_evaluation_review_plans SET status = :st, amount_threshold_fen = :a, "
             "key_projects = :k, key_project_ids = :kp, key_department_ids = :kd, sample_percent "
             "= :sp, weighted = :w, seed = :seed, signal_params = :sg, inflated_points = :ip, "
             "answer_days = :ad, candidates = :c, candidate_fen = :cf, sampled = :n, sampled_fen "
             "= :nf, summary = :sum, fixed_by = :fb, fixed_at = :fa, updated_at = :up, version = "
             "version + 1 WHERE id = :id AND version = :v",
             soci::use(p.status), soci::use(p.params.amount_threshold_fen), soci::use(key_projects),
             soci::use(ids_text(p.params.key_project_ids)),
             soci::use(ids_text(p.params.key_department_ids)), soci::use(p.params.sample_percent),
             soci::use(weighted), soci::use(seed), soci::use(signals_text(p.signals)),
             soci::use(p.inflated_points), soci::use(p.answer_days), soci::use(p.candidates),
             soci::use(p.candidate_fen), soci::use(p.sampled), soci::use(p.sampled_fen),
             soci::use(p.summary), soci::use(fixed_by, has_fixed),
             soci::use(p.fixed_at, has_fixed_at), soci::use(p.updated_at), soci::use(p.id),
             soci::use(expected_version)) == 1;
}

// --- Candidates ---

std::vector<CandidateRow> candidates(soci::session& s, const ReviewPlan& p,
                                     const std::string& region_path) {
  struct Row {
    CandidateRow c;
    long long major = 0;
  };
  db::Query q(
      "SELECT e.id, COALESCE(e.project_id, 0), e.region_id, e.department_id, e.unit_id, "
      "e.budget_fen, CASE WHEN m.project_id "
      "IS NULL THEN 0 ELSE 1 END FROM self_evaluations e LEFT JOIN assessment_major_projects m ON "
      "m.project_id = e.project_id WHERE e.year = ");
  q.bind(p.year).sql(" AND e.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(
       ") AND NOT EXISTS (SELECT 1 FROM self_evaluation_review_samples x WHERE x.evaluation_id = "
       "e.id AND x.plan_id <> ")
      .bind(p.id)
      .sql(") ORDER BY e.id");
  std::vector<CandidateRow> out;
  for (auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.c.evaluation_id));
         st.exchange(soci::into(r.c.project_id));
         st.exchange(soci::into(r.c.region_id));
         st.exchange(soci::into(r.c.department_id));
         st.exchange(soci::into(r.c.unit_id));
         st.exchange(soci::into(r.c.budget_fen));
         st.exchange(soci::into(r.major));
       })) {
    r.c.major = r.major != 0;
    out.push_back(r.c);
  }
  return out;
}

bool evaluated_project(soci::session& s, const std::string& region_path, long long year,
                       long long project_id) {
  db::Query q("SELECT COUNT(*) FROM self_evaluations WHERE project_id = ");
  q.bind(project_id).sql(" AND year = ").bind(year).sql(" AND region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(")");
  return q.scalar(s) > 0;
}

bool department_in(soci::session& s, const std::string& region_path, long long department_id) {
  db::Query q("SELECT COUNT(*) FROM units WHERE kind = 'department' AND id = ");
  q.bind(department_id).sql(" AND region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(")");
  return q.scalar(s) > 0;
}

std::vector<Named> evaluation_names(soci::session& s, const std::vector<long long>& ids) {
  return named(s,
               "SELECT e.id, COALESCE(p.code, ''), COALESCE(p.name, d.name), u.name, d.name FROM "
               "self_evaluations e LEFT JOIN projects p ON p.id = e.project_id JOIN units u ON "
               "u.id = e.unit_id JOIN units d ON d.id = e.department_id WHERE e.id IN ",
               ids);
}

std::vector<Named> project_names(soci::session& s, const std::vector<long long>& ids) {
  return named(s,
               "SELECT p.id, p.code, p.name, u.name, d.name FROM projects p JOIN units u ON u.id = "
               "p.unit_id JOIN units d ON d.id = p.department_id WHERE p.id IN ",
               ids);
}

std::vector<Named> department_names(soci::session& s, const std::vector<long long>& ids) {
  return named(
      s, "SELECT id, code, name, name, name FROM units WHERE kind = 'department' AND id IN ", ids);
}

// --- Samples ---

void insert_samples(soci::session& s, const std::vector<ReviewSample>& samples) {
  for (const auto& x : samples) {
    const long long project = x.project_id;
    soci::indicator has_project = x.project_id ? soci::i_ok : soci::i_null;
    s << "INSERT INTO self_evaluation_review_samples (plan_id, evaluation_id, region_id, "
         "department_id, unit_id, project_id, year, budget_fen, reason, weight, signals, status, "
         "created_at, updated_at) VALUES (:p, :e, :r, :d, :u, :pr, :y, :b, :re, :w, :sg, :st, "
         ":at, :up)",
        soci::use(x.plan_id), soci::use(x.evaluation_id), soci::use(x.region_id),
        soci::use(x.department_id), soci::use(x.unit_id), soci::use(project, has_project),
        soci::use(x.year), soci::use(x.budget_fen), soci::use(x.reason), soci::use(x.weight),
        soci::use(x.signals), soci::use(x.status), soci::use(x.created_at), soci::use(x.updated_at);
  }
  // The kept totals count the plan's evaluations as sampled from now on.
  std::set<long long> plans;
  for (const auto& x : samples) plans.insert(x.plan_id);
  for (long long plan : plans) repo::add_plan_samples_to_totals(s, plan);
}

std::optional<ReviewSample> find_sample(soci::session& s, long long id,
                                        const SampleReader& reader) {
  db::Query q(kSampleColumns);
  append_sample_filter(q, SampleFilter{}, reader);
  q.sql(" AND x.id = ").bind(id);
  auto rows = fetch_samples(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<ReviewSample> samples(soci::session& s, const SampleFilter& f,
                                  const SampleReader& reader) {
  db::Query q(kSampleColumns);
  append_sample_filter(q, f, reader);
  if (f.after_id) q.sql(" AND x.id > ").bind(f.after_id);
  q.sql(" ORDER BY x.id").page(f.limit, f.offset);
  return fetch_samples(s, q);
}

long long count_samples(soci::session& s, const SampleFilter& f, const SampleReader& reader) {
  db::Query q("SELECT COUNT(*) FROM self_evaluation_review_samples x");
  append_sample_filter(q, f, reader);
  return q.scalar(s);
}

bool assign(soci::session& s, long long id, long long expected_version, long long reviewer_id,
            long long by, const std::string& at) {
  return db::execute_counting(
             s,
             "UPDATE self_evaluation_review_samples SET reviewer_id = :r, assigned_by = :b, "
             "assigned_at = :at, updated_at = :up, version = version + 1 WHERE id = :id AND "
             "version = :v",
             soci::use(reviewer_id), soci::use(by), soci::use(at), soci::use(at), soci::use(id),
             soci::use(expected_version)) == 1;
}

bool update_sample(soci::session& s, const ReviewSample& x, long long expected_version) {
  const long long total = x.review_total.value_or(0);
  soci::indicator has_total = x.review_total ? soci::i_ok : soci::i_null;
  const long long inflated = x.inflated ? 1 : 0;
  const long long finding = x.finding_id, document = x.document_id, completed = x.completed_by;
  soci::indicator has_finding = x.finding_id ? soci::i_ok : soci::i_null;
  soci::indicator has_document = x.document_id ? soci::i_ok : soci::i_null;
  soci::indicator has_completed = x.completed_by ? soci::i_ok : soci::i_null;
  soci::indicator has_completed_at = x.completed_at.empty() ? soci::i_null : soci::i_ok;
  // The kept totals lose the evaluation with the sample as it was and gain it as it is now.
  repo::add_evaluation_to_totals(s, x.evaluation_id, -1);
  const bool done =
      db::execute_counting(
          s,
          "UPDATE self_evaluation_review_samples SET status = :st, review_total = :t, inflated "
          "= :i, inflation_detail = :d, finding_id = :f, document_id = :doc, completed_by = "
          ":cb, completed_at = :ca, updated_at = :up, version = version + 1 WHERE id = :id AND "
          "version = :v",
          soci::use(x.status), soci::use(total, has_total), soci::use(inflated),
          soci::use(x.inflation_detail), soci::use(finding, has_finding),
          soci::use(document, has_document), soci::use(completed, has_completed),
          soci::use(x.completed_at, has_completed_at), soci::use(x.updated_at), soci::use(x.id),
          soci::use(expected_version)) == 1;
  repo::add_evaluation_to_totals(s, x.evaluation_id, 1);
  return done;
}

std::optional<std::pair<long long, long long>> reviewed_by(soci::session& s,
                                                           long long evaluation_id,
                                                           long long user_id) {
  db::Query q(
      "SELECT region_id, unit_id FROM self_evaluation_review_samples WHERE evaluation_id = ");
  q.bind(evaluation_id).sql(" AND reviewer_id = ").bind(user_id);
  return db::fetch_first<std::pair<long long, long long>>(
      s, q, [](soci::statement& st, std::pair<long long, long long>& r) {
        st.exchange(soci::into(r.first));
        st.exchange(soci::into(r.second));
      });
}

std::vector<long long> writers(soci::session& s, long long evaluation_id, long long target_id) {
  // The evaluation's save and submit; the target's writing actions, as R-KE-3's check of an
  // assessment's scorers reads them.
  db::Query q(
      "SELECT DISTINCT actor_id FROM audit_log WHERE actor_id IS NOT NULL AND ((entity = "
      "'self_evaluation' AND entity_id = ");
  q.bind(evaluation_id);
  q.sql(" AND action IN ('save', 'submit')) OR (entity = 'target' AND entity_id = ")
      .bind(target_id)
      .sql(" AND action IN ('create', 'update', 'submit', 'adjust', 'withdraw')))");
  return db::fetch_all<long long>(
      s, q, [](soci::statement& st, long long& v) { st.exchange(soci::into(v)); });
}

// --- The review's scores on the evaluation ---

void set_review_score(soci::session& s, long long evaluation_id, long long position,
                      std::optional<long long> score, const std::string& note) {
  const long long value = score.value_or(0);
  soci::indicator has = score ? soci::i_ok : soci::i_null;
  s << "UPDATE self_evaluation_indicators SET review_score = :s, review_note = :n WHERE "
       "evaluation_id = :e AND position = :p",
      soci::use(value, has), soci::use(note), soci::use(evaluation_id), soci::use(position);
}

bool set_review_total(soci::session& s, long long evaluation_id, long long expected_version,
                      long long total, const std::string& grade, const std::string& at) {
  repo::add_evaluation_to_totals(s, evaluation_id, -1);  // its grade moves in the kept totals
  const bool done =
      db::execute_counting(s,
                           "UPDATE self_evaluation_forms SET review_total = :t, updated_at = :up, "
                           "version = version + 1 WHERE id = :id AND version = :v",
                           soci::use(total), soci::use(at), soci::use(evaluation_id),
                           soci::use(expected_version)) == 1;
  if (done)
    s << "UPDATE self_evaluation_scores SET grade = :g WHERE evaluation_id = :id", soci::use(grade),
        soci::use(evaluation_id);
  repo::add_evaluation_to_totals(s, evaluation_id, 1);
  return done;
}

}  // namespace jixiao::self_evaluation::review_repo
