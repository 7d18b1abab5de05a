#include "targets/repo.h"

#include <boost/json.hpp>

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::targets::repo {

namespace {

constexpr const char* kColumns =
    "SELECT t.id, t.region_id, t.year, t.kind, COALESCE(t.project_id, 0), t.unit_id, "
    "t.department_id, t.framework_version, t.overall_goal, t.medium_term_goal, t.duties, t.tasks, "
    "COALESCE(t.amount_fen, -1), t.status, t.score, t.grade, t.not_funded, t.errors, t.warnings, "
    "t.version, COALESCE(t.submitted_at, ''), COALESCE(t.decided_at, ''), t.created_at, "
    "t.updated_at, COALESCE(p.code, ''), COALESCE(p.name, ''), COALESCE(p.amount_fen, 0), "
    "COALESCE(p.fund_type, ''), COALESCE(p.function_class, ''), u.name, d.name, "
    "(SELECT COUNT(*) FROM target_indicators i WHERE i.target_id = t.id) "
    "FROM targets t LEFT JOIN projects p ON p.id = t.project_id "
    "JOIN units u ON u.id = t.unit_id JOIN units d ON d.id = t.department_id";

struct Row {
  Target t;
  std::string tasks;
  long long amount = -1;
  long long not_funded = 0;
};

void bind_row(soci::statement& st, Row& r) {
  Target& t = r.t;
  st.exchange(soci::into(t.id));
  st.exchange(soci::into(t.region_id));
  st.exchange(soci::into(t.year));
  st.exchange(soci::into(t.kind));
  st.exchange(soci::into(t.project_id));
  st.exchange(soci::into(t.unit_id));
  st.exchange(soci::into(t.department_id));
  st.exchange(soci::into(t.framework_version));
  st.exchange(soci::into(t.draft.overall_goal));
  st.exchange(soci::into(t.draft.medium_term_goal));
  st.exchange(soci::into(t.draft.duties));
  st.exchange(soci::into(r.tasks));
  st.exchange(soci::into(r.amount));
  st.exchange(soci::into(t.status));
  st.exchange(soci::into(t.score));
  st.exchange(soci::into(t.grade));
  st.exchange(soci::into(r.not_funded));
  st.exchange(soci::into(t.errors));
  st.exchange(soci::into(t.warnings));
  st.exchange(soci::into(t.version));
  st.exchange(soci::into(t.submitted_at));
  st.exchange(soci::into(t.decided_at));
  st.exchange(soci::into(t.created_at));
  st.exchange(soci::into(t.updated_at));
  st.exchange(soci::into(t.project_code));
  st.exchange(soci::into(t.project_name));
  st.exchange(soci::into(t.project_amount_fen));
  st.exchange(soci::into(t.fund_type));
  st.exchange(soci::into(t.function_class));
  st.exchange(soci::into(t.unit_name));
  st.exchange(soci::into(t.department_name));
  st.exchange(soci::into(t.indicator_count));
}

std::vector<Task> tasks_from_json(const std::string& text) {
  std::vector<Task> out;
  const auto v = boost::json::parse(text);
  for (const auto& item : v.as_array()) {
    const auto& o = item.as_object();
    Task task;
    task.duty = std::string(o.at("duty").as_string());
    task.name = std::string(o.at("name").as_string());
    task.amount_fen = o.at("amount_fen").to_number<long long>();
    for (const auto& id : o.at("project_ids").as_array())
      task.project_ids.push_back(id.to_number<long long>());
    out.push_back(std::move(task));
  }
  return out;
}

std::string tasks_to_json(const std::vector<Task>& tasks) {
  boost::json::array a;
  for (const auto& t : tasks) {
    boost::json::array ids;
    for (long long id : t.project_ids) ids.push_back(id);
    a.push_back({{"duty", t.duty},
                 {"name", t.name},
                 {"amount_fen", t.amount_fen},
                 {"project_ids", std::move(ids)}});
  }
  return boost::json::serialize(a);
}

void finish_row(Row& r) {
  r.t.draft.kind = r.t.kind;
  r.t.draft.tasks = tasks_from_json(r.tasks);
  r.t.not_funded = r.not_funded != 0;
  if (r.t.project_id) r.t.draft.project_id = r.t.project_id;
  // Project targets compare cost with the project's money; department targets keep their own.
  if (r.t.kind == "project")
    r.t.draft.amount_fen = r.t.project_amount_fen;
  else if (r.amount >= 0)
    r.t.draft.amount_fen = r.amount;
}

constexpr auth::ScopeColumns kScopeColumns{"t.region_id", "t.department_id", "t.unit_id"};

// A page passes its session so that a region tree's page walks the (year, id) index in order
// (auth::append_page_scope) instead of reading every region's targets and sorting them.
void append_reader(db::Query& q, const Reader& reader, soci::session* page = nullptr) {
  if (reader.reviewer_id > 0) {
    q.sql("t.id IN (SELECT target_id FROM review_assignments WHERE reviewer_id = ");
    q.bind(reader.reviewer_id).sql(")");
  } else if (page) {
    auth::append_page_scope(*page, q, reader.scope, kScopeColumns);
  } else {
    auth::append_scope(q, reader.scope, kScopeColumns);
  }
}

// The column of the project's fund type: the joined project's, or target_totals' own.
void append_filter(db::Query& q, const TargetFilter& f, const Reader& reader,
                   const char* fund_type = "p.fund_type", soci::session* page = nullptr) {
  q.sql(" WHERE ");
  append_reader(q, reader, page);
  if (f.assigned_only && reader.reviewer_id == 0) q.sql(" AND 1 = 0");
  if (f.queue) {
    q.sql(" AND (1 = 0");
    for (const auto& state : f.queue->states) q.sql(" OR t.status = ").bind(state);
    for (const auto& state : f.queue->states_without_section)
      q.sql(" OR (t.status = ")
          .bind(state)
          .sql(" AND t.department_id IN (SELECT id FROM units WHERE section_id IS NULL))");
    q.sql(")");
  }
  if (f.year) q.sql(" AND t.year = ").bind(*f.year);
  if (f.kind) q.sql(" AND t.kind = ").bind(*f.kind);
  if (f.status) q.sql(" AND t.status = ").bind(*f.status);
  if (f.department_id) q.sql(" AND t.department_id = ").bind(*f.department_id);
  if (f.unit_id) q.sql(" AND t.unit_id = ").bind(*f.unit_id);
  // Only project targets have a project: the condition lets the partial index targets_project
  // find it instead of a scan.
  if (f.project_id) q.sql(" AND t.kind = 'project' AND t.project_id = ").bind(*f.project_id);
  if (f.fund_type) q.sql(" AND ").sql(fund_type).sql(" = ").bind(*f.fund_type);
  if (f.words) {
    const std::string like = "%" + escape_like(*f.words) + "%";
    q.sql(" AND (p.name LIKE ").bind(like).sql(" ESCAPE '\\' OR d.name LIKE ").bind(like);
    q.sql(" ESCAPE '\\')");
  }
}

std::vector<Target> fetch(soci::session& s, db::Query& q) {
  std::vector<Target> out;
  for (auto& r : db::fetch_all<Row>(s, q, bind_row, finish_row)) out.push_back(std::move(r.t));
  return out;
}

}  // namespace

std::optional<Target> find(soci::session& s, long long id, const Reader& reader) {
  db::Query q(kColumns);
  q.sql(" WHERE t.id = ").bind(id).sql(" AND ");
  append_reader(q, reader);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Target> list(soci::session& s, const TargetFilter& f, const Reader& reader) {
  db::Query q(kColumns);
  append_filter(q, f, reader, "p.fund_type", &s);
  if (f.after_id) q.sql(f.descending ? " AND t.id < " : " AND t.id > ").bind(f.after_id);
  q.sql(f.descending ? " ORDER BY t.id DESC" : " ORDER BY t.id");
  q.page(f.limit, f.offset);
  return fetch(s, q);
}

long long count(soci::session& s, const TargetFilter& f, const Reader& reader) {
  // target_totals keeps year, region, department, kind, fund type and status, but no units,
  // names or assignments: a region tree's counts are sums of a few thousand rows.
  if (f.year && reader.reviewer_id == 0 && reader.scope.kind != auth::DataScope::Kind::unit &&
      !f.unit_id && !f.project_id && !f.words && !f.assigned_only) {
    db::Query q("SELECT CAST(COALESCE(SUM(t.targets), 0) AS BIGINT) FROM target_totals t");
    append_filter(q, f, reader, "t.fund_type");
    return q.scalar(s);
  }
  db::Query q(
      "SELECT COUNT(*) FROM targets t LEFT JOIN projects p ON p.id = t.project_id "
      "JOIN units d ON d.id = t.department_id");
  append_filter(q, f, reader);
  return q.scalar(s);
}

std::vector<Indicator> indicators(soci::session& s, long long target_id) {
  db::Query q(
      "SELECT category, subcategory, name, comparator, value, unit, weight, direction, "
      "value_basis, explanation, medium_value FROM target_indicators WHERE target_id = ");
  q.bind(target_id).sql(" ORDER BY position");
  return db::fetch_all<Indicator>(s, q, [](soci::statement& st, Indicator& i) {
    st.exchange(soci::into(i.category));
    st.exchange(soci::into(i.subcategory));
    st.exchange(soci::into(i.name));
    st.exchange(soci::into(i.comparator));
    st.exchange(soci::into(i.value));
    st.exchange(soci::into(i.unit));
    st.exchange(soci::into(i.weight));
    st.exchange(soci::into(i.direction));
    st.exchange(soci::into(i.value_basis));
    st.exchange(soci::into(i.explanation));
    st.exchange(soci::into(i.medium_value));
  });
}

std::optional<long long> target_of_project(soci::session& s, long long project_id) {
  db::Query q("SELECT id FROM targets WHERE kind = 'project' AND project_id = ");
  q.bind(project_id);
  const long long id = q.scalar(s);
  return id ? std::optional<long long>(id) : std::nullopt;
}

std::optional<long long> target_of_department(soci::session& s, long long department_id,
                                              long long year) {
  db::Query q("SELECT id FROM targets WHERE kind = 'department' AND department_id = ");
  q.bind(department_id).sql(" AND year = ").bind(year);
  const long long id = q.scalar(s);
  return id ? std::optional<long long>(id) : std::nullopt;
}

// A target's key in target_totals, from the target and its project (none for a department's).
#define JIXIAO_TARGET_TOTALS_KEY                                                        \
  "t.year, t.region_id, t.department_id, t.kind, COALESCE(p.fund_type, ''), CASE WHEN " \
  "p.status = 'cancelled' THEN 1 ELSE 0 END, t.status"
constexpr const char* kTotalsInsert =
    "INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, cancelled, "
    "status, targets, not_funded, amount_fen, first_pass) SELECT " JIXIAO_TARGET_TOTALS_KEY ", ";
constexpr const char* kTotalsFrom = " FROM targets t LEFT JOIN projects p ON p.id = t.project_id";
constexpr const char* kTotalsGroup = " GROUP BY " JIXIAO_TARGET_TOTALS_KEY;
#undef JIXIAO_TARGET_TOTALS_KEY

void add_to_totals(soci::session& s, long long id, long long sign) {
  s << std::string(kTotalsInsert) +
           "CAST(:s AS BIGINT), CAST(:s2 AS BIGINT) * t.not_funded, CAST(:s3 AS BIGINT) * "
           "COALESCE(p.amount_fen, 0), CASE WHEN t.returns = 0 THEN CAST(:s4 AS BIGINT) ELSE 0 "
           "END" +
           kTotalsFrom +
           " WHERE t.id = :id ON CONFLICT (year, region_id, department_id, kind, fund_type, "
           "cancelled, status) DO UPDATE SET targets = target_totals.targets + excluded.targets, "
           "not_funded = target_totals.not_funded + excluded.not_funded, amount_fen = "
           "target_totals.amount_fen + excluded.amount_fen, first_pass = target_totals.first_pass "
           "+ "
           "excluded.first_pass",
      soci::use(sign), soci::use(sign), soci::use(sign), soci::use(sign), soci::use(id);
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM target_totals WHERE year = :y", soci::use(year);
  s << std::string(kTotalsInsert) +
           "COUNT(*), SUM(t.not_funded), COALESCE(SUM(p.amount_fen), 0), SUM(CASE WHEN t.returns "
           "= 0 THEN 1 ELSE 0 END)" +
           kTotalsFrom + " WHERE t.year = :y" + kTotalsGroup,
      soci::use(year);
}

long long insert(soci::session& s, const Target& t) {
  long long id = 0;
  soci::indicator project_ind = t.project_id ? soci::i_ok : soci::i_null;
  const long long amount = t.draft.amount_fen.value_or(0);
  soci::indicator amount_ind =
      t.kind == "department" && t.draft.amount_fen ? soci::i_ok : soci::i_null;
  const std::string tasks = tasks_to_json(t.draft.tasks);
  s << "INSERT INTO targets (region_id, year, kind, project_id, unit_id, department_id, "
       "framework_version, overall_goal, medium_term_goal, duties, tasks, amount_fen, status, "
       "errors, warnings, created_at, updated_at) VALUES (:r, :y, :k, :p, :u, :d, :f, :g, :m, "
       ":du, :ta, :a, :st, :e, :w, :c, :up) RETURNING id",
      soci::use(t.region_id), soci::use(t.year), soci::use(t.kind),
      soci::use(t.project_id, project_ind), soci::use(t.unit_id), soci::use(t.department_id),
      soci::use(t.framework_version), soci::use(t.draft.overall_goal),
      soci::use(t.draft.medium_term_goal), soci::use(t.draft.duties), soci::use(tasks),
      soci::use(amount, amount_ind), soci::use(t.status), soci::use(t.errors),
      soci::use(t.warnings), soci::use(t.created_at), soci::use(t.updated_at), soci::into(id);
  add_to_totals(s, id, 1);
  return id;
}

bool update_content(soci::session& s, const Target& t, long long expected_version) {
  const std::string tasks = tasks_to_json(t.draft.tasks);
  const long long amount = t.draft.amount_fen.value_or(0);
  soci::indicator amount_ind =
      t.kind == "department" && t.draft.amount_fen ? soci::i_ok : soci::i_null;
  return db::execute_counting(
             s,
             "UPDATE targets SET overall_goal = :g, medium_term_goal = :m, duties = :du, "
             "tasks = :ta, amount_fen = :a, errors = :e, warnings = :w, updated_at = :up, "
             "version = version + 1 WHERE id = :id AND version = :v",
             soci::use(t.draft.overall_goal), soci::use(t.draft.medium_term_goal),
             soci::use(t.draft.duties), soci::use(tasks), soci::use(amount, amount_ind),
             soci::use(t.errors), soci::use(t.warnings), soci::use(t.updated_at), soci::use(t.id),
             soci::use(expected_version)) > 0;
}

bool update_status(soci::session& s, const Target& t, long long expected_version) {
  const long long not_funded = t.not_funded ? 1 : 0;
  soci::indicator submitted_ind = t.submitted_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator decided_ind = t.decided_at.empty() ? soci::i_null : soci::i_ok;
  add_to_totals(s, t.id, -1);
  const bool written =
      db::execute_counting(
          s,
          // A return before the first decision spoils the first pass (decided_at is the
          // column's value before this update).
          "UPDATE targets SET status = :st, score = :sc, grade = :gr, not_funded = :nf, "
          "submitted_at = :sa, decided_at = :da, updated_at = :up, version = version + 1, "
          "returns = returns + CASE WHEN :st2 = 'returned' AND decided_at IS NULL THEN 1 ELSE 0 "
          "END WHERE id = :id AND version = :v",
          soci::use(t.status), soci::use(t.score), soci::use(t.grade), soci::use(not_funded),
          soci::use(t.submitted_at, submitted_ind), soci::use(t.decided_at, decided_ind),
          soci::use(t.updated_at), soci::use(t.status), soci::use(t.id),
          soci::use(expected_version)) > 0;
  add_to_totals(s, t.id, 1);  // the row as it now is, written or not
  return written;
}

void replace_indicators(soci::session& s, long long target_id, const std::vector<Indicator>& list) {
  s << "DELETE FROM target_indicators WHERE target_id = :id", soci::use(target_id);
  if (list.empty()) return;  // SOCI cannot bulk-bind empty vectors
  const std::size_t n = list.size();
  std::vector<long long> ids(n, target_id), positions(n), weights(n);
  std::vector<std::string> cat(n), sub(n), name(n), cmp(n), value(n), unit(n), dir(n), basis(n),
      expl(n), medium(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& x = list[i];
    positions[i] = static_cast<long long>(i);
    weights[i] = x.weight;
    cat[i] = x.category;
    sub[i] = x.subcategory;
    name[i] = x.name;
    cmp[i] = x.comparator;
    value[i] = x.value;
    unit[i] = x.unit;
    dir[i] = x.direction;
    basis[i] = x.value_basis;
    expl[i] = x.explanation;
    medium[i] = x.medium_value;
  }
  s << "INSERT INTO target_indicators (target_id, position, category, subcategory, name, "
       "comparator, value, unit, weight, direction, value_basis, explanation, medium_value) "
       "VALUES (:t, :p, :c, :s, :n, :cmp, :v, :u, :w, :d, :b, :e, :m)",
      soci::use(ids), soci::use(positions), soci::use(cat), soci::use(sub), soci::use(name),
      soci::use(cmp), soci::use(value), soci::use(unit), soci::use(weights), soci::use(dir),
      soci::use(basis), soci::use(expl), soci::use(medium);
}

void remove(soci::session& s, long long id) {
  add_to_totals(s, id, -1);
  s << "DELETE FROM target_indicators WHERE target_id = :id", soci::use(id);
  s << "DELETE FROM target_findings WHERE target_id = :id", soci::use(id);
  s << "DELETE FROM targets WHERE id = :id", soci::use(id);
}

void replace_findings(soci::session& s, long long target_id, const std::vector<Finding>& list) {
  s << "DELETE FROM target_findings WHERE target_id = :id", soci::use(target_id);
  if (list.empty()) return;
  const std::size_t n = list.size();
  std::vector<long long> ids(n, target_id), positions(n), indicator(n);
  std::vector<std::string> code(n), severity(n), message(n), rule(n);
  for (std::size_t i = 0; i < n; ++i) {
    positions[i] = static_cast<long long>(i);
    indicator[i] = list[i].indicator ? *list[i].indicator : -1;
    code[i] = list[i].code;
    severity[i] = std::string(severity_name(list[i].severity));
    message[i] = list[i].message;
    rule[i] = list[i].rule;
  }
  s << "INSERT INTO target_findings (target_id, position, code, severity, indicator, message, "
       "rule) VALUES (:t, :p, :c, :s, :i, :m, :r)",
      soci::use(ids), soci::use(positions), soci::use(code), soci::use(severity),
      soci::use(indicator), soci::use(message), soci::use(rule);
}

std::vector<Finding> findings(soci::session& s, long long target_id) {
  struct Row {
    Finding f;
    std::string severity;
    long long indicator = -1;
  };
  db::Query q("SELECT code, severity, indicator, message, rule FROM target_findings WHERE ");
  q.sql("target_id = ").bind(target_id).sql(" ORDER BY position");
  std::vector<Finding> out;
  for (auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.f.code));
         st.exchange(soci::into(r.severity));
         st.exchange(soci::into(r.indicator));
         st.exchange(soci::into(r.f.message));
         st.exchange(soci::into(r.f.rule));
       })) {
    r.f.severity = r.severity == "error" ? Severity::error : Severity::warning;
    if (r.indicator >= 0) r.f.indicator = static_cast<int>(r.indicator);
    out.push_back(std::move(r.f));
  }
  return out;
}

