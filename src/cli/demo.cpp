#include "cli/demo.h"
#include "cli/demo_accounts.h"
#include "cli/demo_annual_report.h"
#include "cli/demo_appraisal.h"
#include "cli/demo_assessment.h"
#include "cli/demo_budget_review.h"
#include "cli/demo_disclosure.h"
#include "cli/demo_key_evaluation.h"
#include "cli/demo_key_evaluation_flow.h"
#include "cli/demo_key_evaluation_plan.h"
#include "cli/demo_monitoring.h"
#include "cli/demo_rectify.h"
#include "cli/demo_region.h"
#include "cli/demo_result_application.h"
#include "cli/demo_self_evaluation.h"
#include "cli/demo_self_evaluation_review.h"
#include "cli/demo_service_account.h"
#include "cli/demo_targets.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "audit/log.h"
#include "auth/password.h"
#include "base/money.h"
#include "org/repo.h"
#include "org/repo_bulk.h"
#include "projects/model.h"
#include "projects/repo.h"
#include "projects/repo_bulk.h"
#include "rules/repo.h"
#include "targets/repo.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;

// Organisation rows carry one fixed time so that every demo database is identical.
const std::string kOrgTime = "2025-12-01T08:00:00Z";
using demo_data::kBusinessSections;
using demo_data::kGeneral;
using demo_data::kNextYear;
using demo_data::kNextYearShare;
using demo_data::kPerformanceSection;
using demo_data::kYears;
using demo_data::ProjectKind;
using demo_data::region_specs;
using demo_data::RegionSpec;
using demo_data::Sector;
using demo_data::sectors;

// A department or unit that owns projects.
struct Owner {
  long long unit_id = 0;
  long long department_id = 0;
  const Sector* sector = nullptr;
  bool department = false;
};

// What was created for one region, as the later steps need it.
struct RegionOrg {
  const RegionSpec* spec = nullptr;
  long long id = 0;
  std::map<std::string, long long> sections;  // by stem ("教科文"), the performance office too
  std::map<std::string, long long> units;     // by full name ("州第一中学")
  std::map<long long, long long> section_of_department;
  std::vector<Owner> owners;
};

std::string pad(long long v, std::size_t width) {
  std::string s = std::to_string(v);
  return s.size() >= width ? s : std::string(width - s.size(), '0') + s;
}

std::string iso_time(long long year, long long month, long long day, long long hour) {
  return std::to_string(year) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) +
         ":00:00Z";
}

// --- Organisation -----------------------------------------------------------------------------

long long insert_region(soci::session& s, const RegionSpec& spec, long long parent_id,
                        const std::string& parent_path) {
  org::Region r;
  r.parent_id = parent_id;
  r.code = spec.code;
  r.name = spec.name;
  r.level = parent_id == 0 ? "prefecture" : "county";
  r.path = parent_path.empty() ? "/" : parent_path;
  r.created_at = r.updated_at = kOrgTime;
  return org::repo::insert_region(s, r);
}

void insert_bureau_and_sections(soci::session& s, RegionOrg& org) {
  const std::string bureau_name = std::string(org.spec->name) + "财政局";
  const long long bureau_id = org::repo::insert_bureau(s, {0, org.id, bureau_name, 1}, kOrgTime);
  auto add = [&](const char* stem, const std::string& kind) {
    const std::string name = std::string(stem) + org.spec->section_suffix;
    org.sections[stem] =
        org::repo::insert_section(s, {0, bureau_id, org.id, name, kind, 1, 0}, kOrgTime);
  };
  add(kPerformanceSection, "performance_office");
  for (const char* stem : kBusinessSections) add(stem, "business");
}

void insert_fiscal_years(soci::session& s, long long region_id) {
  for (const long long year : kYears)
    org::repo::insert_fiscal_year(s, {0, region_id, year, "open", 1, kOrgTime, kOrgTime});
  org::repo::insert_fiscal_year(s, {0, region_id, kNextYear, "open", 1, kOrgTime, kOrgTime});
}

