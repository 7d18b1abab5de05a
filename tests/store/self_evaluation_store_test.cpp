// The self-evaluation stage on both databases: opening a year creates exactly one evaluation per
// approved target of the region tree with its money prefilled, the unit's answers are scored and
// kept, and an evaluation goes unit → department → office in its scope, all or nothing.
#include <gtest/gtest.h>

#include <memory>
#include <set>

#include "auth/repo.h"
#include "base/error.h"
#include "projects/service.h"
#include "self_evaluation/repo_bulk.h"
#include "self_evaluation/service.h"
#include "store_fixture.h"
#include "targets/value.h"

namespace jixiao {
namespace {

using self_evaluation::EvaluationService;

// What the demo's 2026 self-evaluation holds: approved targets (or being adjusted) of projects in
// the budget, and department-overall targets, in the prefecture and the county below it.
const std::string kEvaluated =
    "FROM targets t LEFT JOIN projects p ON p.id = t.project_id WHERE t.year = 2026 AND t.status "
    "IN ('approved', 'adjusting') AND (p.id IS NULL OR p.status IN ('approved', 'executing', "
    "'completed'))";

std::string number_text(std::int64_t scaled) {
  std::string s = std::to_string(scaled / targets::kValueOne);
  if (const auto frac = scaled % targets::kValueOne) {
    std::string f = std::to_string(frac + targets::kValueOne).substr(1);
    while (f.back() == '0') f.pop_back();
    s += "." + f;
  }
  return s;
}

class SelfEvaluationStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects = std::make_unique<projects::ProjectService>(*db);
    projects->add_history(EvaluationService::project_history);
    service = std::make_unique<EvaluationService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  // demo_department's department-overall target of the year (the demo gives each department
  // one), its budget made 500 万元.
  void add_department_target() {
    const auto d = who("demo_department");
    db->write([&](soci::session& s) {
      s << "UPDATE targets SET amount_fen = 500000000 WHERE kind = 'department' AND year = 2026 "
           "AND department_id = :d",
          soci::use(d.department_id);
    });
  }
  self_evaluation::Round open() {
    return service->open_round(who("demo_office"), {2026, "2027-03-31"});
  }
  // The first evaluation of the caller's own of a kind.
  self_evaluation::Evaluation first_of(const std::string& username, const std::string& kind,
                                       const std::string& status = "pending") {
    self_evaluation::repo::Filter f;
    f.year = 2026;
    f.kind = kind;
    f.status = status;
    f.limit = 1;
    const auto page = service->list(who(username), f);
    if (page.items.empty()) {
      ADD_FAILURE() << username << " has no " << kind << " evaluation";
      return {};
    }
    return page.items.front();
  }
  // Every indicator answered at its target, but the first quantitative higher-is-better one at
  // half of it (missed: R-SE-7 asks its reason).
  self_evaluation::EvaluationInput answers(const self_evaluation::EvaluationView& v,
                                           long long* missed = nullptr) {
    self_evaluation::EvaluationInput in;
    in.goal_achieved = "年度目标基本完成";
    in.indicators.emplace();
    bool halved = false;
    for (const auto& i : v.evaluation.indicators) {
      self_evaluation::IndicatorAnswer a;
      a.position = i.position;
      const auto target = targets::parse_value(i.value);
      if (i.comparator == "qualitative") {
        a.actual_value = "achieved";
      } else if (target.kind == targets::ParsedValue::Kind::date) {
        a.actual_value = target.date;
      } else if (target.kind == targets::ParsedValue::Kind::number) {
        const bool higher = i.comparator == ">=" || i.comparator == ">" || i.comparator == "=";
        if (!halved && higher && target.number >= 2 * targets::kValueOne) {
          a.actual_value = number_text(target.number / 2);
          halved = true;
          if (missed) *missed = i.position;
        } else {
          a.actual_value = number_text(target.number);
        }
      } else {
        a.not_applicable = true;
      }
      in.indicators->push_back(a);
    }
    return in;
  }
  std::unique_ptr<projects::ProjectService> projects;
  std::unique_ptr<EvaluationService> service;
};

TEST_F(SelfEvaluationStore, OpeningCreatesOneEvaluationPerApprovedTargetOfTheRegionTree) {
  const auto office = who("demo_office");
  add_department_target();
  const auto round = open();
  const long long expected = scalar(*db, "SELECT COUNT(*) " + kEvaluated);
  ASSERT_GT(expected, 100);
  EXPECT_EQ(round.evaluations, expected);
  // The demo's own round of the year before is apart: everything below is of this year's.
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026"), expected);
  // Department-overall targets and the county's below the prefecture are among them.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND kind = "
                   "'department'"),
            scalar(*db, "SELECT COUNT(*) " + kEvaluated + " AND t.kind = 'department'"));
  // One a department, demo_department's among them.
  EXPECT_GT(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND kind = "
                   "'department'"),
            1);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) - COUNT(DISTINCT department_id) FROM self_evaluations WHERE "
                   "year = 2026 AND kind = 'department'"),
            0);
  EXPECT_GT(
      scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND region_id <> " +
                      std::to_string(office.region_id)),
      0);
  // Every target once, with its indicators copied.
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT target_id) FROM self_evaluations WHERE year = 2026"),
            expected);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_indicators i JOIN self_evaluations e ON "
                   "e.id = i.evaluation_id WHERE e.year = 2026"),
            scalar(*db,
                   "SELECT COUNT(*) FROM target_indicators i WHERE i.target_id IN (SELECT "
                   "t.id " +
                       kEvaluated + ")"));
  // The money: the budget as adjusted, the year's last spending figure, and the amount before
  // the year's first budget change by a monitoring outcome (R-MO-5).
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations e JOIN projects p ON p.id = "
                   "e.project_id WHERE e.year = 2026 AND (e.budget_fen <> p.amount_fen OR "
                   "e.executed_fen <> "
                   "COALESCE((SELECT x.executed_fen FROM executions x WHERE x.project_id = p.id "
                   "AND x.as_of <= '2026-12-31' ORDER BY x.as_of DESC LIMIT 1), 0))"),
            0);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations e JOIN projects p ON p.id = "
                   "e.project_id WHERE e.year = 2026 AND e.initial_fen <> COALESCE((SELECT "
                   "o.before_fen FROM "
                   "monitoring_outcomes o WHERE o.project_id = p.id AND o.kind IN "
                   "('adjust_budget', 'recover') ORDER BY o.id LIMIT 1), p.amount_fen)"),
            0);
  EXPECT_GT(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND executed_fen "
                   "> 0"),
            0);
  // A department's overall budget is its target's amount; its spending is typed by it.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations e JOIN targets t ON t.id = e.target_id "
                   "WHERE e.year = 2026 AND e.kind = 'department' AND (e.budget_fen <> "
                   "COALESCE(t.amount_fen, 0) OR "
                   "e.executed_fen <> 0)"),
            0);
  // Until the unit reports, the score is R-SE-3's alone: min(executed ÷ budget, 1) × 10.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND (computed_total <> "
                   "execution_score OR execution_weight <> 1000 OR execution_score <> CASE WHEN "
                   "budget_fen = 0 THEN 0 WHEN executed_fen >= budget_fen THEN 1000 ELSE "
                   "(executed_fen * 2000 + budget_fen) / (2 * budget_fen) END)"),
            0);
  // Once a year: again, or the county under the prefecture's, is a conflict on the year.
  for (const char* username : {"demo_office", "demo_county_office"}) {
    try {
      service->open_round(who(username), {2026, "2027-03-31"});
      ADD_FAILURE() << username << " opened 2026 again";
    } catch (const AppError& e) {
      EXPECT_EQ(e.kind(), ErrorKind::conflict);
      EXPECT_EQ(e.field(), "year");
    }
  }
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026"), expected);
  EXPECT_THROW(service->open_round(who("demo_unit"), {2025, "2026-03-31"}), AppError);
  try {
    service->open_round(office, {2025, "2025-12-31"});
    ADD_FAILURE() << "due inside the year";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "due");
  }
  // The rounds: the office's own, the county sees the one above it.
  ASSERT_EQ(service->rounds(who("demo_county_office"), 2026).size(), 1u);
  EXPECT_EQ(service->rounds(office, std::nullopt).front().evaluations, expected);
}