std::vector<SiblingTarget> siblings(soci::session& s, long long unit_id, long long year,
                                    long long except_id) {
  struct Row {
    long long id = 0;
    std::string project_name;
    std::string goal;
    std::string name;
  };
  db::Query q(
      "SELECT t.id, COALESCE(p.name, ''), t.overall_goal, COALESCE(i.name, '') FROM targets t "
      "LEFT JOIN projects p ON p.id = t.project_id LEFT JOIN target_indicators i ON "
      "i.target_id = t.id WHERE t.unit_id = ");
  q.bind(unit_id).sql(" AND t.year = ").bind(year).sql(" AND t.id <> ").bind(except_id);
  q.sql(" ORDER BY t.id, i.position");
  std::vector<SiblingTarget> out;
  for (auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.id));
         st.exchange(soci::into(r.project_name));
         st.exchange(soci::into(r.goal));
         st.exchange(soci::into(r.name));
       })) {
    if (out.empty() || out.back().target_id != r.id)
      out.push_back({r.id, r.project_name, r.goal, {}});
    if (!r.name.empty()) out.back().indicator_names.push_back(r.name);
  }
  return out;
}

long long insert_review(soci::session& s, const Review& r) {
  long long id = 0;
  s << "INSERT INTO target_reviews (target_id, reviewer_id, stage, decision, scores, total, "
       "grade, pass_mark, comment, created_at) VALUES (:t, :r, :st, :d, :sc, :to, :g, :p, :c, "
       ":at) RETURNING id",
      soci::use(r.target_id), soci::use(r.reviewer_id), soci::use(r.stage), soci::use(r.decision),
      soci::use(r.scores), soci::use(r.total), soci::use(r.grade), soci::use(r.pass_mark),
      soci::use(r.comment), soci::use(r.created_at), soci::into(id);
  return id;
}

