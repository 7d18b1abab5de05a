#include "cli/demo_annual_report.h"

#include <stdexcept>

#include "annual_report/figures.h"
#include "annual_report/report_service.h"
#include "auth/repo.h"

namespace jixiao::cli {

void insert_demo_annual_report(db::Database& db, long long year) {
  annual_report::AnnualReportService service(db, annual_report::figures_of_work_year);
  const auto office =
      db.read([](soci::session& s) { return auth::repo::find_principal(s, "demo_office"); });
  if (!office) throw std::logic_error("demo account missing: demo_office");
  const annual_report::Narrative words{
      {"opening",
       "全州坚持“花钱必问效、无效必问责”，把绩效目标、运行监控、绩效评价和结果应用贯穿预算管理全过"
       "程。"},
      {"targets",
       "绩效目标与预算同步编制、同步审核，审核评分未达 60 分的项目不予安排资金；本年度州级绩效目标"
       "覆盖率达 {{绩效目标覆盖率（金额）·本级}}。"},
      {"budget_review",
       "预算评审由财政评审中心组织，审减率为 {{审减率}}，其中州级 {{审减率·本级}}。"},
      {"monitoring",
       "按 5 月底、8 "
       "月底两个时点开展“双监控”，对预计无法达到要求的项目提前一个月推送蓝色、红色预警，"
       "并下达预警纠偏告知函。"},
      {"problems",
       "一是部分单位绩效目标设置不够细化，数量、质量、时效指标雷同；二是部分项目执行进度偏慢，"
       "监控中红色预警较多；三是部分单位自评打分偏高，复核发现自评虚高 "
       "{{复核发现自评虚高·个数·合计}} 个。"},
      {"plans",
       "一是加强绩效目标审核，推动指标库应用；二是压实运行监控责任，预警问题限期纠偏；三是扩大重点"
       "评价"
       "范围，强化评价结果与预算安排挂钩；四是推进绩效信息公开，提高县级公开率。"}};
  const auto view = service.get(*office, year, 0);
  service.save(*office, year, 0, words, view.record.version);
}

}  // namespace jixiao::cli