long long insert_department(soci::session& s, RegionOrg& org, const std::string& code,
                            const std::string& name, long long section_id) {
  const long long id = org::repo::insert_department(s, org.id, section_id, code, name, kOrgTime);
  org.units[name] = id;
  org.section_of_department[id] = section_id;
  return id;
}

long long insert_unit(soci::session& s, RegionOrg& org, long long department_id,
                      const std::string& code, const std::string& name) {
  const long long id =
      org::repo::insert_department_unit(s, org.id, department_id, code, name, kOrgTime);
  org.units[name] = id;
  return id;
}

// Departments are coded 101, 102, ...; their units 101001, 101002, ...
void insert_units(soci::session& s, RegionOrg& org, bool county) {
  long long dept_no = 100;
  for (const Sector& sector : sectors()) {
    if (county && sector.county_department == nullptr) continue;
    const std::string dept_code = std::to_string(++dept_no);
    const std::string dept_name =
        std::string(org.spec->prefix) + (county ? sector.county_department : sector.department);
    const long long dept_id =
        insert_department(s, org, dept_code, dept_name, org.sections.at(sector.section));
    org.owners.push_back({dept_id, dept_id, &sector, true});
    long long unit_no = 0;
    for (const char* stem : county ? sector.county_units : sector.prefecture_units) {
      const std::string code = dept_code + pad(++unit_no, 3);
      const long long unit_id =
          insert_unit(s, org, dept_id, code, std::string(org.spec->prefix) + stem);
      org.owners.push_back({unit_id, dept_id, &sector, false});
    }
  }
}

std::vector<RegionOrg> insert_organisation(soci::session& s) {
  std::vector<RegionOrg> orgs;
  std::string root_path;
  long long root_id = 0;
  for (const RegionSpec& spec : region_specs()) {
    RegionOrg org;
    org.spec = &spec;
    org.id = insert_region(s, spec, root_id, root_path);
    if (root_id == 0) {
      root_id = org.id;
      root_path = "/" + std::to_string(root_id) + "/";
    }
    insert_bureau_and_sections(s, org);
    insert_fiscal_years(s, org.id);
    insert_units(s, org, org.id != root_id);
    orgs.push_back(std::move(org));
  }
  return orgs;
}

// --- Projects ---------------------------------------------------------------------------------

struct PlannedProject {
  long long region_id = 0;
  long long year = 0;
  std::string code;
  std::string name;
  long long unit_id = 0;
  long long department_id = 0;
  std::string fund_type;
  long long amount_fen = 0;  // long long, not Fen (int64_t is long): SOCI 4.0 binds long long
  std::string function_class;
  std::string category;
  long long tags = 0;
  std::string status;
  std::string created_at;
  std::string updated_at;
  long long parent = -1;  // index of the program in the plan, or -1
  long long id = 0;       // once inserted (programs only)
};