TEST_F(SelfEvaluationStore, AUnitSeesItsOwnOnlyAndItsAnswersAreScoredAndKept) {
  open();
  const auto unit = who("demo_unit");
  self_evaluation::repo::Filter f;
  f.limit = 500;
  const auto mine = service->list(unit, f);
  ASSERT_FALSE(mine.items.empty());
  for (const auto& e : mine.items) EXPECT_EQ(e.unit_id, unit.unit_id);
  EXPECT_EQ(*mine.total, scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE unit_id = " +
                                         std::to_string(unit.unit_id)));
  const auto e = first_of("demo_unit", "project");
  // Another unit does not find it.
  EXPECT_THROW(service->get(who("demo_unit2"), e.id), AppError);
  auto v = service->get(unit, e.id);
  ASSERT_GE(v.evaluation.indicators.size(), 3u);
  EXPECT_EQ(v.actions, (std::vector<std::string>{"edit", "submit"}));
  long long missed = -1;
  auto in = answers(v, &missed);
  ASSERT_GE(missed, 0);
  v = service->save(unit, e.id, v.evaluation.version, in);
  EXPECT_EQ(v.evaluation.version, e.version + 1);
  // The scores are kept: each indicator's, and the total as the sum of the rounded parts.
  long long sum = v.evaluation.execution_score;
  for (const auto& i : v.evaluation.indicators) {
    sum += i.computed_score;
    EXPECT_FALSE(i.rule.empty());
    EXPECT_FALSE(i.detail.empty());
    EXPECT_EQ(i.needs_reason, i.position == missed) << i.name;
  }
  EXPECT_EQ(v.evaluation.computed_total, sum);
  EXPECT_FALSE(v.evaluation.grade.empty());
  const std::string id = std::to_string(e.id);
  EXPECT_EQ(scalar(*db, "SELECT computed_total FROM self_evaluations WHERE id = " + id), sum);
  // As read back from the database.
  long long kept = v.evaluation.execution_score;
  for (const auto& i : service->get(unit, e.id).evaluation.indicators) {
    kept += i.computed_score;
    EXPECT_EQ(i.needs_reason, i.position == missed) << i.name;
  }
  EXPECT_EQ(kept, sum);
  // A stale version is a conflict, and changes nothing.
  in.problems = "过期的修改";
  try {
    service->save(unit, e.id, e.version, in);
    ADD_FAILURE() << "a stale version was saved";
  } catch (const AppError& err) {
    EXPECT_EQ(err.kind(), ErrorKind::conflict);
    EXPECT_EQ(err.field(), "version");
  }
  EXPECT_EQ(scalar(*db, "SELECT version FROM self_evaluations WHERE id = " + id), e.version + 1);
  // A project's spending comes from its series, not from the form.
  in.executed_fen = 1;
  try {
    service->save(unit, e.id, v.evaluation.version, in);
    ADD_FAILURE() << "a project's executed amount was typed";
  } catch (const AppError& err) {
    EXPECT_EQ(err.field(), "executed_fen");
  }
  // Saving the same again writes nothing.
  in = answers(v);
  const auto same = service->save(unit, e.id, v.evaluation.version, in);
  EXPECT_EQ(same.evaluation.version, v.evaluation.version);
}

