#include "assessment/report.h"

#include <map>

#include "base/money.h"
#include "base/text.h"
#include "base/vocabulary.h"
#include "targets/json.h"
#include "targets/review_rules.h"

namespace jixiao::assessment {

namespace {

std::string esc(std::string_view s) { return escape_xml(s); }

std::string pts(long long h) { return h < 0 ? "—" : targets::points(h); }

// "2026-12-03T…" → "2026年12月3日" (Arabic numerals, GB/T 9704).
std::string chinese_date(const std::string& iso) {
  if (iso.size() < 10) return "";
  return iso.substr(0, 4) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月" +
         std::to_string(std::stoi(iso.substr(8, 2))) + "日";
}

std::string paragraphs(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    const auto line =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty()) out += "<p>" + esc(line) + "</p>";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out.empty() ? "<p>无。</p>" : out;
}

constexpr const char* kStyle =
    "@page{size:A4;margin:37mm 26mm 35mm 28mm}"
    "body{font-family:'FangSong','仿宋',serif;font-size:16pt;line-height:28pt;color:#000;"
    "max-width:156mm;margin:0 auto}"
    "h1{font-family:'FZXiaoBiaoSong-B05S','方正小标宋简体','SimSun',serif;font-size:22pt;"
    "font-weight:normal;text-align:center;line-height:1.5;margin:0 0 28pt}"
    "h2{font-family:'SimHei','黑体',sans-serif;font-size:16pt;font-weight:normal;margin:14pt 0 0}"
    "p{text-indent:2em;margin:0}"
    "table{border-collapse:collapse;width:100%;font-size:12pt;line-height:18pt;margin:8pt 0}"
    "th,td{border:1px solid #000;padding:3pt 5pt}th{font-weight:normal;font-family:'SimHei',"
    "sans-serif}td.n{text-align:right}.foot{text-align:right;margin-top:28pt}"
    ".foot p{text-indent:0}";

}  // namespace

std::string report_html(const AssessmentView& v) {
  const auto& a = v.assessment;
  const auto& sheet = v.settings.sheet(a.kind);
  std::map<std::string, long long> self;
  for (const auto& i : v.self_items) self[i.key] = i.score;
  // Each item's mean over the submitted scorers (shown to two decimals, half up).
  std::map<std::string, std::pair<long long, long long>> key;
  for (const auto& c : v.scorers)
    if (!c.submitted_at.empty())
      for (const auto& i : c.items) {
        key[i.key].first += i.score;
        key[i.key].second += 1;
      }
  const bool has_key = !key.empty();

  std::string h = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
                  esc(a.project_name) + "事前绩效评估报告</title><style>" + kStyle +
                  "</style></head><body>";
  h += "<h1>" + esc(a.project_name) + "<br>事前绩效评估报告</h1>";
  h += "<h2>一、基本情况</h2>";
  h += "<p>项目名称：" + esc(a.project_name) + "（" + esc(a.project_code) + "）；主管部门：" +
       esc(a.department_name) + "；实施单位：" + esc(a.unit_name) + "；项目属性：" +
       esc(vocabulary("project_category").label(a.project_category)) + "；申报金额 " +
       format_wan(a.amount_fen) + " 万元。评估对象为" + esc(kind_label(a.kind)) + "，评估方式为" +
       esc(level_label(a.level)) + "。</p>";
  // A region's own sheet is named as its; the shipped one carries citation marks, not for print.
  const bool own = v.settings.sheet_source.find('[') == std::string::npos;
  h += "<h2>二、评分情况</h2><p>按" + (own ? esc(v.settings.sheet_source) : std::string("默认")) +
       "的评分表（R-EA-1）从五个方面逐项评分。</p>";
  h += "<table><tr><th>评估方面</th><th>评分项</th><th>满分</th><th>自评得分</th>";
  if (has_key) h += "<th>重点评估得分</th>";
  h += "</tr>";
  for (const auto& aspect : sheet.aspects) {
    bool first = true;
    for (const auto& item : aspect.items) {
      const std::string k = aspect.key + "." + item.key;
      h += "<tr>";
      if (first)
        h += "<td rowspan=\"" + std::to_string(aspect.items.size()) + "\">" + esc(aspect.label) +
             "（" + pts(aspect.weight) + "分）</td>";
      first = false;
      h += "<td>" + esc(item.label) + "</td><td class=\"n\">" + pts(item.max) +
           "</td><td class=\"n\">" + (self.contains(k) ? pts(self[k]) : "—") + "</td>";
      if (has_key) {
        const auto it = key.find(k);
        h += "<td class=\"n\">" +
             (it == key.end()
                  ? std::string("—")
                  : pts((2 * it->second.first + it->second.second) / (2 * it->second.second))) +
             "</td>";
      }
      h += "</tr>";
    }
  }
  h += "<tr><td colspan=\"2\">总分</td><td class=\"n\">100</td><td class=\"n\">" +
       pts(a.self_score) + "</td>";
  if (has_key) h += "<td class=\"n\">" + pts(a.key_score) + "</td>";
  h += "</tr></table>";
  h += "<h2>三、评估结论</h2>";
  if (a.final_score >= 0) {
    h += "<p>评估得分 " + pts(a.final_score) + " 分，等级为“" + esc(targets::grade_label(a.grade)) +
         "”（R-GR-1），评估结论：" + esc(conclusion_label(a.conclusion)) + "（R-EA-2）。</p>";
  } else {
    h += "<p>评估尚未出具结论（当前状态：" + esc(status_label(a.status)) + "）。</p>";
  }
  h += "<h2>四、评估建议</h2>";
  if (a.suggested_amount_fen >= 0)
    h += "<p>（一）建议金额 " + format_wan(a.suggested_amount_fen) + " 万元（申报 " +
         format_wan(a.amount_fen) + " 万元）。</p>";
  h += "<p>（二）绩效目标调整建议：</p>" + paragraphs(a.suggested_target_changes);
  if (!a.opinion.empty()) h += "<p>（三）财政意见：</p>" + paragraphs(a.opinion);
  h += "<h2>五、部门自评估意见</h2>" + paragraphs(a.self_report);
  h += "<div class=\"foot\"><p>" + esc(a.department_name) + "</p><p>" +
       chinese_date(a.concluded_at.empty() ? a.updated_at : a.concluded_at) + "</p></div>";
  h += "</body></html>";
  return h;
}

