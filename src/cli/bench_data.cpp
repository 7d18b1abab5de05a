#include "cli/bench_data.h"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <future>
#include <map>
#include <random>
#include <tuple>
#include <vector>

#include "accounts/repo_bulk.h"
#include "auth/password.h"
#include "base/csv.h"
#include "base/embedded_data.h"
#include "base/error.h"
#include "budget_review/repo.h"
#include "budget_review/repo_bulk.h"
#include "cli/bench_assessment.h"
#include "cli/bench_batch.h"
#include "cli/bench_data_self_evaluation.h"
#include "cli/bench_monitoring.h"
#include "db/query.h"
#include "library/framework.h"
#include "library/import_rules.h"
#include "library/model.h"
#include "org/repo.h"
#include "org/repo_bulk.h"
#include "targets/review_rules.h"
#include "targets/settings.h"
#include "targets/value.h"

namespace jixiao::cli {

namespace {

constexpr const char* kAt = "2026-01-05T09:00:00Z";
constexpr int kPrefectures = 16;
constexpr int kCountiesEach = 8;
constexpr int kCountyDepartments = 12;  // a county runs fewer departments than a prefecture
// Where a project is carried out: goals name it, as real ones do, so that two projects of a unit
// rarely share a goal word for word.
constexpr const char* kTowns[] = {"城关镇", "新华乡", "河口镇", "坝区乡", "石桥镇", "龙潭乡",
                                  "清水镇", "白沙乡", "青山镇", "团结乡", "太平镇", "马街乡",
                                  "三合镇", "永安乡", "官渡镇", "大营乡", "金鸡镇", "双龙乡",
                                  "柳树镇", "新村乡", "长岭镇", "温泉乡", "凤凰镇", "松林乡",
                                  "杨柳镇", "云台乡", "花山镇", "东升乡", "西坪镇", "南屏乡"};
constexpr const char* kBusinessSections[] = {"经济建设科", "社会保障科", "教科文科", "农业农村科"};

using Rng = std::mt19937_64;

std::string pad(long long v, std::size_t width) {
  std::string s = std::to_string(v);
  return s.size() >= width ? s : std::string(width - s.size(), '0') + s;
}

struct Region {
  long long id = 0;
  std::string code, name, level, path;
  std::vector<long long> sections;  // business sections
};

struct Owner {
  long long unit_id = 0, department_id = 0, region_id = 0;
  const library::Industry* industry = nullptr;
  std::string region_name;
};

struct Library {
  // By industry, then by subcategory: what a target of that industry draws from.
  std::map<std::string, std::map<std::string, std::vector<library::LibraryIndicator>>> rows;
  std::map<std::string, std::vector<std::string>> case_names;  // by industry, year stripped
};

Library load_library() {
  Library lib;
  std::string error;
  const auto csv = parse_csv(embedded_file("library/indicators.csv"), &error);
  for (auto& r : library::parse_indicator_rows(*csv, library::latest_framework()).rows)
    lib.rows[r.industry][r.subcategory].push_back(r);
  const auto cases = boost::json::parse(embedded_file("library/cases.json"));
  for (const auto& c : cases.as_array()) {
    std::string name(c.as_object().at("name").as_string());
    if (auto pos = name.find("年"); pos != std::string::npos && pos <= 4)
      name = name.substr(pos + 3);
    lib.case_names[std::string(c.as_object().at("industry").as_string())].push_back(name);
  }
  return lib;
}

Region insert_region(soci::session& s, const std::string& code, const std::string& name,
                     const std::string& level, const Region* parent) {
  org::Region row;
  row.parent_id = parent ? parent->id : 0;
  row.code = code;
  row.name = name;
  row.level = level;
  row.path = parent ? parent->path : "/";
  row.created_at = row.updated_at = kAt;
  Region r{org::repo::insert_region(s, row), code, name, level, "", {}};
  r.path = row.path + std::to_string(r.id) + "/";
  const long long bureau_id = org::repo::insert_bureau(s, {0, r.id, name + "财政局", 1}, kAt);
  auto section = [&](const std::string& n, const std::string& kind) {
    return org::repo::insert_section(s, {0, bureau_id, r.id, n, kind, 1, 0}, kAt);
  };
  section("绩效管理科", "performance_office");
  for (const char* n : kBusinessSections) r.sections.push_back(section(n, "business"));
  for (long long y : {2025LL, 2026LL, 2027LL})
    org::repo::insert_fiscal_year(s, {0, r.id, y, "open", 1, kAt, kAt});
  return r;
}

// Departments (one per industry; counties run the first twelve) with 2–6 units each.
void insert_units(soci::session& s, const Region& r, Rng& rng, std::vector<Owner>& owners,
                  long long& units) {
  const auto& all = library::industries();
  const std::size_t n = r.level == "county" ? kCountyDepartments : all.size();
  for (std::size_t d = 0; d < n && d < all.size(); ++d) {
    const std::string code = std::to_string(101 + d);
    const std::string name = r.name + all[d].name + "局";
    const long long dept =
        org::repo::insert_department(s, r.id, r.sections[d % r.sections.size()], code, name, kAt);
    owners.push_back({dept, dept, r.id, &all[d], r.name});
    ++units;
    const int children = 2 + static_cast<int>(rng() % 5);
    for (int u = 1; u <= children; ++u) {
      const long long unit = org::repo::insert_department_unit(
          s, r.id, dept, code + pad(u, 3), name + "直属单位" + std::to_string(u), kAt);
      owners.push_back({unit, dept, r.id, &all[d], r.name});
      ++units;
    }
  }
}

// Accounts of every role: per region an office, a section and a viewer; per department its
// account and one for its first unit; at the province an administrator, experts and agencies.
long long insert_users(soci::session& s, const std::vector<Region>& regions,
                       const std::vector<Owner>& owners, const std::string& hash) {
  std::vector<accounts::User> users;
  auto add = [&](std::string name, std::string role, long long region, long long unit,
                 long long section) {
    accounts::User u;
    u.username = u.display_name = std::move(name);
    u.role = std::move(role);
    u.region_id = region;
    u.unit_id = unit;
    u.section_id = section;
    u.must_change_password = false;
    u.created_at = u.updated_at = kAt;
    users.push_back(std::move(u));
  };
  add("bench_admin", "admin", regions.front().id, 0, 0);
  for (int i = 1; i <= 10; ++i) {
    add("bench_expert" + std::to_string(i), "expert", regions.front().id, 0, 0);
    add("bench_agency" + std::to_string(i), "agency", regions.front().id, 0, 0);
  }
  for (const auto& r : regions) {
    add("b" + r.code + "_office", "performance_office", r.id, 0, 0);
    add("b" + r.code + "_section", "business_section", r.id, 0, r.sections.front());
    add("b" + r.code + "_viewer", "viewer", r.id, 0, 0);
  }
  long long previous_department = 0;
  for (const auto& o : owners) {
    if (o.unit_id == o.department_id) {
      add("b" + std::to_string(o.unit_id) + "_department", "department", o.region_id, o.unit_id, 0);
      previous_department = o.department_id;
    } else if (previous_department == o.department_id) {
      add("b" + std::to_string(o.unit_id) + "_unit", "unit", o.region_id, o.unit_id, 0);
      previous_department = 0;  // one unit account per department
    }
  }
  accounts::repo::insert_bulk(s, users, hash);
  return static_cast<long long>(users.size());
}

// Amounts from a few thousand yuan to hundreds of millions, most of them small: log-uniform
// between 5,000 元 and 300,000,000 元, in fen.
long long draw_amount(Rng& rng) {
  std::uniform_real_distribution<double> exponent(3.7, 8.48);  // 10^3.7 ≈ 5,000 元
  const double yuan = std::pow(10.0, exponent(rng));
  return static_cast<long long>(yuan / 100) * 100 * 100;  // whole hundreds of yuan, in fen
}

std::string draw_fund(Rng& rng) {
  const int r = static_cast<int>(rng() % 100);
  return r < 80 ? "general" : r < 92 ? "gov_fund" : r < 95 ? "state_capital" : "social_insurance";
}

std::string draw_status(Rng& rng) {
  const int r = static_cast<int>(rng() % 100);
  return r < 60   ? "approved"
         : r < 75 ? "submitted"
         : r < 80 ? "section_reviewed"
         : r < 83 ? "returned"
         : r < 85 ? "rejected"
                  : "draft";
}

// The year's project_totals and target_totals, counted as the rows are generated: the writes
// keep them in the app (projects/repo, targets/repo), and a recount after loading would read
// every row again. Every generated project is approved and has one project target.
struct YearTotals {
  using Key = std::tuple<long long, long long, std::string>;  // region, department, fund type
  std::map<Key, std::array<long long, 2>> projects;           // count, fen
  std::map<std::pair<Key, std::string>, std::array<long long, 3>> targets;  // by status: count,
                                                                            // not funded, fen
  void add(long long region, long long department, const std::string& fund, long long fen,
           const std::string& status, long long not_funded) {
    auto& p = projects[{region, department, fund}];
    p[0] += 1;
    p[1] += fen;
    auto& t = targets[{{region, department, fund}, status}];
    t[0] += 1;
    t[1] += not_funded;
    t[2] += fen;
  }
  void write(soci::session& s, db::Dialect dialect, long long year,
             const std::string& project_status = "approved") const {
    projects::repo::ProjectTotalRows p;
    for (const auto& [k, v] : projects) {
      p.year.push_back(year);
      p.region_id.push_back(std::get<0>(k));
      p.department_id.push_back(std::get<1>(k));
      p.fund_type.push_back(std::get<2>(k));
      p.status.push_back(project_status);
      p.projects.push_back(v[0]);
      p.amount_fen.push_back(v[1]);
    }
    projects::repo::insert_totals_bulk(s, dialect, p);
    targets::repo::TargetTotalRows t;
    for (const auto& [k, v] : targets) {
      t.year.push_back(year);
      t.region_id.push_back(std::get<0>(k.first));
      t.department_id.push_back(std::get<1>(k.first));
      t.kind.push_back("project");
      t.fund_type.push_back(std::get<2>(k.first));
      t.cancelled.push_back(0);
      t.status.push_back(k.second);
      t.targets.push_back(v[0]);
      t.not_funded.push_back(v[1]);
      t.amount_fen.push_back(v[2]);
    }
    targets::repo::insert_totals_bulk(s, dialect, t);
  }
};

// The subcategories a target covers, in order: the required ones, then extras.
constexpr const char* kRequired[] = {"quantity",      "quality", "timeliness",
                                     "economic_cost", "social",  "service_recipient"};
constexpr const char* kExtra[] = {"quantity",   "quality",        "economic",  "social",
                                  "ecological", "sustainability", "timeliness"};

// Draws the projects one after another, a batch at a time, always in the same order: the same
// seed gives the same rows whichever thread draws them. A closed year's projects are completed,
// each with an approved target.
class Generator {
 public:
  Generator(const Library& lib, const std::vector<Owner>& owners, Rng& rng,
            const BenchDataOptions& o, long long base, bool closed = false)
      : closed_(closed),
        lib_(lib),
        owners_(owners),
        rng_(rng),
        o_(o),
        base_(base),
        common_(lib.rows.at(std::string(library::kCommon))),
        year_(std::to_string(o.year)) {}

