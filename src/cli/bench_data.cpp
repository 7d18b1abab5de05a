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

#include "auth/password.h"
#include "base/csv.h"
#include "base/embedded_data.h"
#include "base/error.h"
#include "cli/bench_batch.h"
#include "db/pg_copy.h"
#include "db/query.h"
#include "library/framework.h"
#include "library/import_rules.h"
#include "library/model.h"
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
  Region r{0, code, name, level, "", {}};
  r.id = parent
             ? db::insert_returning(s,
                                    "INSERT INTO regions (code, name, level, path, parent_id, "
                                    "created_at, updated_at) VALUES (:c, :n, :l, '', :p, :a, :b)",
                                    soci::use(r.code), soci::use(r.name), soci::use(r.level),
                                    soci::use(parent->id), soci::use(std::string(kAt)),
                                    soci::use(std::string(kAt)))
             : db::insert_returning(s,
                                    "INSERT INTO regions (code, name, level, path, created_at, "
                                    "updated_at) VALUES (:c, :n, :l, '', :a, :b)",
                                    soci::use(r.code), soci::use(r.name), soci::use(r.level),
                                    soci::use(std::string(kAt)), soci::use(std::string(kAt)));
  r.path = (parent ? parent->path : std::string("/")) + std::to_string(r.id) + "/";
  s << "UPDATE regions SET path = :p WHERE id = :id", soci::use(r.path), soci::use(r.id);
  const std::string bureau = name + "财政局";
  const long long bureau_id = db::insert_returning(
      s,
      "INSERT INTO finance_bureaus (region_id, name, created_at, updated_at) VALUES (:r, :n, :a, "
      ":b)",
      soci::use(r.id), soci::use(bureau), soci::use(std::string(kAt)), soci::use(std::string(kAt)));
  auto section = [&](const std::string& n, const std::string& kind) {
    return db::insert_returning(
        s,
        "INSERT INTO sections (bureau_id, region_id, name, kind, created_at, "
        "updated_at) VALUES (:b, :r, :n, :k, :a, :u)",
        soci::use(bureau_id), soci::use(r.id), soci::use(n), soci::use(kind),
        soci::use(std::string(kAt)), soci::use(std::string(kAt)));
  };
  section("绩效管理科", "performance_office");
  for (const char* n : kBusinessSections) r.sections.push_back(section(n, "business"));
  for (long long y : {2025LL, 2026LL, 2027LL})
    s << "INSERT INTO fiscal_years (region_id, year, status, created_at, updated_at) VALUES (:r, "
         ":y, 'open', :a, :b)",
        soci::use(r.id), soci::use(y), soci::use(std::string(kAt)), soci::use(std::string(kAt));
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
    const long long section = r.sections[d % r.sections.size()];
    const long long dept = db::insert_returning(
        s,
        "INSERT INTO units (region_id, section_id, code, name, kind, path, created_at, "
        "updated_at) VALUES (:r, :s, :c, :n, 'department', '', :a, :b)",
        soci::use(r.id), soci::use(section), soci::use(code), soci::use(name),
        soci::use(std::string(kAt)), soci::use(std::string(kAt)));
    const std::string path = "/" + std::to_string(dept) + "/";
    s << "UPDATE units SET department_id = :d, path = :p WHERE id = :id", soci::use(dept),
        soci::use(path), soci::use(dept);
    owners.push_back({dept, dept, r.id, &all[d], r.name});
    ++units;
    const int children = 2 + static_cast<int>(rng() % 5);
    for (int u = 1; u <= children; ++u) {
      const std::string ucode = code + pad(u, 3);
      const std::string uname = name + "直属单位" + std::to_string(u);
      const long long unit = db::insert_returning(
          s,
          "INSERT INTO units (region_id, parent_id, department_id, code, name, kind, path, "
          "created_at, updated_at) VALUES (:r, :p, :d, :c, :n, 'unit', '', :a, :b)",
          soci::use(r.id), soci::use(dept), soci::use(dept), soci::use(ucode), soci::use(uname),
          soci::use(std::string(kAt)), soci::use(std::string(kAt)));
      const std::string upath = path + std::to_string(unit) + "/";
      s << "UPDATE units SET path = :p WHERE id = :id", soci::use(upath), soci::use(unit);
      owners.push_back({unit, dept, r.id, &all[d], r.name});
      ++units;
    }
  }
}