// Picks an index with probability proportional to its weight.
template <class Weights>
std::size_t pick_weighted(Rng& rng, const Weights& weights) {
  long long total = 0;
  for (auto w : weights) total += w;
  long long r = static_cast<long long>(rng() % static_cast<std::uint64_t>(total));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

bool chance(Rng& rng, int percent) { return static_cast<int>(rng() % 100) < percent; }

// Amount bands in 万元 and how often each is drawn (per mille): many small, a few very large.
constexpr std::array<long long, 12> kBandWan = {5,   10,   20,   50,   100,   200,
                                                500, 1000, 2000, 5000, 10000, 30000};
constexpr std::array<int, 11> kBandWeight = {150, 170, 220, 150, 110, 100, 50, 28, 15, 5, 2};

Fen draw_amount(Rng& rng, int shift) {
  long long band = static_cast<long long>(pick_weighted(rng, kBandWeight)) + shift;
  band = std::max(0LL, std::min(band, static_cast<long long>(kBandWeight.size()) - 1));
  const Fen lo = kBandWan[band] * kFenPerWan;
  const Fen span = (kBandWan[band + 1] - kBandWan[band]) * kFenPerWan;
  const Fen amount = lo + static_cast<Fen>(rng() % static_cast<std::uint64_t>(span));
  // Budgets are written to the hundred yuan; large ones to the 万元.
  const Fen step = band >= 7 ? kFenPerWan : 100 * kFenPerYuan;
  return amount - amount % step;
}

std::string draw_status(Rng& rng, long long year) {
  static constexpr std::array<const char*, 5> kStatuses = {"draft", "declared", "approved",
                                                           "executing", "completed"};
  static constexpr std::array<int, 5> kCurrent = {8, 10, 42, 40, 0};
  static constexpr std::array<int, 5> kPrevious = {0, 0, 10, 60, 30};
  static constexpr std::array<int, 5> kNext = {25, 75, 0, 0, 0};  // being prepared
  if (year == kNextYear) return kStatuses[pick_weighted(rng, kNext)];
  return kStatuses[pick_weighted(rng, year == kYears.back() ? kCurrent : kPrevious)];
}

std::string draw_category(Rng& rng, bool works) {
  static constexpr std::array<int, 3> kWorks = {45, 55, 0};  // new, continuing, recurring
  static constexpr std::array<int, 3> kOther = {15, 30, 55};
  return projects::categories().terms()[pick_weighted(rng, works ? kWorks : kOther)].value;
}

std::int64_t draw_tags(Rng& rng, std::int64_t likely) {
  std::int64_t tags = 0;
  for (std::size_t i = 0; i < projects::tags().terms().size(); ++i) {
    const std::int64_t bit = std::int64_t{1} << i;
    if ((likely & bit) && chance(rng, 60)) tags |= bit;
  }
  return tags;
}

// Declared in the autumn before the year, touched again as the status moved on.
void draw_times(Rng& rng, PlannedProject& p) {
  p.created_at =
      iso_time(p.year - 1, 10 + static_cast<long long>(rng() % 2),
               1 + static_cast<long long>(rng() % 28), 1 + static_cast<long long>(rng() % 8));
  if (p.status == "draft") {
    p.updated_at = p.created_at;
  } else if (p.status == "declared") {
    // The next year's were declared in November, before the demo's today.
    const long long month = p.year == kNextYear ? 11 : 12;
    p.updated_at = iso_time(p.year - 1, month, 1 + static_cast<long long>(rng() % 28), 2);
  } else {
    p.updated_at = iso_time(p.year, 1 + static_cast<long long>(rng() % 3),
                            1 + static_cast<long long>(rng() % 28), 3);
  }
}

const ProjectKind& pick_kind(Rng& rng, const Owner& owner, bool general_only) {
  std::vector<const ProjectKind*> kinds;
  std::vector<int> weights;
  for (const ProjectKind& k : owner.sector->kinds) {
    if (!owner.department && k.dept_only) continue;
    if (general_only && std::string_view(k.fund_type) != kGeneral) continue;
    kinds.push_back(&k);
    weights.push_back(k.weight);
  }
  return *kinds[pick_weighted(rng, weights)];
}

// Plans the projects of one region and year; codes are "<region code><year><5-digit sequence>".
class YearPlanner {
 public:
  YearPlanner(Rng& rng, const RegionOrg& org, long long year, std::vector<PlannedProject>& out)
      : rng_(rng), org_(org), year_(year), out_(out) {}

  void run(int count, int programs) {
    const std::size_t start = out_.size();
    for (const Owner* dept : program_departments(programs)) add_program(*dept);
    while (out_.size() - start < static_cast<std::size_t>(count)) {
      add_project(org_.owners[pick_owner()], -1, "");
    }
  }

 private:
  // Departments weigh more than units: they also run the policy money.
  std::size_t pick_owner() {
    std::vector<int> weights;
    for (const Owner& o : org_.owners) weights.push_back(o.department ? 3 : 2);
    return pick_weighted(rng_, weights);
  }

  std::vector<const Owner*> program_departments(int n) {
    std::vector<const Owner*> depts;
    for (std::size_t i = 0; i < org_.owners.size(); ++i) {
      const bool has_units = i + 1 < org_.owners.size() && !org_.owners[i + 1].department;
      if (org_.owners[i].department && has_units) depts.push_back(&org_.owners[i]);
    }
    for (std::size_t i = depts.size(); i > 1; --i) std::swap(depts[i - 1], depts[rng_() % i]);
    depts.resize(std::min(depts.size(), static_cast<std::size_t>(n)));
    return depts;
  }

  // A program (一级项目) owned by the department, its sub-projects by the department's units.
  void add_program(const Owner& dept) {
    std::vector<const Owner*> members;
    for (const Owner& o : org_.owners) {
      if (o.department_id == dept.unit_id) members.push_back(&o);
    }
    const long long program = static_cast<long long>(out_.size());
    PlannedProject& p = start(dept, std::to_string(year_) + "年" + dept.sector->program);
    p.fund_type = kGeneral;
    p.category = "continuing";
    const std::string status = year_ == kYears.back() ? "approved" : "executing";
    p.status = status;
    draw_times(rng_, p);
    // p dangles from here on: adding sub-projects may move the vector.
    const int children = 3 + static_cast<int>(rng_() % 4);
    for (int i = 0; i < children; ++i) {
      add_project(*members[static_cast<std::size_t>(i) % members.size()], program, status);
    }
    Fen total = 0;
    for (std::size_t i = static_cast<std::size_t>(program) + 1; i < out_.size(); ++i) {
      total += out_[i].amount_fen;
    }
    out_[static_cast<std::size_t>(program)].amount_fen = total;
    out_[static_cast<std::size_t>(program)].function_class =
        out_[static_cast<std::size_t>(program) + 1].function_class;
  }

  void add_project(const Owner& owner, long long parent, const std::string& status) {
    const ProjectKind& kind = pick_kind(rng_, owner, parent >= 0);
    std::string name = chance(rng_, 30) ? std::to_string(year_) + "年" : "";
    name += kind.name;
    if (kind.works) {
      const auto& towns = org_.spec->townships;
      name += std::string("（") + towns[rng_() % towns.size()] + "）";
    }
    PlannedProject& p = start(owner, name);
    p.fund_type = kind.fund_type;
    const bool county = org_.spec != &region_specs().front();
    p.amount_fen = draw_amount(rng_, kind.scale - (county ? 1 : 0));
    p.function_class = kind.function_class;
    p.category = draw_category(rng_, kind.works);
    p.tags = draw_tags(rng_, kind.tags);
    p.status = status.empty() ? draw_status(rng_, year_) : status;
    p.parent = parent;
    draw_times(rng_, p);
  }

  PlannedProject& start(const Owner& owner, std::string name) {
    PlannedProject& p = out_.emplace_back();
    p.region_id = org_.id;
    p.year = year_;
    p.code = std::string(org_.spec->code) + std::to_string(year_) + pad(++sequence_, 5);
    p.name = std::move(name);
    p.unit_id = owner.unit_id;
    p.department_id = owner.department_id;
    return p;
  }

  Rng& rng_;
  const RegionOrg& org_;
  long long year_;
  std::vector<PlannedProject>& out_;
  long long sequence_ = 0;
};

std::vector<PlannedProject> plan_projects(const std::vector<RegionOrg>& orgs) {
  Rng rng(20260101);
  std::vector<PlannedProject> plan;
  for (const RegionOrg& org : orgs) {
    const bool prefecture = &org == &orgs.front();
    for (std::size_t y = 0; y < kYears.size(); ++y) {
      const bool current = kYears[y] == kYears.back();
      const int programs = prefecture ? (current ? 4 : 1) : (current ? 1 : 0);
      YearPlanner(rng, org, kYears[y], plan).run(org.spec->projects[y], programs);
    }
  }
  // Drawn apart, so that the years before stay as they were.
  Rng next(20270101);
  for (const RegionOrg& org : orgs) {
    YearPlanner(next, org, kNextYear, plan).run(org.spec->projects[1] * kNextYearShare / 100, 0);
  }
  return plan;
}

projects::Project to_project(const PlannedProject& p, const std::vector<PlannedProject>& plan) {
  projects::Project out;
  out.region_id = p.region_id;
  out.year = p.year;
  out.code = p.code;
  out.name = p.name;
  out.unit_id = p.unit_id;
  out.department_id = p.department_id;
  out.fund_type = p.fund_type;
  out.amount_fen = p.amount_fen;
  out.function_class = p.function_class;
  out.category = p.category;
  out.parent_id = p.parent >= 0 ? plan[static_cast<std::size_t>(p.parent)].id : 0;
  out.tags = p.tags;
  out.status = p.status;
  out.created_at = p.created_at;
  out.updated_at = p.updated_at;
  return out;
}

// Programs one by one, for their ids; everything else in one bulk statement.
std::size_t insert_projects(soci::session& s, db::Dialect dialect,
                            const std::vector<RegionOrg>& orgs) {
  std::vector<PlannedProject> plan = plan_projects(orgs);
  std::vector<bool> is_program(plan.size(), false);
  for (const PlannedProject& p : plan) {
    if (p.parent >= 0) is_program[static_cast<std::size_t>(p.parent)] = true;
  }
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (is_program[i]) plan[i].id = projects::repo::insert(s, to_project(plan[i], plan));
  }
  projects::repo::ProjectRows rows;
  for (const PlannedProject& p : plan) {
    if (p.id == 0) rows.add(to_project(p, plan));
  }
  projects::repo::insert_bulk(s, dialect, rows);
  return plan.size();
}