  // The next batch of projects; empty after the last.
  BenchBatch next() {
    BenchBatch b;
    for (int n = 0; n < o_.batch && drawn_ < o_.projects; ++n) draw(b, ++drawn_);
    return b;
  }

  long long indicators = 0;  // drawn so far

 private:
  void draw(BenchBatch& b, long long i) {
    Rng& rng = rng_;
    const Owner& owner = owners_[rng() % owners_.size()];
    const auto& industry = *owner.industry;
    const long long id = base_ + i;
    auto& p = b.projects;
    auto& t = b.targets;
    auto& ind = b.indicators;
    p.id.push_back(id);
    p.region_id.push_back(owner.region_id);
    p.year.push_back(o_.year);
    p.unit_id.push_back(owner.unit_id);
    p.department_id.push_back(owner.department_id);
    p.parent_id.push_back(0);
    p.status.push_back(closed_ ? "completed" : "approved");
    p.created_at.push_back(kAt);
    p.updated_at.push_back(kAt);
    t.id.push_back(id);
    t.region_id.push_back(owner.region_id);
    t.year.push_back(o_.year);
    t.kind.push_back("project");
    t.project_id.push_back(id);
    t.unit_id.push_back(owner.unit_id);
    t.department_id.push_back(owner.department_id);
    t.framework_version.push_back("2021");
    t.created_at.push_back(kAt);
    t.updated_at.push_back(kAt);
    const long long amount = draw_amount(rng);
    p.amount_fen.push_back(amount);
    p.tags.push_back(static_cast<long long>(rng() % 8 == 0 ? 1 << (rng() % 7) : 0));
    p.code.push_back("B" + year_ + pad(i, 8));
    const auto& stems = lib_.case_names.count(industry.key) ? lib_.case_names.at(industry.key)
                                                            : lib_.case_names.begin()->second;
    p.name.push_back(owner.region_name + stems[rng() % stems.size()] + "（" + pad(i, 7) + "）");
    p.fund_type.push_back(draw_fund(rng));
    std::string fc = industry.function_classes.front();
    while (fc.size() < 7) fc += "01";
    p.function_class.push_back(fc.substr(0, 7));
    p.category.push_back(rng() % 3 == 0 ? "new" : rng() % 2 ? "continuing" : "recurring");
    // The target: the required subcategories, then extras up to 8–12 indicators.
    const auto& own = lib_.rows.count(industry.key) ? lib_.rows.at(industry.key) : common_;
    const int count = 8 + static_cast<int>(rng() % 5);
    const int poor = rng() % 100 < 10 ? 1 + static_cast<int>(rng() % 3) : 0;
    std::vector<library::LibraryIndicator> chosen;
    for (int k = 0; k < count; ++k) {
      const char* sub = k < 6 ? kRequired[k] : kExtra[rng() % std::size(kExtra)];
      if (poor == 2 && std::string(sub) == "economic_cost") sub = "quantity";  // no cost
      const auto* pool = own.count(sub)       ? &own.at(sub)
                         : common_.count(sub) ? &common_.at(sub)
                                              : nullptr;
      if (!pool || pool->empty()) pool = &common_.begin()->second;
      // A target names each indicator once: draw again when the name is taken.
      for (int attempt = 0; attempt < 4; ++attempt) {
        const auto& pick = (*pool)[rng() % pool->size()];
        bool taken = false;
        for (const auto& c : chosen) taken = taken || c.name == pick.name;
        if (!taken) {
          chosen.push_back(pick);
          break;
        }
      }
    }
    // Weights as the self-evaluation table spends them (R-SE-1): output and cost 50, benefit
    // 30, satisfaction 10, in hundredths.
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < chosen.size(); ++k)
      groups[chosen[k].category == "cost" ? "output" : chosen[k].category].push_back(k);
    std::vector<long long> weights(chosen.size(), 0);
    for (const auto& [group, members] : groups) {
      const long long total = group == "output" ? 5000 : group == "benefit" ? 3000 : 1000;
      const long long each = total / static_cast<long long>(members.size());
      for (std::size_t m = 0; m < members.size(); ++m)
        weights[members[m]] =
            each + (m == 0 ? total - each * static_cast<long long>(members.size()) : 0);
    }
    std::string goal = p.name.back().substr(0, p.name.back().rfind("（")) + "（" +
                       kTowns[rng() % std::size(kTowns)] + "）：";
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      const auto& pick = chosen[k];
      std::string name = pick.name, value = pick.typical_value, comparator = pick.comparator;
      if (const long long per = targets::fen_per_unit(pick.unit);
          per > 0 && pick.category == "cost")
        value = std::to_string(std::max(1LL, amount * 3 / 10 / per));  // within the money
      if (poor == 1 && k == 4) {  // vague, with no measurable value
        name = "有效提升服务水平";
        value = "有效提升";
        comparator = "qualitative";
      }
      if (poor == 3 && k == 1) name = chosen.front().name;  // the same text again
      if (k < 3) goal += name + (comparator == "qualitative" ? "" : value + pick.unit) + "，";
      ind.target_id.push_back(id);
      ind.position.push_back(static_cast<long long>(k));
      ind.category.push_back(pick.category);
      ind.subcategory.push_back(pick.subcategory);
      ind.name.push_back(name);
      ind.comparator.push_back(comparator);
      ind.value.push_back(value.empty() ? "1" : value);
      ind.unit.push_back(pick.unit);
      ind.weight.push_back(weights[k]);
      ind.direction.push_back(comparator == "qualitative" ? "" : pick.direction);
      ind.value_basis.push_back(pick.value_basis);
    }
    indicators += static_cast<long long>(chosen.size());
    t.overall_goal.push_back(goal + "保障" + industry.name + "领域重点任务按期完成。");
    const std::string status = closed_ ? "approved" : draw_status(rng);
    t.status.push_back(status);
    const bool decided = status == "approved" || status == "rejected";
    const long long score = !decided               ? -1
                            : status == "approved" ? 6000 + static_cast<long long>(rng() % 4001)
                                                   : 3000 + static_cast<long long>(rng() % 3000);
    t.score.push_back(score);
    t.grade.push_back(decided ? targets::grade_of(score, bands_) : "");
    t.not_funded.push_back(status == "rejected" ? 1 : 0);
  }

