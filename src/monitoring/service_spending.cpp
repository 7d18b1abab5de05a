// MonitoringService's spending series: read, a unit's own entry, and the import from the budget
// execution system (all rows or none, every row's errors first).
#include <boost/json.hpp>
#include <set>

#include "base/clock.h"
#include "base/csv.h"
#include "base/date.h"
#include "base/error.h"
#include "base/money.h"
#include "monitoring/service.h"
#include "projects/repo.h"

namespace jixiao::monitoring {

namespace {

constexpr std::size_t kMaxRows = 200'000;

constexpr std::array<CsvColumn, 3> kColumns = {{
    {"project_code", "项目编码", true},
    {"as_of", "截至日期", true},
    {"executed_wan", "累计支出（万元）", true},
}};

bool spends(std::string_view project_status) {
  return project_status == "approved" || project_status == "executing" ||
         project_status == "completed";
}

// What every figure must satisfy, whoever brings it: a date of the project's year, not in the
// future, and an amount within 0…the current budget (R-MO-3). Returns the error's field and
// message, or empty.
std::pair<std::string, std::string> check_figure(long long year, Fen budget_fen,
                                                 const std::string& as_of, Fen executed_fen) {
  if (!is_iso_date(as_of)) return {"as_of", "截至日期应为日期，如 2026-05-31"};
  if (std::stoll(as_of.substr(0, 4)) != year)
    return {"as_of", "截至日期应在项目所属的 " + std::to_string(year) + " 年度内"};
  if (as_of > now_iso().substr(0, 10)) return {"as_of", "截至日期不能晚于今天"};
  if (executed_fen < 0) return {"executed_fen", "累计支出不能为负数"};
  if (executed_fen > budget_fen)
    return {"executed_fen", "累计支出 " + format_wan(executed_fen) + " 万元超过项目当前预算 " +
                                format_wan(budget_fen) + " 万元"};
  return {};
}

boost::json::object figure_json(const Execution& e) {
  return {{"project_id", e.project_id},
          {"as_of", e.as_of},
          {"executed_fen", e.executed_fen},
          {"source", e.source}};
}

}  // namespace

std::vector<Execution> MonitoringService::series(const auth::Principal& me, long long project_id) {
  return db_.read([&](soci::session& s) {
    if (!projects::repo::find(s, project_id, auth::read_scope(me))) throw not_found("项目不存在");
    return repo::series(s, project_id);
  });
}

std::vector<Execution> MonitoringService::enter_execution(const auth::Principal& me,
                                                          long long project_id,
                                                          const std::string& as_of,
                                                          Fen executed_fen) {
  if (me.role != auth::Role::unit && me.role != auth::Role::department &&
      me.role != auth::Role::performance_office)
    throw forbidden("执行数据由项目单位录入，您无权录入");
  return db_.write([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::write_scope(me));
    if (!p) throw not_found("项目不存在");
    if (!spends(p->status)) throw precondition("bad_status", "项目尚未批复，不能录入执行数据");
    if (auto [field, message] = check_figure(p->year, p->amount_fen, as_of, executed_fen);
        !field.empty())
      throw invalid(field, message);
    Execution e{project_id, as_of, executed_fen, "manual", me.user_id, "", now_iso()};
    repo::put_execution(s, e);
    auto entry = audit::entry(me, "enter_execution", "project", project_id, p->region_id);
    entry.after_json = boost::json::serialize(figure_json(e));
    audit::append(s, db_.dialect(), entry);
    return repo::series(s, project_id);
  });
}

ImportAnswer MonitoringService::import_executions(const auth::Principal& me, long long year,
                                                  const std::string& csv_text, bool dry_run) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::business_section)
    throw forbidden("预算执行数据由财政部门导入，您无权导入");
  ImportAnswer answer;
  const auto sheet = read_import_sheet(csv_text, kColumns, kMaxRows, answer.errors);
  if (!sheet) return answer;
  const CsvHeader& header = sheet->header;
  const auto* csv = &sheet->rows;

  db_.write([&](soci::session& s) {
    std::vector<Execution> figures;
    std::set<std::pair<std::string, std::string>> seen;
    const std::string at = now_iso();
    for (std::size_t r = 1; r < csv->size(); ++r) {
      const long long row_no = static_cast<long long>(r) + 1;
      const CsvRow& cells = (*csv)[r];
      auto fail = [&](const char* key, std::string message) {
        answer.errors.push_back({row_no, header.header_for(key), std::move(message)});
      };
      const std::string code = header.cell(cells, "project_code");
      const std::string as_of = header.cell(cells, "as_of");
      const std::string wan = header.cell(cells, "executed_wan");
      if (code.empty()) {
        fail("project_code", "不能为空");
        continue;
      }
      if (!seen.insert({code, as_of}).second) {
        fail("project_code", "文件中同一项目同一日期重复：" + code + " " + as_of);
        continue;
      }
      const auto project = repo::project_by_code(s, me.region_id, year, code);
      if (!project) {
        fail("project_code", "本地区 " + std::to_string(year) + " 年度没有项目 " + code);
        continue;
      }
      if (!spends(project->status)) {
        fail("project_code", "项目 " + code + " 尚未批复，不能导入执行数据");
        continue;
      }
      const auto fen = parse_wan(wan);
      if (!fen) {
        fail("executed_wan", "应为数字，最多 6 位小数（精确到分）");
        continue;
      }
      if (auto [field, message] = check_figure(year, project->amount_fen, as_of, *fen);
          !field.empty()) {
        fail(field == "as_of" ? "as_of" : "executed_wan", message);
        continue;
      }
      figures.push_back({project->id, as_of, *fen, "import", me.user_id, "", at});
    }
    if (!answer.errors.empty() || dry_run) return;  // nothing written
    for (const auto& e : figures) repo::put_execution(s, e);
    auto entry = audit::entry(me, "import_executions", "region", me.region_id, me.region_id);
    entry.after_json = boost::json::serialize(
        boost::json::object{{"year", year}, {"rows", static_cast<long long>(figures.size())}});
    audit::append(s, db_.dialect(), entry);
    answer.imported = static_cast<long long>(figures.size());
  });
  return answer;
}

}  // namespace jixiao::monitoring