std::vector<Review> reviews(soci::session& s, long long target_id) {
  db::Query q(
      "SELECT r.id, r.target_id, r.reviewer_id, u.display_name, r.stage, r.decision, r.scores, "
      "r.total, r.grade, r.pass_mark, r.comment, r.created_at FROM target_reviews r "
      "JOIN users u ON u.id = r.reviewer_id WHERE r.target_id = ");
  q.bind(target_id).sql(" ORDER BY r.id");
  return db::fetch_all<Review>(s, q, [](soci::statement& st, Review& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.target_id));
    st.exchange(soci::into(r.reviewer_id));
    st.exchange(soci::into(r.reviewer_name));
    st.exchange(soci::into(r.stage));
    st.exchange(soci::into(r.decision));
    st.exchange(soci::into(r.scores));
    st.exchange(soci::into(r.total));
    st.exchange(soci::into(r.grade));
    st.exchange(soci::into(r.pass_mark));
    st.exchange(soci::into(r.comment));
    st.exchange(soci::into(r.created_at));
  });
}

long long insert_batch(soci::session& s, const Batch& b, const std::vector<long long>& target_ids) {
  long long id = 0;
  s << "INSERT INTO review_batches (region_id, year, name, reviewer_id, due_date, created_by, "
       "created_at) VALUES (:r, :y, :n, :rv, :d, :c, :at) RETURNING id",
      soci::use(b.region_id), soci::use(b.year), soci::use(b.name), soci::use(b.reviewer_id),
      soci::use(b.due_date), soci::use(b.created_by), soci::use(b.created_at), soci::into(id);
  if (target_ids.empty()) return id;
  std::vector<long long> batch(target_ids.size(), id), reviewer(target_ids.size(), b.reviewer_id);
  std::vector<long long> targets = target_ids;
  s << "INSERT INTO review_assignments (batch_id, target_id, reviewer_id) VALUES (:b, :t, :r)",
      soci::use(batch), soci::use(targets), soci::use(reviewer);
  return id;
}

