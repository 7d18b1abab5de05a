#include "result_application/json.h"

#include <boost/json.hpp>

#include "base/money.h"
#include "base/vocabulary.h"
#include "result_application/workflow.h"

namespace jixiao::result_application {

namespace {

boost::json::value id_or_null(long long id) {
  return id ? boost::json::value(id) : boost::json::value(nullptr);
}

boost::json::value fen_or_null(const std::optional<Fen>& f) {
  return f ? boost::json::value(*f) : boost::json::value(nullptr);
}

boost::json::value wan_or_null(const std::optional<Fen>& f) {
  return f ? boost::json::value(format_wan(*f)) : boost::json::value(nullptr);
}

// What a kind says with its cut: "按比例压减 20.00%".
std::string kind_text(std::string_view kind, long long cut) {
  std::string out(kind_label(kind));
  if (kind == "cut") out += " " + percent_text(cut) + "%";
  return out;
}

boost::json::object row_json(const WhatIfRow& r) {
  return {{"department_id", r.department_id},
          {"department_name", r.department_name},
          {"fund_type", r.fund_type},
          {"fund_type_label", vocabulary("fund_type").label(r.fund_type)},
          {"count", r.count},
          {"prioritised", r.prioritised},
          {"cut", r.cut},
          {"base_fen", r.base_fen},
          {"base_wan", format_wan(r.base_fen)},
          {"moved_fen", r.moved_fen},
          {"moved_wan", format_wan(r.moved_fen)},
          // R-MON-2: the cut rate, money moved ÷ this year's amount of every project with a result.
          {"cut_rate", format_rate(r.moved_fen, r.base_fen)}};
}

}  // namespace

boost::json::object action_json(const BudgetAction& a) {
  return {
      {"id", a.id},
      {"source", a.source},
      {"source_label", source_label(a.source)},
      {"source_id", a.source_id},
      {"project_id", a.project_id},
      {"project_code", a.project_code},
      {"project_name", a.project_name},
      {"acted_project_id", id_or_null(a.acted_project_id)},
      {"acted_code", a.acted_code},
      {"acted_name", a.acted_name},
      {"acted_year", id_or_null(a.acted_year)},
      {"acted_amount_fen",
       a.acted_project_id ? boost::json::value(a.acted_amount_fen) : boost::json::value(nullptr)},
      {"acted_amount_wan", a.acted_project_id ? boost::json::value(format_wan(a.acted_amount_fen))
                                              : boost::json::value(nullptr)},
      {"acted_status", a.acted_status},
      {"region_id", a.region_id},
      {"department_id", a.department_id},
      {"department_name", a.department_name},
      {"unit_id", a.unit_id},
      {"unit_name", a.unit_name},
      {"fund_type", a.fund_type},
      {"fund_type_label", vocabulary("fund_type").label(a.fund_type)},
      {"year", a.year},
      {"base_fen", a.base_fen},
      {"base_wan", format_wan(a.base_fen)},
      {"cap_fen", a.cap_fen},
      {"grade", a.grade},
      {"grade_label", grade_label(a.grade)},
      {"rule", a.rule_id},
      {"proposed_kind", a.proposed_kind},
      {"proposed_kind_label", kind_text(a.proposed_kind, a.proposed_cut)},
      {"proposed_cut_percent", percent_text(a.proposed_cut)},
      {"proposed_limit_fen",
       fen_or_null(limit_of(a.proposed_kind, a.proposed_cut, a.base_fen, a.cap_fen))},
      {"kind", a.kind},
      {"kind_label", kind_text(a.kind, a.cut)},
      {"cut_percent", percent_text(a.cut)},
      {"limit_fen", fen_or_null(a.limit_fen)},
      {"limit_wan", wan_or_null(a.limit_fen)},
      {"reason", a.reason},
      {"status", a.status},
      {"status_label", budget_action_workflow().state_label(a.status)},
      {"breach", a.breach},
      {"decided_at",
       a.decided_at.empty() ? boost::json::value(nullptr) : boost::json::value(a.decided_at)},
      {"version", a.version},
      {"created_at", a.created_at},
      {"updated_at", a.updated_at}};
}

boost::json::object view_json(const ActionView& v) {
  auto o = action_json(v.action);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

boost::json::object link_json(const repo::Link& l) {
  return {{"project_id", l.project_id},
          {"predecessor_id", l.predecessor_id},
          {"predecessor_code", l.predecessor_code},
          {"predecessor_name", l.predecessor_name},
          {"predecessor_year", l.predecessor_year},
          {"how", l.how},
          {"how_label", vocabulary("project_link_how").label(l.how)},
          {"linked_at", l.linked_at}};
}

boost::json::object suggestion_json(const repo::Suggestion& s) {
  return {{"project_id", s.project_id},
          {"project_code", s.project_code},
          {"project_name", s.project_name},
          {"amount_wan", format_wan(s.amount_fen)},
          {"unit_name", s.unit_name},
          {"predecessor_id", s.predecessor_id},
          {"predecessor_code", s.predecessor_code},
          {"predecessor_name", s.predecessor_name},
          {"predecessor_amount_wan", format_wan(s.predecessor_amount_fen)}};
}

boost::json::object bands_json(const Bands& b) {
  boost::json::object o;
  for (const auto& [k, v] : b.kinds) o[k] = v;
  o["cut_percent"] = percent_text(b.cut);
  return o;
}

boost::json::object what_if_json(const WhatIf& w) {
  boost::json::array rows;
  for (const auto& r : w.rows) rows.push_back(row_json(r));
  return {{"year", w.year},
          {"rule", "R-RA-2"},
          {"bands", bands_json(w.bands)},
          {"rows", std::move(rows)},
          {"total", row_json(w.total)}};
}

boost::json::object summary_json(const Summary& s) {
  boost::json::array rows;
  for (const auto& r : s.rows) rows.push_back(row_json(r));
  const auto& c = s.counts;
  const long long total = c.proposed + c.confirmed + c.changed + c.waived;
  const long long decided = c.confirmed + c.changed + c.waived;
  return {{"year", s.year},
          {"total", total},
          {"proposed", c.proposed},
          {"confirmed", c.confirmed},
          {"changed", c.changed},
          {"waived", c.waived},
          {"breaches", c.breaches},
          // R-MON-2: the share decided, and of the decided the share applied.
          {"decided_rate", format_rate(decided, total)},
          {"applied_rate", format_rate(c.confirmed + c.changed, decided)},
          {"rows", std::move(rows)},
          {"total_moved", row_json(s.total)}};
}

}  // namespace jixiao::result_application