// Accounts of every role: per region an office, a section and a viewer; per department its
// account and one for its first unit; at the province an administrator, experts and agencies.
long long insert_users(soci::session& s, const std::vector<Region>& regions,
                       const std::vector<Owner>& owners, const std::string& hash) {
  std::vector<std::string> names, displays, roles;
  std::vector<long long> region_ids, unit_ids, section_ids;
  std::vector<soci::indicator> unit_ind, section_ind;
  auto add = [&](std::string name, std::string role, long long region, long long unit,
                 long long section) {
    displays.push_back(name);
    names.push_back(std::move(name));
    roles.push_back(std::move(role));
    region_ids.push_back(region);
    unit_ids.push_back(unit);
    unit_ind.push_back(unit ? soci::i_ok : soci::i_null);
    section_ids.push_back(section);
    section_ind.push_back(section ? soci::i_ok : soci::i_null);
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
  // Bulk binding wants a vector for every placeholder.
  const std::vector<std::string> hashes(names.size(), hash), at(names.size(), kAt);
  s << "INSERT INTO users (username, display_name, password_hash, role, region_id, unit_id, "
       "section_id, must_change_password, active, created_at, updated_at) VALUES (:u, :d, :h, "
       ":r, :g, :un, :s, 0, 1, :a, :b)",
      soci::use(names), soci::use(displays), soci::use(hashes), soci::use(roles),
      soci::use(region_ids), soci::use(unit_ids, unit_ind), soci::use(section_ids, section_ind),
      soci::use(at), soci::use(at);
  return static_cast<long long>(names.size());
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
  void write(soci::session& s, db::Dialect dialect, long long year) const {
    std::vector<long long> years, regions, departments, counts, amounts, nf;
    std::vector<std::string> funds, statuses;
    for (const auto& [k, v] : projects) {
      years.push_back(year);
      regions.push_back(std::get<0>(k));
      departments.push_back(std::get<1>(k));
      funds.push_back(std::get<2>(k));
      counts.push_back(v[0]);
      amounts.push_back(v[1]);
    }
    if (years.empty()) return;  // SOCI cannot bulk-bind empty vectors
    if (dialect == db::Dialect::postgresql) {
      db::PgCopy copy(
          s, "project_totals",
          {"year", "region_id", "department_id", "fund_type", "status", "projects", "amount_fen"});
      for (std::size_t k = 0; k < years.size(); ++k)
        copy.row(year, regions[k], departments[k], funds[k], "approved", counts[k], amounts[k]);
      copy.finish();
    } else {
      s << "INSERT INTO project_totals (year, region_id, department_id, fund_type, status, "
           "projects, amount_fen) VALUES (:y, :r, :d, :f, 'approved', :c, :a)",
          soci::use(years), soci::use(regions), soci::use(departments), soci::use(funds),
          soci::use(counts), soci::use(amounts);
    }
    for (auto* v : {&years, &regions, &departments, &counts, &amounts}) v->clear();
    funds.clear();
    for (const auto& [k, v] : targets) {
      years.push_back(year);
      regions.push_back(std::get<0>(k.first));
      departments.push_back(std::get<1>(k.first));
      funds.push_back(std::get<2>(k.first));
      statuses.push_back(k.second);
      counts.push_back(v[0]);
      nf.push_back(v[1]);
      amounts.push_back(v[2]);
    }
    if (dialect == db::Dialect::postgresql) {
      db::PgCopy copy(s, "target_totals",
                      {"year", "region_id", "department_id", "kind", "fund_type", "cancelled",
                       "status", "targets", "not_funded", "amount_fen"});
      for (std::size_t k = 0; k < years.size(); ++k)
        copy.row(year, regions[k], departments[k], "project", funds[k], 0LL, statuses[k], counts[k],
                 nf[k], amounts[k]);
      copy.finish();
    } else {
      s << "INSERT INTO target_totals (year, region_id, department_id, kind, fund_type, "
           "cancelled, status, targets, not_funded, amount_fen) VALUES (:y, :r, :d, 'project', "
           ":f, 0, :s, :c, :nf, :a)",
          soci::use(years), soci::use(regions), soci::use(departments), soci::use(funds),
          soci::use(statuses), soci::use(counts), soci::use(nf), soci::use(amounts);
    }
  }
};

// The subcategories a target covers, in order: the required ones, then extras.
constexpr const char* kRequired[] = {"quantity",      "quality", "timeliness",
                                     "economic_cost", "social",  "service_recipient"};
constexpr const char* kExtra[] = {"quantity",   "quality",        "economic",  "social",
                                  "ecological", "sustainability", "timeliness"};

// Draws the projects one after another, a batch at a time, always in the same order: the same
// seed gives the same rows whichever thread draws them.
class Generator {
 public:
  Generator(const Library& lib, const std::vector<Owner>& owners, Rng& rng,
            const BenchDataOptions& o, long long base)
      : lib_(lib),
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
    b.ids.push_back(id);
    b.regions.push_back(owner.region_id);
    b.units.push_back(owner.unit_id);
    b.departments.push_back(owner.department_id);
    const long long amount = draw_amount(rng);
    b.amounts.push_back(amount);
    b.tags.push_back(static_cast<long long>(rng() % 8 == 0 ? 1 << (rng() % 7) : 0));
    b.codes.push_back("B" + year_ + pad(i, 8));
    const auto& stems = lib_.case_names.count(industry.key) ? lib_.case_names.at(industry.key)
                                                            : lib_.case_names.begin()->second;
    b.names.push_back(owner.region_name + stems[rng() % stems.size()] + "（" + pad(i, 7) + "）");
    b.funds.push_back(draw_fund(rng));
    std::string fc = industry.function_classes.front();
    while (fc.size() < 7) fc += "01";
    b.classes.push_back(fc.substr(0, 7));
    b.categories.push_back(rng() % 3 == 0 ? "new" : rng() % 2 ? "continuing" : "recurring");
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
    std::string goal = b.names.back().substr(0, b.names.back().rfind("（")) + "（" +
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
      b.target.push_back(id);
      b.position.push_back(static_cast<long long>(k));
      b.category.push_back(pick.category);
      b.subcategory.push_back(pick.subcategory);
      b.name.push_back(name);
      b.comparator.push_back(comparator);
      b.value.push_back(value.empty() ? "1" : value);
      b.unit.push_back(pick.unit);
      b.weight.push_back(weights[k]);
      b.direction.push_back(comparator == "qualitative" ? "" : pick.direction);
      b.basis.push_back(pick.value_basis);
    }
    indicators += static_cast<long long>(chosen.size());
    b.goals.push_back(goal + "保障" + industry.name + "领域重点任务按期完成。");
    const std::string status = draw_status(rng);
    b.target_status.push_back(status);
    const bool decided = status == "approved" || status == "rejected";
    const long long score = !decided               ? -1
                            : status == "approved" ? 6000 + static_cast<long long>(rng() % 4001)
                                                   : 3000 + static_cast<long long>(rng() % 3000);
    b.scores.push_back(score);
    b.grades.push_back(decided ? targets::grade_of(score, bands_) : "");
    b.not_funded.push_back(status == "rejected" ? 1 : 0);
  }

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

}  // namespace

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
    long long existing = 0;
    s << "SELECT COUNT(*) FROM regions", soci::into(existing);
    if (existing) throw conflict("not_empty", "数据库中已有地区：请对空库生成基准数据");
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
    long long base = 0;
    s << "SELECT COALESCE(MAX(id), 0) FROM projects", soci::into(base);
    Generator gen{lib, owners, rng, o, base};
    YearTotals totals;
    BenchBatch current = gen.next();
    while (!current.empty()) {
      auto ahead = std::async(std::launch::async, [&gen] { return gen.next(); });
      store(s, db.dialect(), current, o.year, kAt);
      for (std::size_t k = 0; k < current.ids.size(); ++k)
        totals.add(current.regions[k], current.departments[k], current.funds[k], current.amounts[k],
                   current.target_status[k], current.not_funded[k]);
      current = ahead.get();
    }
    result.indicators = gen.indicators;
    totals.write(s, db.dialect(), o.year);
    if (db.dialect() == db::Dialect::postgresql) {
      // Explicit ids leave the identity sequences behind: move them past the rows.
      s << "SELECT setval(pg_get_serial_sequence('projects', 'id'), "
           "(SELECT COALESCE(MAX(id), 1) FROM projects))";
      s << "SELECT setval(pg_get_serial_sequence('targets', 'id'), "
           "(SELECT COALESCE(MAX(id), 1) FROM targets))";
    }
  });
  result.projects = result.targets = o.projects;
  const auto end = std::chrono::steady_clock::now();
  result.seconds = std::chrono::duration<double>(end - start).count();
  result.project_seconds = std::chrono::duration<double>(end - projects_start).count();
  return result;
}

}  // namespace jixiao::cli