TEST_F(SelfEvaluationStore, AnEvaluationGoesFromItsUnitThroughItsDepartmentToTheOffice) {
  open();
  const auto unit = who("demo_unit");
  const auto department = who("demo_department");
  const auto office = who("demo_office");
  const auto e = first_of("demo_unit", "project");
  auto v = service->get(unit, e.id);
  long long missed = -1;
  auto in = answers(v, &missed);
  v = service->save(unit, e.id, v.evaluation.version, in);
  // Missed: the reason and the improvement are required (R-SE-7), each named.
  const std::string prefix = "indicators[" + std::to_string(missed) + "]";
  try {
    service->step(unit, e.id, v.evaluation.version, {"submit", "", ""});
    ADD_FAILURE() << "submitted without a deviation reason";
  } catch (const AppError& err) {
    EXPECT_EQ(err.kind(), ErrorKind::precondition);
    EXPECT_EQ(err.field(), prefix + ".deviation_reason");
  }
  for (auto& a : *in.indicators)
    if (a.position == missed) a.deviation_reason = "招生人数下降";
  v = service->save(unit, e.id, v.evaluation.version, in);
  try {
    service->step(unit, e.id, v.evaluation.version, {"submit", "", ""});
    ADD_FAILURE() << "submitted without an improvement";
  } catch (const AppError& err) {
    EXPECT_EQ(err.field(), prefix + ".improvement");
  }
  for (auto& a : *in.indicators)
    if (a.position == missed) a.improvement = "加强招生宣传";
  v = service->save(unit, e.id, v.evaluation.version, in);
  v = service->step(unit, e.id, v.evaluation.version, {"submit", "", ""});
  EXPECT_EQ(v.evaluation.status, "submitted");
  EXPECT_TRUE(v.actions.empty());
  // The department consolidates it, the office returns it with words, then accepts it.
  EXPECT_EQ(service->get(department, e.id).actions, (std::vector<std::string>{"consolidate"}));
  v = service->step(department, e.id, v.evaluation.version, {"consolidate", "pass", ""});
  EXPECT_EQ(v.evaluation.status, "consolidated");
  try {
    service->step(office, e.id, v.evaluation.version, {"decide", "return", ""});
    ADD_FAILURE() << "a return without words";
  } catch (const AppError& err) {
    EXPECT_EQ(err.field(), "opinion");
  }
  v = service->step(office, e.id, v.evaluation.version, {"decide", "return", "请补充佐证"});
  EXPECT_EQ(v.evaluation.status, "returned");
  EXPECT_EQ(v.evaluation.opinion, "请补充佐证");
  v = service->step(unit, e.id, v.evaluation.version, {"submit", "", ""});
  v = service->step(department, e.id, v.evaluation.version, {"consolidate", "pass", ""});
  v = service->step(office, e.id, v.evaluation.version, {"decide", "accept", ""});
  EXPECT_EQ(v.evaluation.status, "accepted");
  EXPECT_FALSE(v.evaluation.decided_at.empty());
  // Each step is on its timeline and on its project's.
  EXPECT_EQ(service->history(unit, e.id).size(), 9u);
  long long on_project = 0;
  for (const auto& r : projects->history(unit, e.project_id))
    if (r.entry.entity == "self_evaluation") ++on_project;
  EXPECT_EQ(on_project, 9);
}

