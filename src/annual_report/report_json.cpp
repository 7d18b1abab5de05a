#include "annual_report/report_json.h"

#include "annual_report/json.h"
#include "annual_report/report_workflow.h"

namespace jixiao::annual_report {

namespace {

// A figure without money keeps no fen.
Amount amount_of(const boost::json::value& v) {
  const auto& o = v.as_object();
  const auto* fen = o.if_contains("fen");
  return {o.at("count").to_number<long long>(), fen ? fen->to_number<long long>() : 0};
}

std::string str(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

long long num(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_number() ? v->to_number<long long>() : 0;
}

}  // namespace

boost::json::object frozen_figures_json(const FigureSet& set) {
  // The figures as the API answers them (万元 texts too): what was frozen reads as it was shown.
  return figure_set_json(set);
}

FigureSet frozen_figures_of(const std::string& json) {
  const auto o = boost::json::parse(json).as_object();
  FigureSet set;
  set.region_id = num(o, "region_id");
  set.region_name = str(o, "region_name");
  set.region_level = str(o, "region_level");
  set.own_label = str(o, "own_label");
  set.lower_label = str(o, "lower_label");
  set.has_lower = o.at("has_lower").as_bool();
  set.work_year = num(o, "work_year");
  for (const auto& v : o.at("sections").as_array()) {
    const auto& s = v.as_object();
    set.sections.push_back(
        {str(s, "section"), str(s, "label"), num(s, "offset"), num(s, "fiscal_year")});
  }
  for (const auto& v : o.at("figures").as_array()) {
    const auto& f = v.as_object();
    Figure fig;
    fig.code = str(f, "code");
    fig.label = str(f, "label");
    fig.unit = str(f, "unit");
    fig.section = str(f, "section");
    fig.money = f.at("money").as_bool();
    fig.fiscal_year = num(f, "fiscal_year");
    fig.total = amount_of(f.at("total"));
    fig.own = amount_of(f.at("own"));
    fig.lower = amount_of(f.at("lower"));
    for (const auto& r : f.at("regions").as_array()) {
      const auto& ro = r.as_object();
      fig.regions.push_back({num(ro, "region_id"), str(ro, "name"), amount_of(ro.at("amount"))});
    }
    set.figures.push_back(std::move(fig));
  }
  for (const auto& v : o.at("rates").as_array()) {
    const auto& r = v.as_object();
    set.rates.push_back({str(r, "code"), str(r, "label"), str(r, "numerator"),
                         str(r, "denominator"), r.at("by_money").as_bool(), str(r, "total"),
                         str(r, "own"), str(r, "lower")});
  }
  return set;
}

boost::json::object figure_ref_json(const FigureRef& f) {
  boost::json::object o{
      {"code", f.code}, {"part", f.part}, {"measure", f.measure}, {"fiscal_year", f.fiscal_year}};
  if (f.part == "region") o["region_id"] = f.region_id;
  return o;
}

boost::json::array blocks_json(const ReportDocument& doc) {
  boost::json::array out;
  for (const auto& b : doc.blocks) {
    boost::json::array runs;
    for (const auto& r : b.runs) {
      boost::json::object run{{"text", r.text}};
      if (r.figure) run["figure"] = figure_ref_json(*r.figure);
      runs.push_back(std::move(run));
    }
    out.push_back({{"kind", b.kind == Block::Kind::heading ? "heading" : "paragraph"},
                   {"level", b.level},
                   {"section", b.section},
                   {"runs", std::move(runs)}});
  }
  return out;
}

boost::json::array placeholders_json(const std::vector<Placeholder>& all) {
  boost::json::array out;
  for (const auto& p : all)
    out.push_back({{"token", "{{" + p.token + "}}"},
                   {"text", p.text},
                   {"figure", figure_ref_json(p.figure)}});
  return out;
}

boost::json::object narrative_json(const Narrative& n) {
  boost::json::object o;
  for (const auto& [k, v] : n) o[k] = v;
  return o;
}

Narrative narrative_of(const std::string& json) {
  Narrative n;
  boost::system::error_code ec;
  const auto v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return n;
  for (const auto& [k, text] : v.as_object())
    if (text.is_string()) n[std::string(k)] = std::string(text.as_string());
  return n;
}

boost::json::object view_json(const ReportView& v) {
  const auto& r = v.record;
  boost::json::array sections, fields;
  for (const auto& s : report_sections())
    sections.push_back({{"section", s.code},
                        {"label", s.label},
                        {"parent", s.parent},
                        {"fiscal_year", section_fiscal_year(v.figures, s.code)}});
  for (const auto& f : narrative_fields()) fields.push_back({{"key", f.key}, {"label", f.label}});
  // A rate's run links to the rows of its numerator.
  boost::json::array rates;
  for (const auto& r : v.figures.rates)
    rates.push_back({{"code", r.code},
                     {"label", r.label},
                     {"numerator", r.numerator},
                     {"denominator", r.denominator}});
  boost::json::object o{
      {"year", v.figures.work_year},
      {"region_id", v.figures.region_id},
      {"region_name", v.figures.region_name},
      {"own_label", v.figures.own_label},
      {"lower_label", v.figures.lower_label},
      {"has_lower", v.figures.has_lower},
      {"status", r.status},
      {"status_label", std::string(report_workflow().state_label(r.status))},
      {"version", r.version},
      {"frozen", v.frozen},
      {"can_edit", v.can_edit},
      {"frozen_at", v.frozen ? boost::json::value(r.frozen_at) : boost::json::value(nullptr)},
      {"frozen_by", v.frozen ? boost::json::value(r.frozen_by_name) : boost::json::value(nullptr)},
      {"title", v.document.title},
      {"issuer", v.document.issuer},
      {"date_text", v.document.date_text},
      {"blocks", blocks_json(v.document)},
      {"narrative", narrative_json(v.narrative)},
      {"fields", std::move(fields)},
      {"placeholders", placeholders_json(v.placeholders)},
      {"sections", std::move(sections)},
      {"rates", std::move(rates)},
  };
  return o;
}

}  // namespace jixiao::annual_report