// --- Accounts ---------------------------------------------------------------------------------

constexpr const char* kDepartment = "州教育体育局";
constexpr const char* kUnit = "州第一中学";
constexpr const char* kUnit2 = "州人民医院";

DemoPlacements place(const std::vector<RegionOrg>& orgs) {
  const RegionOrg& root = orgs.front();
  const RegionOrg& county = orgs.at(1);
  DemoPlacements p;
  p.root = root.id;
  p.office = root.sections.at(kPerformanceSection);
  p.department = root.units.at(kDepartment);
  p.section = root.section_of_department.at(p.department);
  p.unit = root.units.at(kUnit);
  p.unit2 = root.units.at(kUnit2);
  p.county = county.id;
  p.county_office = county.sections.at(kPerformanceSection);
  return p;
}

long long user_id(soci::session& s, const std::string& username) {
  long long id = 0;
  s << "SELECT id FROM users WHERE username = :u", soci::use(username), soci::into(id);
  return id;
}

bool demo_exists(soci::session& s) {
  return org::repo::find_region_by_code(s, kDemoRegionCode).has_value();
}

void build_demo(soci::session& s, db::Dialect dialect, const std::string& password_hash) {
  const std::vector<RegionOrg> orgs = insert_organisation(s);
  const std::size_t projects = insert_projects(s, dialect, orgs);
  const DemoPlacements where = place(orgs);
  insert_demo_users(s, where, password_hash, kOrgTime);
  // The budgets of the years before were approved before the budget gate was in use (R-BG-1):
  // the region switched it off for them; the next year's budget passes through it.
  for (const long long year : kYears) {
    rules::repo::upsert(
        s, where.root, year, "R-BG-1",
        R"({"target_review":false,"ex_ante":false,"budget_review":false,"result_application":false})",
        user_id(s, "demo_office"), kOrgTime);
  }
  // The accounts' units get the current year's targets of their own, after the region's so that
  // the region's draws stay as they are; their next year starts empty.
  const std::set<long long> accounts = {where.unit, where.unit2};
  std::size_t targets = insert_demo_targets(s, kYears.back(), 20260301, accounts);
  targets += insert_demo_account_targets(s, kYears.back(), accounts);
  targets += insert_demo_targets(s, kNextYear, 20270301, accounts);
  insert_demo_review_batches(s, where.root, kYears.back(), user_id(s, "demo_office"),
                             user_id(s, "demo_expert"), user_id(s, "demo_agency"));
  issue_demo_letters(s, dialect, where.root, user_id(s, "demo_office"));
  // The year before is closed: its targets were approved before jixiao issued letters, and the
  // accounts' units have one for each project, for their self-evaluation.
  targets += insert_demo_closed_year_targets(s, kYears.front(), 20250301, accounts);
  for (const long long year : kYears) targets += insert_demo_department_targets(s, year);
  insert_demo_assessments(s, dialect, where.root, kNextYear, accounts);
  for (const long long year : {kYears[0], kYears[1], kNextYear}) {  // rows went in by bulk
    projects::repo::rebuild_totals(s, year);
    targets::repo::rebuild_totals(s, year);
  }
  insert_demo_budget_reviews(s, where.root, kNextYear);
  insert_demo_monitoring(s, dialect, where.root, kYears.back(), accounts, where.department);
  insert_demo_rectify(s, dialect, where.root, kYears.back(), accounts);
  insert_demo_self_evaluation(s, dialect, where.root, kYears.front(), accounts, where.department);
  insert_demo_registry(s, dialect, where.root, where.unit, where.unit2, user_id(s, "demo_agency"),
                       user_id(s, "demo_expert"));
  insert_demo_key_evaluation_plan(s, dialect, where.root, kYears.back(), user_id(s, "demo_office"));
  std::size_t units = 0;
  for (const RegionOrg& org : orgs) units += org.units.size();
  auto e = audit::system_entry("demo", "region", orgs.front().id, orgs.front().id);
  e.after_json =
      "{\"regions\":" + std::to_string(orgs.size()) + ",\"units\":" + std::to_string(units) +
      ",\"projects\":" + std::to_string(projects) + ",\"targets\":" + std::to_string(targets) +
      ",\"users\":" + std::to_string(demo_account_count()) + "}";
  audit::append(s, dialect, e);
}

}  // namespace