TEST_F(SelfEvaluationStore, ADepartmentsOwnEvaluationSkipsConsolidation) {
  add_department_target();
  open();
  const auto department = who("demo_department");
  const auto e = first_of("demo_department", "department");
  auto v = service->get(department, e.id);
  EXPECT_TRUE(v.executed_editable);
  auto in = answers(v);
  for (auto& a : *in.indicators) {
    a.deviation_reason = "原因";
    a.improvement = "措施";
  }
  in.executed_fen = v.evaluation.budget_fen / 2;
  v = service->save(department, e.id, v.evaluation.version, in);
  EXPECT_EQ(v.evaluation.executed_fen, v.evaluation.budget_fen / 2);
  v = service->step(department, e.id, v.evaluation.version, {"submit", "", ""});
  EXPECT_EQ(v.evaluation.status, "consolidated");
}

TEST_F(SelfEvaluationStore, ConsolidatingManyIsAllOrNothing) {
  open();
  const auto unit = who("demo_unit");
  const auto department = who("demo_department");
  self_evaluation::repo::Filter f;
  f.year = 2026;
  f.kind = "project";
  f.status = "pending";
  f.limit = 3;
  const auto three = service->list(unit, f).items;
  ASSERT_EQ(three.size(), 3u);
  std::vector<long long> ids, versions;
  for (std::size_t k = 0; k < 2; ++k) {
    auto v = service->get(unit, three[k].id);
    auto in = answers(v);
    for (auto& a : *in.indicators) {
      a.deviation_reason = "原因";
      a.improvement = "措施";
    }
    v = service->save(unit, three[k].id, v.evaluation.version, in);
    v = service->step(unit, three[k].id, v.evaluation.version, {"submit", "", ""});
    ids.push_back(v.evaluation.id);
    versions.push_back(v.evaluation.version);
  }
  // The third is still pending: nothing is consolidated, and it is named.
  ids.push_back(three[2].id);
  versions.push_back(three[2].version);
  try {
    service->consolidate(department, ids, versions);
    ADD_FAILURE() << "a pending evaluation was consolidated";
  } catch (const AppError& err) {
    EXPECT_EQ(err.field(), "ids[2]");
  }
  const std::string in_list =
      " WHERE id IN (" + std::to_string(ids[0]) + ", " + std::to_string(ids[1]) + ")";
  EXPECT_EQ(
      scalar(*db, "SELECT COUNT(*) FROM self_evaluations" + in_list + " AND status = 'submitted'"),
      2);
  // A stale version: nothing either.
  try {
    service->consolidate(department, {ids[0], ids[1]}, {versions[0], versions[1] - 1});
    ADD_FAILURE() << "a stale version was consolidated";
  } catch (const AppError& err) {
    EXPECT_EQ(err.field(), "versions[1]");
  }
  // The unit may not consolidate them.
  EXPECT_THROW(service->consolidate(unit, {ids[0], ids[1]}, {}), AppError);
  const auto done = service->consolidate(department, {ids[0], ids[1]}, {versions[0], versions[1]});
  ASSERT_EQ(done.size(), 2u);
  for (const auto& e : done) EXPECT_EQ(e.status, "consolidated");
  // The office's queue holds them.
  self_evaluation::repo::Filter queue;
  queue.queue = self_evaluation::repo::Queue{{"consolidated"}};
  queue.limit = 500;
  EXPECT_GE(*service->list(who("demo_office"), queue).total, 2);
}

