#include "monitoring/notices.h"

#include <boost/json.hpp>
#include <chrono>

#include "base/date.h"
#include "base/vocabulary.h"

namespace jixiao::monitoring {

namespace {

std::string colour_label(const std::string& colour) {
  return std::string(vocabulary("warning_colour").label(colour));
}

std::string joined(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// "2026年7月30日"
std::string chinese_date(const std::string& iso) {
  const auto d = parse_iso_date(iso);
  if (!d) return iso;
  return std::to_string(static_cast<int>(d->year())) + "年" +
         std::to_string(static_cast<unsigned>(d->month())) + "月" +
         std::to_string(static_cast<unsigned>(d->day())) + "日";
}

std::string subject_of(const Report& r) {
  return r.code.empty() ? r.name + "（部门整体）" : r.name;
}

}  // namespace

std::vector<std::string> fired_details(const std::string& fired_json) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  const auto v = boost::json::parse(fired_json, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& f : v.as_array()) {
    const auto* o = f.if_object();
    if (!o) continue;
    if (const auto* d = o->if_contains("detail"); d && d->is_string())
      out.emplace_back(d->as_string());
  }
  return out;
}

std::string finding_title(const Report& r) { return subject_of(r) + "：" + colour_label(r.colour); }

std::string requirement_of(const Report& r, const std::string& due) {
  const auto details = fired_details(r.fired);
  std::string out = "针对" + colour_label(r.colour);
  if (!details.empty()) out += "（" + joined(details, "；") + "）";
  // R-MO-5: the measures a unit may take; adjusting money or target goes through its procedure.
  out +=
      "，分析原因并采取纠偏措施（加快实施和支付进度，确需调整预算或绩效目标的按程序报批，"
      "无法实施的按规定收回资金），于" +
      chinese_date(due) + "前反馈纠偏措施及成效。";
  return out;
}

documents::DocumentDraft warning_notice(const NoticeInput& in) {
  const Checkpoint& c = in.checkpoint;
  const Report& first = in.warned.front();
  documents::DocumentDraft d;
  d.region_id = c.region_id;
  d.year = c.year;
  d.kind = "warning_notice";
  d.subject = "checkpoint";
  d.subject_id = c.id;
  d.department_id = first.department_id;
  d.unit_id = first.unit_id;
  d.addressee = in.addressee;
  d.title = "关于" + std::to_string(c.year) + "年" + c.name + "预警项目纠偏的告知函";
  long long red = 0, blue = 0;
  for (const auto& r : in.warned) (r.colour == "red" ? red : blue)++;
  std::string counts = "共 " + std::to_string(in.warned.size()) + " 个项目触发预警，其中";
  if (red) counts += "红色重要预警 " + std::to_string(red) + " 个";
  if (red && blue) counts += "、";
  if (blue) counts += "蓝色一般预警 " + std::to_string(blue) + " 个";
  d.paragraphs.push_back("根据" + std::to_string(c.year) + "年" + c.name + "（数据截至" +
                         chinese_date(c.as_of) + "）绩效运行监控结果，你单位" + counts +
                         "，预警事项详见附件。现将有关事项告知如下：");
  d.paragraphs.push_back(
      "一、请对照预警事项逐项分析原因。支出进度滞后的，加快项目实施和资金支付；绩效目标实现程度偏"
      "低的，调整实施方案，确保年度绩效目标如期实现。");
  d.paragraphs.push_back(
      "二、确需调整预算或绩效目标的，按规定程序报批，预算与绩效目标同步调整；项目无法继续实施的，"
      "按规定收回资金。");
  d.paragraphs.push_back("三、请于" + chinese_date(in.due) +
                         "前将纠偏措施及成效书面反馈我局，并在整改台账中逐项填报。红色重要预警"
                         "项目将作为绩效评价和预算安排的重点关注对象。");
  documents::Attachment a;
  a.title = "预警项目及纠偏要求";
  a.header = {"序号", "项目", "预警等级", "预警事项", "纠偏要求"};
  for (std::size_t i = 0; i < in.warned.size(); ++i) {
    const Report& r = in.warned[i];
    a.rows.push_back({std::to_string(i + 1), r.code.empty() ? subject_of(r) : r.code + " " + r.name,
                      colour_label(r.colour), joined(fired_details(r.fired), "；"),
                      "采取纠偏措施，" + chinese_date(in.due) + "前反馈"});
  }
  d.attachments.push_back(std::move(a));
  return d;
}

std::string due_after(const std::string& issued_on, long long days) {
  const auto d = parse_iso_date(issued_on);
  if (!d) return issued_on;
  return iso_date(std::chrono::year_month_day{std::chrono::sys_days{*d} + std::chrono::days{days}});
}

}  // namespace jixiao::monitoring
