// The limit of PostgreSQL for `jixiao bench-data`: rows shaped like its projects, targets and
// indicators (same tables, same column sizes, the same number of indicators a target) streamed
// with COPY FROM STDIN, the engine's fastest way in, in one transaction, with libpq and nothing
// else. Usage: jixiao_bench_insert_pg CONNINFO PROJECTS INDICATORS
// (CONNINFO a libpq "key=value ..." string or URI of a database migrated by `jixiao migrate`,
// holding one region and unit, as `jixiao bench-data --projects 0` makes).
#include <libpq-fe.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

PGconn* conn = nullptr;

void die(const char* what, const char* message) {
  std::fprintf(stderr, "%s: %s", what, message);
  PQfinish(conn);
  std::exit(1);
}

void exec(const char* sql) {
  PGresult* r = PQexec(conn, sql);
  if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
    die(sql, PQresultErrorMessage(r));
  PQclear(r);
}

// One COPY: make(k, line) appends the lines of project k (1-based) to line.
template <class Make>
void copy(const char* sql, long long projects, Make make) {
  PGresult* r = PQexec(conn, sql);
  if (PQresultStatus(r) != PGRES_COPY_IN) die(sql, PQresultErrorMessage(r));
  PQclear(r);
  std::string buffer;
  for (long long k = 1; k <= projects; ++k) {
    make(k, buffer);
    if (buffer.size() >= (1 << 20) || k == projects) {
      if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1)
        die(sql, PQerrorMessage(conn));
      buffer.clear();
    }
  }
  if (PQputCopyEnd(conn, nullptr) != 1) die(sql, PQerrorMessage(conn));
  while ((r = PQgetResult(conn))) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) die(sql, PQresultErrorMessage(r));
    PQclear(r);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s CONNINFO PROJECTS INDICATORS\n", argv[0]);
    return 2;
  }
  const long long projects = std::atoll(argv[2]), indicators = std::atoll(argv[3]);
  conn = PQconnectdb(argv[1]);
  if (PQstatus(conn) != CONNECTION_OK) die("connect", PQerrorMessage(conn));
  long long base = 0, region = 0, unit = 0;
  {
    PGresult* r = PQexec(conn,
                         "SELECT COALESCE(MAX(id), 0), (SELECT MIN(id) FROM regions), "
                         "(SELECT MIN(id) FROM units) FROM projects");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) die("max", PQresultErrorMessage(r));
    base = std::atoll(PQgetvalue(r, 0, 0));
    region = std::atoll(PQgetvalue(r, 0, 1));
    unit = std::atoll(PQgetvalue(r, 0, 2));
    PQclear(r);
  }
  const std::string name = "第3州第4县县城区环境卫生清扫保洁和生活垃圾清运（0000001）";
  const std::string goal =
      "县城区环境卫生清扫保洁和生活垃圾清运：完成维护路灯数量8000盏，道路机械化清扫率80%，生活垃"
      "圾日产日清率100%，保障城乡社区领域重点任务按期完成。";
  const std::string indicator = "生活垃圾无害化处理率";
  const std::string at = "2026-01-05T09:00:00Z";
  const std::string owner = "\t" + std::to_string(region) + "\t";
  const std::string units = "\t" + std::to_string(unit) + "\t" + std::to_string(unit) + "\t";
  long long written = 0;
  const auto start = std::chrono::steady_clock::now();
  exec("BEGIN");
  copy(
      "COPY projects (id, region_id, year, code, name, unit_id, department_id, fund_type, "
      "amount_fen, function_class, category, tags, status, created_at, updated_at) FROM STDIN",
      projects, [&](long long k, std::string& line) {
        const std::string id = std::to_string(base + k);
        line += id + owner + "2026\tX2026" + id + "\t" + name + units + "general\t" +
                std::to_string(1'000'000 + k) + "\t2050202\tnew\t0\tapproved\t" + at + "\t" + at +
                "\n";
        ++written;
      });
  copy(
      "COPY targets (id, region_id, year, kind, project_id, unit_id, department_id, "
      "framework_version, overall_goal, status, score, grade, not_funded, created_at, "
      "updated_at) FROM STDIN",
      projects, [&](long long k, std::string& line) {
        const std::string id = std::to_string(base + k);
        line += id + owner + "2026\tproject\t" + id + units + "2021\t" + goal +
                "\tapproved\t8500\tgood\t0\t" + at + "\t" + at + "\n";
        ++written;
      });
  copy(
      "COPY target_indicators (target_id, position, category, subcategory, name, comparator, "
      "value, unit, weight, direction, value_basis) FROM STDIN",
      projects, [&](long long k, std::string& line) {
        // The same number of indicators as bench-data wrote, spread evenly over the targets.
        const long long n = indicators * k / projects - indicators * (k - 1) / projects;
        const std::string id = std::to_string(base + k);
        for (long long pos = 0; pos < n; ++pos) {
          line += id + "\t" + std::to_string(pos) + "\toutput\tquantity\t" + indicator +
                  "\t>=\t2000\t人次\t1000\thigher\tplan\n";
          ++written;
        }
      });
  exec("COMMIT");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("plain COPY: %lld rows in %.2f s (%.0f rows/s)\n", written, seconds,
              written / seconds);
  PQfinish(conn);
  return 0;
}