  const bool closed_;
  const Library& lib_;
  const std::vector<Owner>& owners_;
  Rng& rng_;
  const BenchDataOptions& o_;
  const long long base_;
  const std::map<std::string, std::vector<library::LibraryIndicator>>& common_;
  const std::string year_;
  const targets::GradeBands bands_ = targets::national_target_settings().bands;
  long long drawn_ = 0;
};

// The departments and units of a generated province as bench-data wrote them: a department's
// code names its industry (101 the first).
std::vector<Owner> owners_of(soci::session& s) {
  struct Row {
    long long unit_id = 0, department_id = 0, region_id = 0;
    std::string region_name, department_code;
  };
  db::Query q(
      "SELECT u.id, d.id, u.region_id, g.name, d.code FROM units u JOIN units d ON d.id = "
      "COALESCE(u.department_id, u.id) JOIN regions g ON g.id = u.region_id ORDER BY u.id");
  std::vector<Owner> out;
  const auto& all = library::industries();
  for (const auto& r : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&r) {
         st.exchange(soci::into(r.unit_id));
         st.exchange(soci::into(r.department_id));
         st.exchange(soci::into(r.region_id));
         st.exchange(soci::into(r.region_name));
         st.exchange(soci::into(r.department_code));
       })) {
    const long long k = std::atoll(r.department_code.c_str()) - 101;
    const auto& industry = all[k >= 0 && k < static_cast<long long>(all.size()) ? k : 0];
    out.push_back({r.unit_id, r.department_id, r.region_id, &industry, r.region_name});
  }
  return out;
}

}  // namespace