documents::Letter report_letter(const AssessmentView& v) {
  const auto& a = v.assessment;
  documents::Letter l;
  l.issuer = a.department_name;
  l.title = a.project_name + "事前绩效评估报告";
  l.date_text = chinese_date(a.concluded_at.empty() ? a.updated_at : a.concluded_at);
  l.paragraphs.push_back("一、基本情况");
  l.paragraphs.push_back("项目名称：" + a.project_name + "（" + a.project_code + "）；主管部门：" +
                         a.department_name + "；实施单位：" + a.unit_name + "；项目属性：" +
                         std::string(vocabulary("project_category").label(a.project_category)) +
                         "；申报金额 " + format_wan(a.amount_fen) + " 万元。评估方式为" +
                         std::string(level_label(a.level)) + "。");
  l.paragraphs.push_back("二、评估结论");
  l.paragraphs.push_back(a.final_score >= 0
                             ? "评估得分 " + pts(a.final_score) + " 分，等级为“" +
                                   std::string(targets::grade_label(a.grade)) + "”，评估结论：" +
                                   std::string(conclusion_label(a.conclusion)) + "。"
                             : "评估尚未出具结论（当前状态：" +
                                   std::string(status_label(a.status)) + "）。");
  l.paragraphs.push_back("三、评估建议");
  if (a.suggested_amount_fen >= 0)
    l.paragraphs.push_back("（一）建议金额 " + format_wan(a.suggested_amount_fen) + " 万元（申报 " +
                           format_wan(a.amount_fen) + " 万元）。");
  l.paragraphs.push_back("（二）绩效目标调整建议：" + (a.suggested_target_changes.empty()
                                                           ? std::string("无")
                                                           : a.suggested_target_changes));
  if (!a.opinion.empty()) l.paragraphs.push_back("（三）财政意见：" + a.opinion);
  l.paragraphs.push_back("四、部门自评估意见");
  l.paragraphs.push_back(a.self_report.empty() ? "无。" : a.self_report);
  std::map<std::string, long long> self;
  for (const auto& i : v.self_items) self[i.key] = i.score;
  documents::Attachment sheet{"评分表（" + std::string(kind_label(a.kind)) + "）",
                              {"评估方面", "评分项", "满分", "自评得分"},
                              {}};
  for (const auto& aspect : v.settings.sheet(a.kind).aspects)
    for (const auto& item : aspect.items) {
      const std::string k = aspect.key + "." + item.key;
      sheet.rows.push_back(
          {aspect.label, item.label, pts(item.max), self.contains(k) ? pts(self[k]) : "—"});
    }
  sheet.rows.push_back({"总分", "", "100.00", pts(a.self_score)});
  l.attachments.push_back(std::move(sheet));
  return l;
}

}  // namespace jixiao::assessment