std::vector<DemoAccount> create_demo(db::Database& db) {
  if (db.read([](soci::session& s) { return demo_exists(s); })) return demo_accounts();
  // Hashed once, outside the write lock: argon2id is slow on purpose.
  const std::string hash = auth::hash_password(kDemoPassword);
  const db::Dialect dialect = db.dialect();
  bool built = false;
  db.write([&](soci::session& s) {
    if (demo_exists(s)) return;  // another process may have won the race
    build_demo(s, dialect, hash);
    built = true;
  });
  // The review of the year before goes through its services, each step its own transaction.
  if (built) {
    insert_demo_self_evaluation_review(db, kYears.front());
    insert_demo_key_evaluations(db, kYears.front());
    // Result application after the year's results: budget actions and their breaches.
    insert_demo_result_application(db);
    // Disclosure publishes what the stages above concluded.
    insert_demo_disclosure(db);
    // The appraisal of the year closed, last: it scores every stage before it.
    insert_demo_appraisal(db, kYears.front());
    // The office's draft of the current year's annual work report, around the live figures.
    insert_demo_annual_report(db, kYears[1]);
    // The budget execution system's account and its tokens (none printed).
    insert_demo_service_account(db);
  }
  return demo_accounts();
}

}  // namespace jixiao::cli