ClosedYearResult insert_bench_closed_year(db::Database& db, long long year, long long projects,
                                          std::uint64_t seed, int batch) {
  if (projects < 0) throw invalid("evaluations", "自评数不能为负");
  const Library lib = load_library();
  ClosedYearResult result;
  BenchDataOptions o;
  o.year = year;
  o.projects = projects;
  o.seed = seed;
  o.batch = batch;
  Rng rng(seed ^ 0x636c6f736564ULL);
  db.write([&](soci::session& s) {
    const std::vector<Owner> owners = owners_of(s);
    if (owners.empty()) throw precondition("no_units", "请先用 jixiao bench-data 生成基准省");
    long long base = projects::repo::max_id(s);
    s << "SELECT COALESCE(MAX(id), 0) + 0 FROM targets", soci::into(result.first_id);
    base = std::max(base, result.first_id);
    result.first_id = base + 1;
    Generator gen{lib, owners, rng, o, base, true};
    YearTotals totals;
    BenchBatch current = gen.next();
    while (!current.empty()) {
      auto ahead = std::async(std::launch::async, [&gen] { return gen.next(); });
      store(s, db.dialect(), current);
      const auto& p = current.projects;
      for (std::size_t k = 0; k < p.size(); ++k)
        totals.add(p.region_id[k], p.department_id[k], p.fund_type[k], p.amount_fen[k],
                   current.targets.status[k], current.targets.not_funded[k]);
      current = ahead.get();
    }
    result.indicators = gen.indicators;
    totals.write(s, db.dialect(), year, "completed");
    projects::repo::sync_id_sequence(s, db.dialect());
    targets::repo::sync_id_sequence(s, db.dialect());
  });
  result.projects = projects;
  return result;
}

