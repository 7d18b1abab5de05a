#include "annual_report/json.h"

#include <boost/json.hpp>

#include "base/csv.h"
#include "base/money.h"

namespace jixiao::annual_report {

namespace json = boost::json;

json::object amount_json(const Amount& a, bool money) {
  json::object o{{"count", a.count}};
  if (money) {
    o["fen"] = a.fen;
    o["wan"] = format_wan(a.fen);
  }
  return o;
}

json::object figure_json(const Figure& f) {
  json::array regions;
  for (const auto& r : f.regions)
    regions.push_back(
        {{"region_id", r.region_id}, {"name", r.name}, {"amount", amount_json(r.amount, f.money)}});
  return {{"code", f.code},
          {"label", f.label},
          {"unit", f.unit},
          {"section", f.section},
          {"money", f.money},
          {"fiscal_year", f.fiscal_year},
          {"total", amount_json(f.total, f.money)},
          {"own", amount_json(f.own, f.money)},
          {"lower", amount_json(f.lower, f.money)},
          {"regions", std::move(regions)}};
}

json::object figure_set_json(const FigureSet& set) {
  json::array sections, figures, rates;
  for (const auto& s : set.sections)
    sections.push_back({{"section", s.section},
                        {"label", s.label},
                        {"offset", s.offset},
                        {"fiscal_year", s.fiscal_year}});
  for (const auto& f : set.figures) figures.push_back(figure_json(f));
  for (const auto& r : set.rates)
    rates.push_back({{"code", r.code},
                     {"label", r.label},
                     {"numerator", r.numerator},
                     {"denominator", r.denominator},
                     {"by_money", r.by_money},
                     {"total", r.total},
                     {"own", r.own},
                     {"lower", r.lower}});
  return {{"region_id", set.region_id},       {"region_name", set.region_name},
          {"region_level", set.region_level}, {"own_label", set.own_label},
          {"lower_label", set.lower_label},   {"has_lower", set.has_lower},
          {"work_year", set.work_year},       {"sections", std::move(sections)},
          {"figures", std::move(figures)},    {"rates", std::move(rates)}};
}

json::object funnel_json(const FunnelView& v) {
  json::array steps;
  for (std::size_t i = 0; i < v.steps.size(); ++i) {
    auto o = figure_json(v.steps[i]);
    if (i < v.previous.size()) o["previous"] = figure_json(v.previous[i]);
    steps.push_back(std::move(o));
  }
  return {{"region_id", v.region_id},     {"region_name", v.region_name},
          {"own_label", v.own_label},     {"lower_label", v.lower_label},
          {"fiscal_year", v.fiscal_year}, {"previous_year", v.fiscal_year - 1},
          {"steps", std::move(steps)}};
}

json::object rows_json(const RowsPage& page) {
  json::array items;
  for (const auto& r : page.items)
    items.push_back({{"kind", r.kind},
                     {"id", r.id},
                     {"code", r.code},
                     {"title", r.title},
                     {"department_name", r.department_name},
                     {"unit_name", r.unit_name},
                     {"region_name", r.region_name},
                     {"amount_fen", r.amount_fen},
                     {"amount_wan", format_wan(r.amount_fen)},
                     {"status", r.status},
                     {"note", r.note}});
  json::object o{{"figure", page.figure},
                 {"label", page.label},
                 {"own_label", page.own_label},
                 {"lower_label", page.lower_label},
                 {"fiscal_year", page.fiscal_year},
                 {"items", std::move(items)},
                 {"total", page.total.count},
                 {"total_fen", page.total.fen},
                 {"total_wan", format_wan(page.total.fen)}};
  o["next_cursor"] = page.next ? json::value(*page.next) : json::value(nullptr);
  return o;
}

std::string rows_csv(const RowsPage& page, bool money) {
  std::string out = "\xEF\xBB\xBF";
  out += money ? "项目编码,名称,主管部门,单位,地区,金额（万元）,状态,说明\r\n"
               : "项目编码,名称,主管部门,单位,地区,状态,说明\r\n";
  for (const auto& r : page.items) {
    out += csv_cell(r.code) + "," + csv_cell(r.title) + "," + csv_cell(r.department_name) + "," +
           csv_cell(r.unit_name) + "," + csv_cell(r.region_name) + ",";
    if (money) out += format_wan(r.amount_fen) + ",";
    out += csv_cell(r.status) + "," + csv_cell(r.note) + "\r\n";
  }
  out += "合计 " + std::to_string(page.total.count) + " 条,,,,,";
  if (money) out += format_wan(page.total.fen) + ",";
  out += ",\r\n";
  return out;
}

}  // namespace jixiao::annual_report