TEST_F(SelfEvaluationStore, AnImportFindsTheCallersOwnByNameOrCodeAndSavesAllOrNone) {
  add_department_target();
  open();
  const auto unit = who("demo_unit");
  const auto department = who("demo_department");
  const auto e = first_of("demo_unit", "project");
  const auto d = first_of("demo_department", "department");
  // Named by its code or its name, in the caller's write scope only; many names in slices.
  std::vector<std::string> names(1200, "没有这个项目");
  names.push_back(e.name);
  db->read([&](soci::session& s) {
    using self_evaluation::repo::named;
    const auto ids = [](const std::vector<self_evaluation::Evaluation>& list) {
      std::set<long long> out;
      for (const auto& x : list) out.insert(x.id);
      return out;
    };
    EXPECT_TRUE(ids(named(s, 2026, {e.code}, {}, auth::write_scope(unit))).contains(e.id));
    EXPECT_TRUE(ids(named(s, 2026, {}, names, auth::write_scope(unit))).contains(e.id));
    for (const auto& x : named(s, 2026, {}, names, auth::write_scope(unit)))
      EXPECT_EQ(x.unit_id, unit.unit_id);
    EXPECT_TRUE(named(s, 2026, {e.code}, {e.name}, auth::write_scope(who("demo_unit2"))).empty());
    EXPECT_TRUE(named(s, 2027, {e.code}, {e.name}, auth::write_scope(unit)).empty());
    // A department-overall evaluation goes by its department's name.
    EXPECT_EQ(ids(named(s, 2026, {}, {d.name}, auth::write_scope(department))),
              std::set<long long>{d.id});
  });

  // The tables as typed: the department's own 全年执行数 is taken, a project's checked.
  const auto table_of = [&](const auth::Principal& me, const self_evaluation::Evaluation& x) {
    const auto v = service->get(me, x.id);
    self_evaluation::ImportTable t;
    t.project_name = x.name;
    t.unit_name = x.unit_name;
    t.goal_achieved = "完成";
    const auto in = answers(v);
    for (std::size_t k = 0; k < v.evaluation.indicators.size(); ++k) {
      const auto& i = v.evaluation.indicators[k];
      const auto& a = (*in.indicators)[k];
      t.indicators.push_back({i.category, i.subcategory, i.name,
                              a.not_applicable ? "不适用" : a.actual_value, "", "原因"});
    }
    return t;
  };
  auto dt = table_of(department, d);
  dt.executed_wan = "123.45";
  const auto done = service->import_tables(department, 2026, {dt});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].id, d.id);
  EXPECT_EQ(service->get(department, d.id).evaluation.executed_fen, 123'450'000);
  EXPECT_EQ(service->get(department, d.id).evaluation.version, d.version + 1);

  // One bad table: neither is kept, each problem named.
  auto good = table_of(unit, e);
  auto bad = good;
  bad.project_name = "没有这个项目";
  try {
    service->import_tables(unit, 2026, {good, bad});
    ADD_FAILURE() << "an unknown project was imported";
  } catch (const AppError& err) {
    EXPECT_EQ(err.code(), "import_invalid");
    EXPECT_NE(err.extra_json().find("tables[1].project_name"), std::string::npos);
  }
  EXPECT_EQ(service->get(unit, e.id).evaluation.version, e.version);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluation_indicators WHERE evaluation_id = " +
                            std::to_string(e.id) + " AND actual_value <> ''"),
            0);
  // Alone it is saved.
  ASSERT_EQ(service->import_tables(unit, 2026, {good}).size(), 1u);
  EXPECT_EQ(service->get(unit, e.id).evaluation.version, e.version + 1);
}