BenchDataResult create_bench_data(db::Database& db, const BenchDataOptions& o) {
  if (o.projects < 0) throw invalid("projects", "项目数不能为负");
  const auto start = std::chrono::steady_clock::now();
  const Library lib = load_library();
  const std::string hash = auth::hash_password(kBenchPassword);
  BenchDataResult result;
  Rng rng(o.seed);
  std::vector<Region> regions;
  std::vector<Owner> owners;
  db.write([&](soci::session& s) {
    if (org::repo::has_regions(s))
      throw conflict("not_empty", "数据库中已有地区：请对空库生成基准数据");
    regions.push_back(insert_region(s, "990000", "基准省", "province", nullptr));
    const Region province = regions.front();
    for (int p = 1; p <= kPrefectures; ++p) {
      regions.push_back(insert_region(s, "99" + pad(p, 2) + "00", "第" + std::to_string(p) + "州",
                                      "prefecture", &province));
      const Region prefecture = regions.back();
      for (int c = 1; c <= kCountiesEach; ++c)
        regions.push_back(insert_region(s, "99" + pad(p, 2) + pad(c, 2),
                                        prefecture.name + "第" + std::to_string(c) + "县", "county",
                                        &prefecture));
    }
    for (const auto& r : regions) insert_units(s, r, rng, owners, result.units);
    result.users = insert_users(s, regions, owners, hash);
  });
  result.regions = static_cast<long long>(regions.size());

  // Projects, targets and indicators with explicit ids, in bulk, batch by batch: the next batch
  // is generated on another thread while this one is stored, each on a core of its own.
  const auto projects_start = std::chrono::steady_clock::now();
  db.write([&](soci::session& s) {
    Generator gen{lib, owners, rng, o, projects::repo::max_id(s)};
    YearTotals totals;
    BenchBatch current = gen.next();
    while (!current.empty()) {
      auto ahead = std::async(std::launch::async, [&gen] { return gen.next(); });
      store(s, db.dialect(), current);
      const auto& p = current.projects;
      for (std::size_t k = 0; k < p.size(); ++k)
        totals.add(p.region_id[k], p.department_id[k], p.fund_type[k], p.amount_fen[k],
                   current.targets.status[k], current.targets.not_funded[k]);
      current = ahead.get();
    }
    result.indicators = gen.indicators;
    totals.write(s, db.dialect(), o.year);
    // Explicit ids leave PostgreSQL's identity sequences behind.
    projects::repo::sync_id_sequence(s, db.dialect());
    targets::repo::sync_id_sequence(s, db.dialect());
  });
  result.projects = result.targets = o.projects;
  const auto end = std::chrono::steady_clock::now();
  result.seconds = std::chrono::duration<double>(end - start).count();
  result.project_seconds = std::chrono::duration<double>(end - projects_start).count();
  // Budget reviews of every project past its declaration: about seven in eight reviewed, cut
  // by 30% on average, the rest waiting; counted once after loading (outside the
  // projects' load rate).
  db.write([&](soci::session& s) {
    const std::string at = std::to_string(o.year - 1) + "-11-20T09:00:00Z";
    result.budget_reviews = budget_review::repo::insert_pending_bulk(s, o.year, at);
    budget_review::repo::review_bulk(s, o.year, 8, 30, at);
    budget_review::repo::rebuild_totals(s, o.year);
  });
  // Ex-ante assessments of the projects that need one (R-EA-3), with their kept totals.
  const auto assessments_start = std::chrono::steady_clock::now();
  db.write([&](soci::session& s) {
    const auto a = insert_bench_assessments(s, db.dialect(), o.year, o.seed, o.batch);
    result.assessments = a.assessments;
    result.major_projects = a.majors;
  });
  result.assessment_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - assessments_start).count();
  // Dual monitoring in June: spending series, the 31 May checkpoint open with its reports.
  const auto monitoring_start = std::chrono::steady_clock::now();
  db.write([&](soci::session& s) {
    const auto m = insert_bench_monitoring(s, db.dialect(), o.year, o.seed, o.batch);
    result.executions = m.executions;
    result.monitoring_reports = m.reports;
    result.monitoring_answers = m.answers;
    result.checkpoint_id = m.checkpoint_id;
  });
  result.monitoring_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - monitoring_start).count();
  // The year's self-evaluation as in the following spring, with the review's sample.
  const auto self_evaluation_start = std::chrono::steady_clock::now();
  db.write([&](soci::session& s) {
    const auto e = insert_bench_self_evaluations(s, db.dialect(), o.year);
    result.self_evaluations = e.evaluations;
    result.review_samples = e.sampled;
    result.reviewed = e.reviewed;
    result.inflated = e.inflated;
  });
  result.self_evaluation_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - self_evaluation_start)
          .count();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace jixiao::cli
