#include "cli/demo_rectify.h"

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "audit/log.h"
#include "monitoring/notice_service.h"
#include "monitoring/repo.h"
#include "org/repo.h"

namespace jixiao::cli {

namespace {

const char* const kMeasures[] = {
    "已召开专题会议分析支出滞后原因，倒排工期加快项目实施，已完成政府采购并支付首笔款项。",
    "已与实施单位签订补充协议，明确进度节点，按月报送执行情况，预计年底前完成全部支付。",
    "经分析，指标值偏低系季节性因素所致，已调整实施方案，增加下半年活动场次。",
    "已按程序申请调减预算并同步调整绩效目标，调减资金收回统筹使用。",
};

const char* const kReopenReasons[] = {
    "反馈的措施未附支付凭证，支出进度仍未改善，请补充佐证材料后重新反馈。",
    "整改措施过于笼统，未说明完成时限和责任人，请细化后重新反馈。",
};

struct Row {
  long long id = 0;
  long long region_id = 0;
  long long unit_id = 0;
  std::string colour;  // of the warned report
};

std::vector<Row> findings_of(soci::session& s, long long document_from) {
  std::vector<Row> out;
  Row r;
  soci::statement st =
      (s.prepare << "SELECT f.id, f.region_id, f.unit_id, r.colour FROM findings f JOIN "
                    "monitoring_reports r ON r.id = f.source_id WHERE f.source = "
                    "'monitoring_warning' AND "
                    "f.document_id >= :d ORDER BY f.id",
       soci::use(document_from), soci::into(r.id), soci::into(r.region_id), soci::into(r.unit_id),
       soci::into(r.colour));
  st.execute();
  while (st.fetch()) out.push_back(r);
  return out;
}

// Writes the step as the unit or the office would, with its timeline entry.
void put_step(soci::session& s, db::Dialect dialect, const Row& f, const std::string& status,
              const std::string& answer, const std::string& answered_at, const std::string& opinion,
              const std::string& closed_at, const std::string& action) {
  soci::indicator answered_ind = answered_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator closed_ind = closed_at.empty() ? soci::i_null : soci::i_ok;
  const std::string updated = !closed_at.empty() ? closed_at : answered_at;
  s << "UPDATE findings SET status = :st, answer = :a, answered_at = :aa, decision = :dc, "
       "closed_at = :ca, updated_at = :up, version = version + 1 WHERE id = :id",
      soci::use(status), soci::use(answer), soci::use(answered_at, answered_ind),
      soci::use(opinion), soci::use(closed_at, closed_ind), soci::use(updated), soci::use(f.id);
  auto e = audit::system_entry(action, "finding", f.id, f.region_id);
  boost::json::object after{{"status", status}};
  if (!answer.empty()) after["answer"] = answer;
  if (!opinion.empty()) after["opinion"] = opinion;
  e.after_json = boost::json::serialize(after);
  audit::append(s, dialect, e);
}

long long max_document(soci::session& s) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM official_documents", soci::into(id);
  return id;
}

}  // namespace

std::size_t insert_demo_rectify(soci::session& s, db::Dialect dialect, long long region_id,
                                long long year, const std::set<long long>& scripted_units) {
  const auto region = org::repo::find_region(s, region_id);
  if (!region) return 0;
  long long office = 0;
  s << "SELECT id FROM users WHERE username = 'demo_office'", soci::into(office);
  const std::string y = std::to_string(year);
  std::size_t total = 0;
  for (const auto& c : monitoring::repo::checkpoints(s, year, region->path, false)) {
    if (c.region_id != region_id) continue;
    const bool may = c.as_of.substr(5) == "05-31";
    const std::string issued_on = y + (may ? "-06-30" : "-09-28");
    const long long from = max_document(s) + 1;
    monitoring::issue_warning_notices(s, dialect, c, issued_on, office,
                                      audit::system_entry("", "", 0, 0));
    std::vector<Row> rows;
    for (auto& f : findings_of(s, from)) {
      if (!scripted_units.contains(f.unit_id)) {
        rows.push_back(std::move(f));
        continue;
      }
      // The accounts' units: May's done with; August's red ones to answer, a blue one answered.
      ++total;
      const std::string answered = y + (may ? "-07-08" : "-10-12") + "T10:00:00Z";
      if (!may && f.colour != "blue") continue;
      put_step(s, dialect, f, "answered", kMeasures[0], answered, "", "", "answer");
      if (may)
        put_step(s, dialect, f, "closed", kMeasures[0], answered, "经核实，整改到位，予以销号。",
                 y + "-08-06T15:00:00Z", "close");
    }
    total += rows.size();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string measures = kMeasures[i % 4];
      if (may) {
        // May's: seven in ten closed, two answered and waiting, one reopened.
        const std::string answered = y + "-07-" + std::to_string(10 + i % 18) + "T10:00:00Z";
        put_step(s, dialect, rows[i], "answered", measures, answered, "", "", "answer");
        if (i % 10 < 7) {
          put_step(s, dialect, rows[i], "closed", measures, answered,
                   "经核实，整改到位，予以销号。",
                   y + "-08-" + std::to_string(10 + i % 15) + "T15:00:00Z", "close");
        } else if (i % 10 == 9) {
          put_step(s, dialect, rows[i], "open", measures, answered, kReopenReasons[i % 2], "",
                   "reopen");
        }
      } else {
        // August's: half still open (overdue once the date passed), some answered, a few closed.
        if (i % 10 < 5) continue;
        const std::string answered = y + "-10-" + std::to_string(10 + i % 18) + "T10:00:00Z";
        put_step(s, dialect, rows[i], "answered", measures, answered, "", "", "answer");
        if (i % 10 == 9)
          put_step(s, dialect, rows[i], "closed", measures, answered,
                   "经核实，整改到位，予以销号。",
                   y + "-11-" + std::to_string(10 + i % 15) + "T15:00:00Z", "close");
      }
    }
  }
  return total;
}

}  // namespace jixiao::cli