TEST_F(SelfEvaluationStore, TheBulkWriterFillsOpenedEvaluationsAsTheFormWould) {
  open();
  const auto unit = who("demo_unit");
  self_evaluation::repo::Filter f;
  f.year = 2026;
  f.kind = "project";
  f.limit = 2;
  auto rows = service->list(unit, f).items;
  ASSERT_EQ(rows.size(), 2u);
  for (auto& e : rows) {
    e.indicators = service->get(unit, e.id).evaluation.indicators;
    e.status = "accepted";
    e.goal_achieved = "全部完成";
    e.computed_total = 8850;
    e.self_total = 9000;
    e.grade = "good";
    e.budget_fen += 100;
    e.submitted_at = e.decided_at = e.updated_at = "2027-03-01T00:00:00Z";
    for (auto& i : e.indicators) {
      i.actual_value = i.value;
      i.computed_score = 100;
      i.rule = "R-SE-4";
      i.detail = "示例";
      i.self_score = 120;
    }
  }
  db->write(
      [&](soci::session& s) { self_evaluation::repo::write_results_bulk(s, db->dialect(), rows); });
  for (const auto& e : rows) {
    const auto v = service->get(unit, e.id);
    EXPECT_EQ(v.evaluation.status, "accepted");
    EXPECT_EQ(v.evaluation.version, e.version + 1);
    EXPECT_EQ(v.evaluation.computed_total, 8850);
    EXPECT_EQ(v.evaluation.self_total, 9000);
    EXPECT_EQ(v.evaluation.goal_achieved, "全部完成");
    EXPECT_EQ(v.evaluation.decided_at, "2027-03-01T00:00:00Z");
    EXPECT_EQ(v.evaluation.budget_fen, e.budget_fen);
    EXPECT_EQ(scalar(*db, "SELECT budget_fen FROM self_evaluation_scores WHERE evaluation_id = " +
                              std::to_string(e.id)),
              e.budget_fen);  // the poor list's index walks the scores' copy of the money
    ASSERT_EQ(v.evaluation.indicators.size(), e.indicators.size());
    for (const auto& i : v.evaluation.indicators) {
      EXPECT_EQ(i.actual_value, i.value);
      EXPECT_EQ(i.self_score, 120);
      EXPECT_EQ(i.rule, "R-SE-4");
    }
  }
}

// The demo opened, saved, imported, reviewed and re-scored its years: every evaluation has one
// scores row, carrying its form's year and money (the key evaluations' poor list walks them).
TEST_F(SelfEvaluationStore, EveryEvaluationHasOneScoresRowWithItsFormsYearAndMoney) {
  open();
  const long long forms = scalar(*db, "SELECT COUNT(*) FROM self_evaluation_forms");
  ASSERT_GT(forms, 100);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluation_scores"), forms);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_forms f JOIN self_evaluation_scores x ON "
                   "x.evaluation_id = f.id WHERE x.year = f.year AND x.budget_fen = f.budget_fen"),
            forms);
  EXPECT_GT(scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE grade <> ''"), 0);
}

}  // namespace
}  // namespace jixiao