std::vector<Batch> batches(soci::session& s, long long region_id, long long year) {
  db::Query q(
      "SELECT b.id, b.region_id, b.year, b.name, b.reviewer_id, u.display_name, b.due_date, "
      "b.created_by, b.created_at, (SELECT COUNT(*) FROM review_assignments a WHERE "
      "a.batch_id = b.id) FROM review_batches b JOIN users u ON u.id = b.reviewer_id "
      "WHERE b.region_id = ");
  q.bind(region_id).sql(" AND b.year = ").bind(year).sql(" ORDER BY b.id DESC");
  return db::fetch_all<Batch>(s, q, [](soci::statement& st, Batch& b) {
    st.exchange(soci::into(b.id));
    st.exchange(soci::into(b.region_id));
    st.exchange(soci::into(b.year));
    st.exchange(soci::into(b.name));
    st.exchange(soci::into(b.reviewer_id));
    st.exchange(soci::into(b.reviewer_name));
    st.exchange(soci::into(b.due_date));
    st.exchange(soci::into(b.created_by));
    st.exchange(soci::into(b.created_at));
    st.exchange(soci::into(b.target_count));
  });
}

bool assigned(soci::session& s, long long target_id, long long reviewer_id) {
  db::Query q("SELECT COUNT(*) FROM review_assignments WHERE target_id = ");
  q.bind(target_id).sql(" AND reviewer_id = ").bind(reviewer_id);
  return q.scalar(s) > 0;
}

}  // namespace jixiao::targets::repo
