#include "annual_report/sources.h"

#include <stdexcept>

#include "auth/scope_sql.h"
#include "workflow/state_label.h"

namespace jixiao::annual_report {

const std::vector<SectionInfo>& known_sections() {
  // Their offsets are R-RPT-1's (data/rules/annual_report.json), which names every section.
  static const std::vector<SectionInfo> all{
      {"assessment", "事前绩效评估"},     {"budget_review", "预算评审"},
      {"targets", "绩效目标管理"},        {"monitoring", "绩效运行监控"},
      {"self_evaluation", "绩效自评"},    {"review", "自评复核"},
      {"key_evaluation", "重点绩效评价"}, {"rectification", "问题整改"},
      {"result_application", "结果应用"}, {"disclosure", "信息公开"},
      {"appraisal", "绩效考核"}};
  return all;
}

std::optional<long long> parse_offset(std::string_view text) {
  static const std::vector<std::pair<std::string_view, long long>> known{
      {"-2", -2}, {"-1", -1}, {"0", 0}, {"+1", 1}, {"1", 1}, {"+2", 2}, {"2", 2}};
  for (const auto& [t, v] : known)
    if (t == text) return v;
  return std::nullopt;
}

Sources::Sources() {
  add_project_figures(*this);
  add_assessment_figures(*this);
  add_budget_review_figures(*this);
  add_monitoring_figures(*this);
  add_self_evaluation_figures(*this);
  add_key_evaluation_figures(*this);
  add_result_application_figures(*this);
  add_disclosure_figures(*this);
  add_appraisal_figures(*this);
}

void Sources::add(FigureSource source) {
  if (find(source.code)) throw std::logic_error("figure source added twice: " + source.code);
  sources_.push_back(std::move(source));
}

const FigureSource* Sources::find(std::string_view code) const {
  for (const auto& s : sources_)
    if (s.code == code) return &s;
  return nullptr;
}

const Sources& sources() {
  static const Sources all;
  return all;
}

void append_tree(db::Query& q, const Context& c, const char* region_col) {
  q.sql(region_col).sql(" IN (");
  auth::append_regions_under(q, c.region_path);
  q.sql(")");
}

void append_part(db::Query& q, const Context& c, const Part& p, const char* region_col) {
  switch (p.kind) {
    case Part::Kind::all:
      append_tree(q, c, region_col);
      return;
    case Part::Kind::own:
      q.sql(region_col).sql(" = ").bind(c.region_id);
      return;
    case Part::Kind::lower:
      append_tree(q, c, region_col);
      q.sql(" AND ").sql(region_col).sql(" <> ").bind(c.region_id);
      return;
    case Part::Kind::region:
      // A lower region of the tree with everything below it (its path under the tree's).
      q.sql(region_col).sql(" IN (SELECT g.id FROM regions g JOIN regions r ON SUBSTR(g.path, 1, ");
      q.sql("LENGTH(r.path)) = r.path WHERE r.id = ").bind(p.region_id);
      q.sql(" AND r.parent_id = ").bind(c.region_id).sql(")");
      return;
  }
}

std::vector<RegionCount> fetch_counts(soci::session& s, db::Query& q) {
  return db::fetch_all<RegionCount>(s, q, [](soci::statement& st, RegionCount& r) {
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.count));
    st.exchange(soci::into(r.fen));
  });
}

void append_rows(db::Query& q, const RowSql& r) {
  q.sql("SELECT '").sql(r.kind).sql("' AS kind, x.id AS id, ").sql(r.code).sql(" AS code, ");
  q.sql(r.title).sql(" AS title, ");
  q.sql(r.org ? "COALESCE(dep.name, '') AS department_name, COALESCE(un.name, '') AS unit_name, "
              : "'' AS department_name, '' AS unit_name, ");
  q.sql("rg.name AS region_name, CAST(").sql(r.amount).sql(" AS BIGINT) AS amount_fen, ");
  q.sql(r.status).sql(" AS status, ").sql(r.note).sql(" AS note FROM ").sql(r.from);
  if (r.org)
    q.sql(
        " LEFT JOIN units dep ON dep.id = x.department_id LEFT JOIN units un ON un.id = "
        "x.unit_id");
  q.sql(" JOIN regions rg ON rg.id = x.region_id WHERE ");
}

std::string state_label(std::string_view entity, std::string_view status) {
  return workflow::state_label_of(entity, status);
}

}  // namespace jixiao::annual_report
