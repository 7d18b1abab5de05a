#include "cli/demo_targets.h"
#include "cli/demo_region.h"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "audit/log.h"
#include "base/embedded_data.h"
#include "base/json.h"
#include "documents/service.h"
#include "library/framework.h"
#include "library/model.h"
#include "projects/repo_bulk.h"
#include "targets/json.h"
#include "targets/letters.h"
#include "targets/repo.h"
#include "targets/review_rules.h"
#include "targets/settings.h"

namespace jixiao::cli {

namespace {

struct DemoCase {
  std::string goal;
  std::vector<targets::Indicator> indicators;
};

// The shipped cases by industry, read once.
std::map<std::string, std::vector<DemoCase>> cases_by_industry() {
  std::map<std::string, std::vector<DemoCase>> out;
  const auto all = boost::json::parse(embedded_file("library/cases.json"));
  for (const auto& c : all.as_array()) {
    const auto& o = c.as_object();
    boost::json::object body{{"overall_goal", o.at("overall_goal")},
                             {"indicators", o.at("indicators")}};
    JsonReader in(body);
    targets::TargetDraft d;
    targets::read_draft_fields(in, d);
    out[std::string(o.at("industry").as_string())].push_back({d.overall_goal, d.indicators});
  }
  return out;
}

// The workflow state of a demo target, by weight: mostly approved, some in every queue. A
// department's own target is submitted past the department's review (R-TR-1: departments
// review their units).
std::string draw_status(std::mt19937_64& rng, bool departments_own) {
  const int r = static_cast<int>(rng() % 100);
  if (r < 55) return "approved";
  if (r < 61) return departments_own ? "department_reviewed" : "submitted";
  if (r < 67) return "department_reviewed";
  if (r < 73) return "section_reviewed";
  if (r < 78) return "returned";
  if (r < 82) return "rejected";
  return "draft";
}

// Writes one target of a project from its case in the given state, decided (scored) when approved
// or rejected. Returns the target as stored.
targets::Target insert_target(soci::session& s, const projects::Project& p, const DemoCase& c,
                              const std::string& status, long long score) {
  targets::Target t;
  t.region_id = p.region_id;
  t.year = p.year;
  t.kind = "project";
  t.project_id = p.id;
  t.unit_id = p.unit_id;
  t.department_id = p.department_id;
  t.framework_version = library::latest_framework().version;
  t.draft.overall_goal = c.goal;
  t.draft.indicators = c.indicators;
  t.status = status;
  // The current year's targets were decided early in the year, the next year's in the autumn
  // before it, with the projects' declaration.
  const bool next = p.year > demo_data::kYears.back();
  const std::string day = next ? std::to_string(p.year - 1) + "-" : std::to_string(p.year) + "-";
  t.created_at = t.updated_at = day + (next ? "10-15T09:00:00Z" : "01-15T09:00:00Z");
  t.id = targets::repo::insert(s, t);
  targets::repo::replace_indicators(s, t.id, t.draft.indicators);
  if (t.status == "draft") return t;
  t.submitted_at = day + (next ? "10-20T10:00:00Z" : "01-20T10:00:00Z");
  if (t.status == "approved" || t.status == "rejected") {
    t.score = score;
    t.grade = targets::grade_of(t.score, targets::national_target_settings().bands);
    t.not_funded = t.status == "rejected";
    t.decided_at = day + (next ? "11-10T15:00:00Z" : "02-10T15:00:00Z");
  }
  // A quarter of the approved ones came back once before (the first-pass rate).
  long long version = 1;
  if (t.status == "approved" && t.id % 4 == 0) {
    targets::Target returned = t;
    returned.status = "returned";
    targets::repo::update_status(s, returned, version++);
  }
  targets::repo::update_status(s, t, version);
  return t;
}

// The n-th shipped case of the industry of a function class (支出功能分类).
const DemoCase& case_of(const std::map<std::string, std::vector<DemoCase>>& cases,
                        const std::string& function_class, std::size_t n) {
  auto it = cases.find(library::industry_of(function_class));
  if (it == cases.end()) it = cases.begin();
  return it->second[n % it->second.size()];
}

}  // namespace

std::size_t insert_demo_targets(soci::session& s, long long year, unsigned seed,
                                const std::set<long long>& skip_units) {
  const auto cases = cases_by_industry();
  std::vector<projects::Project> projects;
  for (auto& p : projects::repo::year_projects(s, year))
    if (!skip_units.contains(p.unit_id)) projects.push_back(std::move(p));
  std::mt19937_64 rng(seed);
  std::size_t n = 0;
  for (const auto& p : projects) {
    if (rng() % 100 >= 70) continue;  // coverage is never complete in a real region
    const DemoCase& c = case_of(cases, p.function_class, rng());
    std::string status = draw_status(rng, p.unit_id == p.department_id);
    // A project still in draft has not sent its target to review either.
    if (p.status == "draft") status = "draft";
    long long score = 0;
    // Scores in hundredths: approved ones from 70 to 98, failing ones from 40 to 59.
    if (status == "approved") score = 7000 + static_cast<long long>(rng() % 2801);
    if (status == "rejected") score = 4000 + static_cast<long long>(rng() % 2000);
    insert_target(s, p, c, status, score);
    ++n;
  }
  return n;
}

std::size_t insert_demo_account_targets(soci::session& s, long long year,
                                        const std::set<long long>& units) {
  const auto cases = cases_by_industry();
  std::map<long long, std::set<std::string>> names;  // by unit, of the projects chosen
  std::size_t n = 0;
  for (const auto& p : projects::repo::year_projects(s, year)) {
    if (!units.contains(p.unit_id) || (p.status != "approved" && p.status != "executing")) continue;
    // Projects of one name in a unit (a grant paid again) would read as one on its pages.
    auto& chosen = names[p.unit_id];
    if (chosen.size() == kAccountTargets || !chosen.insert(p.name).second) continue;
    const std::size_t k = chosen.size() - 1;
    insert_target(s, p, case_of(cases, p.function_class, k), "approved",
                  8200 + static_cast<long long>(k) * 150);
    ++n;
  }
  return n;
}

std::size_t insert_demo_closed_year_targets(soci::session& s, long long year, unsigned seed,
                                            const std::set<long long>& every_of_units) {
  const auto cases = cases_by_industry();
  std::mt19937_64 rng(seed);
  std::size_t n = 0;
  for (const auto& p : projects::repo::year_projects(s, year)) {
    if (p.status != "approved" && p.status != "executing" && p.status != "completed") continue;
    const bool drawn = rng() % 100 < 70;
    if (!drawn && !every_of_units.contains(p.unit_id)) continue;
    insert_target(s, p, case_of(cases, p.function_class, rng()), "approved",
                  7000 + static_cast<long long>(rng() % 2801));
    ++n;
  }
  return n;
}

std::size_t insert_demo_department_targets(soci::session& s, long long year) {
  const auto cases = cases_by_industry();
  // Each department's projects of the year in the budget: its money and its main industry.
  struct Department {
    long long region_id = 0;
    Fen amount_fen = 0;
    std::string function_class;
  };
  std::map<long long, Department> departments;
  for (const auto& p : projects::repo::year_projects(s, year)) {
    if (p.status != "approved" && p.status != "executing" && p.status != "completed") continue;
    auto& d = departments[p.department_id];
    d.region_id = p.region_id;
    d.amount_fen += p.amount_fen;
    if (d.function_class.empty()) d.function_class = p.function_class;
  }
  std::size_t n = 0;
  for (const auto& [id, d] : departments) {
    const DemoCase& c = case_of(cases, d.function_class, static_cast<std::size_t>(id));
    targets::Target t;
    t.region_id = d.region_id;
    t.year = year;
    t.kind = "department";
    t.unit_id = t.department_id = id;
    t.framework_version = library::latest_framework().version;
    t.draft.overall_goal = "全面履行部门职责，统筹管好用好全年预算资金：" + c.goal;
    t.draft.indicators = c.indicators;
    t.draft.amount_fen = d.amount_fen;
    t.status = "approved";
    t.created_at = t.updated_at = std::to_string(year) + "-01-12T09:00:00Z";
    t.id = targets::repo::insert(s, t);
    targets::repo::replace_indicators(s, t.id, t.draft.indicators);
    t.submitted_at = std::to_string(year) + "-01-18T10:00:00Z";
    t.score = 8000 + (id * 37) % 1500;
    t.grade = targets::grade_of(t.score, targets::national_target_settings().bands);
    t.decided_at = std::to_string(year) + "-02-08T15:00:00Z";
    targets::repo::update_status(s, t, 1);
    ++n;
  }
  return n;
}

void issue_demo_letters(soci::session& s, db::Dialect dialect, long long region_id,
                        long long office_id) {
  std::vector<long long> decided(2000);
  s << "SELECT id FROM targets WHERE region_id = :r AND status IN ('approved', 'rejected') "
       "ORDER BY id",
      soci::use(region_id), soci::into(decided);
  const targets::repo::Reader reader{{auth::DataScope::Kind::region, region_id, {}}, 0};
  const std::vector<targets::repo::Review> none;
  for (const long long id : decided) {
    auto t = targets::repo::find(s, id, reader);
    if (!t) continue;
    t->draft.indicators = targets::repo::indicators(s, id);
    const auto* framework = library::find_framework(t->framework_version);
    const targets::LetterInput in{*t, t->status == "approved" ? "approve" : "reject", none,
                                  framework ? *framework : library::latest_framework(),
                                  targets::national_target_settings().sheet.pass_mark};
    documents::issue(s, dialect, targets::decision_letter(in), office_id,
                     audit::system_entry("", "", 0, 0));
  }
}

void insert_demo_review_batches(soci::session& s, long long region_id, long long year,
                                long long office_id, long long expert_id, long long agency_id) {
  std::vector<long long> waiting(20);
  s << "SELECT id FROM targets WHERE region_id = :r AND year = :y AND kind = 'project' AND status "
       "IN ('department_reviewed', 'section_reviewed') ORDER BY id",
      soci::use(region_id), soci::use(year), soci::into(waiting);
  if (waiting.size() < 4) return;
  const std::string created = std::to_string(year) + "-01-25T09:00:00Z";
  const auto batch = [&](const char* name, long long reviewer, std::size_t from, std::size_t n) {
    targets::repo::Batch b;
    b.region_id = region_id;
    b.year = year;
    b.name = name;
    b.reviewer_id = reviewer;
    b.due_date = std::to_string(year) + "-02-28";
    b.created_by = office_id;
    b.created_at = created;
    const auto first = waiting.begin() + static_cast<std::ptrdiff_t>(from);
    const std::size_t count = std::min(n, waiting.size() - from);
    targets::repo::insert_batch(s, b, {first, first + static_cast<std::ptrdiff_t>(count)});
  };
  const std::size_t half = waiting.size() / 2;
  batch("重点项目绩效目标专家评审（第一批）", expert_id, 0, std::min<std::size_t>(half, 6));
  batch("绩效目标第三方复核", agency_id, half, 6);
  targets::repo::Review r;
  r.target_id = waiting.front();
  r.reviewer_id = expert_id;
  r.stage = "expert";
  r.decision = "advise";
  r.comment =
      "产出指标较完整，但效益指标“社会效益”只有一项，建议补充可量化的受益人数；时效指标请写明"
      "具体完成日期。";
  r.created_at = std::to_string(year) + "-01-28T16:30:00Z";
  targets::repo::insert_review(s, r);
}

}  // namespace jixiao::cli
