#include "rectify/json.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "rectify/rules.h"

namespace jixiao::rectify {

namespace {

boost::json::value id_or_null(long long id) {
  return id ? boost::json::value(id) : boost::json::value(nullptr);
}

boost::json::value text_or_null(const std::string& s) {
  return s.empty() ? boost::json::value(nullptr) : boost::json::value(s);
}

// R-RA-1 counts with the rate: "—" is null in JSON (R-MON-2).
void put_counts(boost::json::object& o, const RateCounts& c) {
  o["due"] = c.due;
  o["closed"] = c.closed;
  o["overdue"] = c.overdue;
  const std::string rate = rectification_rate(c);
  o["rate"] = c.due ? boost::json::value(rate) : boost::json::value(nullptr);
  o["rate_text"] = rate;
}

}  // namespace

boost::json::object finding_json(const Finding& f, const std::string& today) {
  return {{"id", f.id},
          {"region_id", f.region_id},
          {"year", f.year},
          {"source", f.source},
          {"source_label", source_label(f.source)},
          {"source_id", f.source_id},
          {"project_id", id_or_null(f.project_id)},
          {"project_code", f.project_code},
          {"project_name", f.project_name},
          {"unit_id", f.unit_id},
          {"unit_name", f.unit_name},
          {"department_id", f.department_id},
          {"department_name", f.department_name},
          {"title", f.title},
          {"requirement", f.requirement},
          {"due", f.due},
          {"overdue", is_overdue(f, today)},
          {"document_id", id_or_null(f.document_id)},
          {"document_number", f.document_number},
          {"status", f.status},
          {"status_label", status_label(f.status)},
          {"answer", f.answer},
          {"answered_at", text_or_null(f.answered_at)},
          {"opinion", f.decision},
          {"closed_at", text_or_null(f.closed_at)},
          {"version", f.version},
          {"created_at", f.created_at},
          {"updated_at", f.updated_at}};
}

boost::json::object view_json(const FindingView& v) {
  auto o = finding_json(v.finding, now_iso().substr(0, 10));
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

boost::json::object statistics_json(const Statistics& st) {
  const auto& c = st.counts;
  boost::json::object o{{"year", st.year},
                        {"as_of", st.as_of},
                        {"total", c.total},
                        {"open", c.open},
                        {"answered", c.answered}};
  put_counts(o, c.counts);
  boost::json::array departments;
  for (const auto& d : c.departments) {
    boost::json::object row{{"department_id", d.department_id},
                            {"department_name", d.department_name},
                            {"total", d.total},
                            {"answered", d.answered}};
    put_counts(row, d.counts);
    departments.push_back(std::move(row));
  }
  o["by_department"] = std::move(departments);
  return o;
}

}  // namespace jixiao::rectify
