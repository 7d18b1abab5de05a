// The limit of the storage engine for `jixiao bench-data`: a plain loop of prepared SQLite
// inserts of rows shaped like its projects, targets and indicators (same tables, same column
// sizes, the same number of indicators a target), in one transaction, with the sqlite3 C API
// and nothing else. Usage: jixiao_bench_insert DB PROJECTS INDICATORS
// (DB migrated by `jixiao migrate`, holding one region and unit with id 1, as bench-data makes).
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), db, sql);
  return st;
}

// The engine as jixiao's batch commands set it up (db/database.cpp, cli/main.cpp): WAL, NORMAL
// sync, foreign keys checked, a 128 MiB page cache. The same rules for both sides of the ratio.
constexpr const char* kPragmas =
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
    "PRAGMA cache_size=-131072;";

void text(sqlite3_stmt* st, int i, const std::string& s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s DB PROJECTS INDICATORS\n", argv[0]);
    return 2;
  }
  const long long projects = std::atoll(argv[2]), indicators = std::atoll(argv[3]);
  sqlite3* db = nullptr;
  check(sqlite3_open(argv[1], &db), db, "open");
  check(sqlite3_exec(db, kPragmas, nullptr, nullptr, nullptr), db, "pragma");
  long long base = 0, region = 0, unit = 0;
  {
    auto* st = prepare(db,
                       "SELECT COALESCE(MAX(id), 0), (SELECT MIN(id) FROM regions), "
                       "(SELECT MIN(id) FROM units) FROM projects");
    check(sqlite3_step(st), db, "max");
    base = sqlite3_column_int64(st, 0);
    region = sqlite3_column_int64(st, 1);
    unit = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
  }
  const auto start = std::chrono::steady_clock::now();
  check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
  auto* p =
      prepare(db,
              "INSERT INTO projects (id, region_id, year, code, name, unit_id, department_id, "
              "fund_type, amount_fen, function_class, category, tags, status, created_at, "
              "updated_at) VALUES (?, ?, 2026, ?, ?, ?, ?, 'general', ?, '2050202', 'new', 0, "
              "'approved', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')");
  auto* t = prepare(db,
                    "INSERT INTO targets (id, region_id, year, kind, project_id, unit_id, "
                    "department_id, framework_version, overall_goal, status, score, grade, "
                    "not_funded, created_at, updated_at) VALUES (?, ?, 2026, 'project', ?, ?, ?, "
                    "'2021', ?, 'approved', 8500, 'good', 0, '2026-01-05T09:00:00Z', "
                    "'2026-01-05T09:00:00Z')");
  auto* i = prepare(db,
                    "INSERT INTO target_indicators (target_id, position, category, subcategory, "
                    "name, comparator, value, unit, weight, direction, value_basis) VALUES (?, ?, "
                    "'output', 'quantity', ?, '>=', '2000', '人次', 1000, 'higher', 'plan')");
  const std::string name = "第3州第4县县城区环境卫生清扫保洁和生活垃圾清运（0000001）";
  const std::string goal =
      "县城区环境卫生清扫保洁和生活垃圾清运：完成维护路灯数量8000盏，道路机械化清扫率80%，生活垃"
      "圾日产日清率100%，保障城乡社区领域重点任务按期完成。";
  const std::string indicator = "生活垃圾无害化处理率";
  long long written = 0;
  for (long long k = 1; k <= projects; ++k) {
    const long long id = base + k;
    sqlite3_bind_int64(p, 1, id);
    sqlite3_bind_int64(p, 2, region);
    text(p, 3, "X2026" + std::to_string(id));
    text(p, 4, name);
    sqlite3_bind_int64(p, 5, unit);
    sqlite3_bind_int64(p, 6, unit);
    sqlite3_bind_int64(p, 7, 1'000'000 + k);
    check(sqlite3_step(p), db, "project");
    sqlite3_reset(p);
    sqlite3_bind_int64(t, 1, id);
    sqlite3_bind_int64(t, 2, region);
    sqlite3_bind_int64(t, 3, id);
    sqlite3_bind_int64(t, 4, unit);
    sqlite3_bind_int64(t, 5, unit);
    text(t, 6, goal);
    check(sqlite3_step(t), db, "target");
    sqlite3_reset(t);
    written += 2;
    // The same number of indicators as bench-data wrote, spread evenly over the targets.
    const long long n = indicators * k / projects - indicators * (k - 1) / projects;
    for (long long pos = 0; pos < n; ++pos) {
      sqlite3_bind_int64(i, 1, id);
      sqlite3_bind_int64(i, 2, pos);
      text(i, 3, indicator);
      check(sqlite3_step(i), db, "indicator");
      sqlite3_reset(i);
      ++written;
    }
  }
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("plain inserts: %lld rows in %.2f s (%.0f rows/s)\n", written, seconds,
              written / seconds);
  sqlite3_finalize(p);
  sqlite3_finalize(t);
  sqlite3_finalize(i);
  sqlite3_close(db);
  return 0;
}
