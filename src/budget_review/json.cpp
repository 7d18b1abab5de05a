#include "budget_review/json.h"

#include <boost/json.hpp>

#include "base/money.h"
#include "projects/model.h"

namespace jixiao::budget_review {

namespace {

boost::json::value optional_fen(const std::optional<Fen>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::array rows_json(const std::vector<StatisticsRow>& rows) {
  boost::json::array out;
  for (const auto& r : rows) {
    auto o = figures_json(r.figures);
    o["key"] = r.key;
    o["label"] = r.label;
    out.push_back(std::move(o));
  }
  return out;
}

// A CSV cell: quoted when it holds a separator, a quote or a line break.
std::string cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void csv_row(std::string& out, const std::string& group, const std::string& label,
             const Figures& f) {
  out += cell(group) + "," + cell(label) + "," + std::to_string(f.done) + "," +
         format_wan(f.submitted_fen) + "," + format_wan(f.approved_fen) + "," +
         format_wan(f.cut_fen) + "," + cut_rate(f.cut_fen, f.submitted_fen) + "," +
         std::to_string(f.pending) + "," + format_wan(f.pending_fen) + "\r\n";
}

}  // namespace

boost::json::object review_json(const Review& r, const ReviewSettings& settings) {
  const Fen cut = cut_fen(r.submitted_fen, r.approved_fen);
  return {{"id", r.id},
          {"project_id", r.project_id},
          {"project_code", r.project_code},
          {"project_name", r.project_name},
          {"project_status", r.project_status},
          {"region_id", r.region_id},
          {"year", r.year},
          {"department_id", r.department_id},
          {"department_name", r.department_name},
          {"unit_id", r.unit_id},
          {"unit_name", r.unit_name},
          {"fund_type", r.fund_type},
          {"fund_type_label", projects::fund_type_label(r.fund_type)},
          {"submitted_fen", r.submitted_fen},
          {"approved_fen", optional_fen(r.approved_fen)},
          {"cut_fen", r.approved_fen ? boost::json::value(cut) : boost::json::value(nullptr)},
          {"cut_rate", r.approved_fen ? cut_rate(cut, r.submitted_fen) : "—"},
          {"cut_reason", r.cut_reason},
          {"cut_reason_label", r.cut_reason.empty() ? "" : settings.label_of(r.cut_reason)},
          {"comment", r.comment},
          {"reviewer_id", r.reviewer_id ? boost::json::value(r.reviewer_id) : nullptr},
          {"reviewer_name", r.reviewer_name},
          {"reviewed_at", r.reviewed_at},
          {"status", r.status},
          {"status_label", status_label(r.status)},
          {"editable", r.project_status == "declared" && r.status != "withdrawn"},
          {"version", r.version},
          {"updated_at", r.updated_at}};
}

boost::json::object audit_json(const Review& r) {
  return {{"project_code", r.project_code},
          {"project_name", r.project_name},
          {"submitted_fen", r.submitted_fen},
          {"approved_fen", optional_fen(r.approved_fen)},
          {"cut_reason", r.cut_reason},
          {"comment", r.comment},
          {"status", r.status},
          {"version", r.version}};
}

boost::json::object figures_json(const Figures& f) {
  return {{"done", f.done},
          {"pending", f.pending},
          {"count", f.done + f.pending},
          {"submitted_fen", f.submitted_fen},
          {"approved_fen", f.approved_fen},
          {"cut_fen", f.cut_fen},
          {"cut_rate", cut_rate(f.cut_fen, f.submitted_fen)},
          {"pending_fen", f.pending_fen}};
}

boost::json::object statistics_json(const ReviewStatistics& st) {
  boost::json::object o{{"year", st.year},
                        {"total", figures_json(st.total)},
                        {"by_region", rows_json(st.by_region)},
                        {"by_department", rows_json(st.by_department)},
                        {"by_fund_type", rows_json(st.by_fund_type)}};
  o["region_name"] = st.region_name ? boost::json::value(*st.region_name) : nullptr;
  o["own_level"] = st.own_level ? boost::json::value(figures_json(*st.own_level)) : nullptr;
  return o;
}

std::string statistics_csv(const ReviewStatistics& st) {
  std::string out = "\xEF\xBB\xBF";
  out +=
      "分组,名称,已评审项目数,送审金额（万元）,审定金额（万元）,审减金额（万元）,审减率（%）,"
      "待评审项目数,待评审送审金额（万元）\r\n";
  csv_row(out, "合计", st.own_level ? "本级及下级合计" : "合计", st.total);
  if (st.own_level) csv_row(out, "合计", "本级", *st.own_level);
  for (const auto& r : st.by_region) csv_row(out, "下级地区", r.label, r.figures);
  for (const auto& r : st.by_department) csv_row(out, "本级部门", r.label, r.figures);
  for (const auto& r : st.by_fund_type) csv_row(out, "资金类型", r.label, r.figures);
  return out;
}

}  // namespace jixiao::budget_review
