#include "annual_report/figures.h"

#include <boost/json.hpp>
#include <map>

#include "annual_report/sources.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/money.h"
#include "rules/service.h"

namespace jixiao::annual_report {

namespace {

struct RegionInfo {
  long long id = 0;
  long long parent_id = 0;
  std::string name;
  std::string level;
  std::string path;
};

RegionInfo region_of(soci::session& s, long long id) {
  RegionInfo r;
  soci::indicator parent = soci::i_ok;
  s << "SELECT id, COALESCE(parent_id, 0), name, level, path FROM regions WHERE id = :id",
      soci::use(id), soci::into(r.id), soci::into(r.parent_id, parent), soci::into(r.name),
      soci::into(r.level), soci::into(r.path);
  if (!s.got_data()) throw not_found("地区不存在");
  return r;
}

std::vector<RegionInfo> lower_regions(soci::session& s, long long id) {
  db::Query q("SELECT id, name, level, path FROM regions WHERE parent_id = ");
  q.bind(id).sql(" ORDER BY code");
  auto out = db::fetch_all<RegionInfo>(s, q, [](soci::statement& st, RegionInfo& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.name));
    st.exchange(soci::into(r.level));
    st.exchange(soci::into(r.path));
  });
  for (auto& r : out) r.parent_id = id;
  return out;
}

// Every region of the tree and its path, to fold a region's counts into the one a level down.
std::map<long long, std::string> paths_under(soci::session& s, const std::string& path) {
  struct Row {
    long long id = 0;
    std::string path;
  };
  db::Query q("SELECT id, path FROM regions WHERE SUBSTR(path, 1, ");
  q.bind(static_cast<long long>(path.size())).sql(") = ").bind(path);
  std::map<long long, std::string> out;
  db::for_each_row<Row>(
      s, q,
      [](soci::statement& st, Row& r) {
        st.exchange(soci::into(r.id));
        st.exchange(soci::into(r.path));
      },
      [&](Row& r) { out[r.id] = r.path; });
  return out;
}

// What one evaluation of the figures shares: the region, its lower regions and the tree's paths.
struct Tree {
  RegionInfo region;
  std::vector<RegionInfo> lower;
  std::map<long long, std::string> paths;
};

Tree tree_of(soci::session& s, long long region_id) {
  Tree t;
  t.region = region_of(s, region_id);
  t.lower = lower_regions(s, region_id);
  t.paths = paths_under(s, t.region.path);
  return t;
}

Figure evaluate(soci::session& s, db::Dialect d, const FigureSource& src, const Tree& t,
                long long year) {
  Figure f;
  f.code = src.code;
  f.label = src.label;
  f.unit = src.unit;
  f.section = src.section;
  f.money = src.money;
  f.fiscal_year = year;
  for (const auto& l : t.lower) f.regions.push_back({l.id, l.name, {}});
  const Context c{year, t.region.id, t.region.path, d};
  for (const auto& rc : src.counts(s, c)) {
    f.total.count += rc.count;
    f.total.fen += rc.fen;
    if (rc.region_id == t.region.id) {
      f.own.count += rc.count;
      f.own.fen += rc.fen;
      continue;
    }
    f.lower.count += rc.count;
    f.lower.fen += rc.fen;
    const auto it = t.paths.find(rc.region_id);
    if (it == t.paths.end()) continue;
    for (std::size_t i = 0; i < t.lower.size(); ++i)
      if (it->second.starts_with(t.lower[i].path)) {
        f.regions[i].amount.count += rc.count;
        f.regions[i].amount.fen += rc.fen;
        break;
      }
  }
  if (!f.money) f.total.fen = f.own.fen = f.lower.fen = 0;
  if (!f.money)
    for (auto& r : f.regions) r.amount.fen = 0;
  return f;
}

const FigureSource& source_of(const std::string& code) {
  const auto* src = sources().find(code);
  if (!src) throw not_found("没有这项数据");
  return *src;
}

// R-RPT-1 of the region and work year: each section's offset (the rule's shape names them all).
std::vector<SectionYear> section_years(soci::session& s, long long region_id, long long year) {
  std::map<std::string, long long> offsets;
  const auto rules = rules::effective_rules(s, region_id, year);
  const auto& params = rules.params("R-RPT-1");
  for (const auto& [key, value] : params)
    if (value.is_string())
      if (const auto v = parse_offset(value.as_string())) offsets[std::string(key)] = *v;
  std::vector<SectionYear> out;
  for (const auto& k : known_sections())
    out.push_back({k.section, k.label, offsets[k.section], year + offsets[k.section]});
  return out;
}

std::string rate_text(long long n, long long d) {
  auto r = format_rate(n, d);
  return d == 0 ? r : r + "%";
}

Rate rate_of(const FigureSet& set, std::string code, std::string label, const std::string& num,
             const std::string& den, bool by_money) {
  Rate r{std::move(code), std::move(label), num, den, by_money, "", "", ""};
  const auto* n = set.find(num);
  const auto* d = set.find(den);
  const auto pick = [&](const Amount& a) { return by_money ? a.fen : a.count; };
  const Amount zero;
  r.total = rate_text(pick(n ? n->total : zero), pick(d ? d->total : zero));
  r.own = rate_text(pick(n ? n->own : zero), pick(d ? d->own : zero));
  r.lower = rate_text(pick(n ? n->lower : zero), pick(d ? d->lower : zero));
  return r;
}

}  // namespace

std::string own_level_label(const std::string& name, const std::string& level) {
  if (level == "province") return "省级";
  if (level == "county") return "县级";
  if (name.ends_with("地区")) return "地区本级";
  if (name.ends_with("州")) return "州级";
  return "市级";
}

namespace {

Levels levels_of_tree(const Tree& t) {
  Levels l{t.region.name, t.region.level, own_level_label(t.region.name, t.region.level), ""};
  // A prefecture's lower regions are counties, cities and districts alike: 县级 as the reports say.
  if (t.region.level == "prefecture" && !t.lower.empty())
    l.lower_label = "县级";
  else if (!t.lower.empty())
    l.lower_label = own_level_label(t.lower.front().name, t.lower.front().level);
  return l;
}

}  // namespace

Levels levels_of(soci::session& s, long long region_id) {
  Tree t;
  t.region = region_of(s, region_id);
  t.lower = lower_regions(s, region_id);
  return levels_of_tree(t);
}

FigureSet figures_of_work_year(soci::session& s, db::Dialect d, long long region_id,
                               long long work_year) {
  const auto t = tree_of(s, region_id);
  const auto levels = levels_of_tree(t);
  FigureSet set;
  set.region_id = region_id;
  set.region_name = levels.region_name;
  set.region_level = levels.region_level;
  set.own_label = levels.own_label;
  set.lower_label = levels.lower_label;
  set.has_lower = !t.lower.empty();
  set.work_year = work_year;
  set.sections = section_years(s, region_id, work_year);
  std::map<std::string, long long> year_of;
  for (const auto& sy : set.sections) year_of[sy.section] = sy.fiscal_year;
  for (const auto& src : sources().all())
    set.figures.push_back(evaluate(s, d, src, t, year_of[src.section]));
  set.rates.push_back(rate_of(set, "targets.coverage", "绩效目标覆盖率（金额）", "targets.projects",
                              "projects.all", true));
  set.rates.push_back(rate_of(set, "monitoring.coverage", "运行监控覆盖率（金额）",
                              "monitoring.projects", "projects.all", true));
  set.rates.push_back(rate_of(set, "budget_review.cut_rate", "审减率", "budget_review.cut",
                              "budget_review.submitted", true));
  set.rates.push_back(rate_of(set, "review.share", "自评复核比例", "review.reviewed",
                              "self_evaluation.all", false));
  set.rates.push_back(rate_of(set, "findings.rectification_rate", "问题整改率", "findings.closed",
                              "findings.all", false));
  set.rates.push_back(rate_of(set, "disclosure.rate", "信息公开率", "disclosure.published",
                              "disclosure.due", false));
  return set;
}

const std::vector<std::string>& funnel_codes() {
  static const std::vector<std::string> codes{"projects.all",        "targets.projects",
                                              "targets.approved",    "monitoring.projects",
                                              "monitoring.warned",   "self_evaluation.projects",
                                              "review.reviewed",     "key_evaluation.project",
                                              "findings.closed",     "result_application.actions",
                                              "disclosure.published"};
  return codes;
}

std::vector<Figure> funnel(soci::session& s, db::Dialect d, long long region_id,
                           long long fiscal_year) {
  const auto t = tree_of(s, region_id);
  std::vector<Figure> out;
  for (const auto& code : funnel_codes())
    out.push_back(evaluate(s, d, source_of(code), t, fiscal_year));
  return out;
}

Figure figure_of_year(soci::session& s, db::Dialect d, const std::string& code, long long region_id,
                      long long fiscal_year) {
  const auto& src = source_of(code);
  return evaluate(s, d, src, tree_of(s, region_id), fiscal_year);
}

RowsPage figure_rows(soci::session& s, db::Dialect d, const std::string& code, long long region_id,
                     long long fiscal_year, const Part& part,
                     const std::optional<std::string>& cursor, int limit, long long offset) {
  const auto& src = source_of(code);
  const auto region = region_of(s, region_id);
  if (part.kind == Part::Kind::region) {
    long long parent = 0;
    soci::indicator ind = soci::i_ok;
    s << "SELECT parent_id FROM regions WHERE id = :id", soci::use(part.region_id),
        soci::into(parent, ind);
    if (!s.got_data() || ind != soci::i_ok || parent != region_id)
      throw invalid("part_region", "应为下一级地区");
  }
  long long after = 0;
  if (cursor && !cursor->empty()) {
    const auto c = decode_cursor(*cursor, CursorValue::none);
    if (!c) throw invalid("cursor", "翻页位置无效");
    after = c->id;
  }
  const Context c{fiscal_year, region_id, region.path, d};
  RowsPage page;
  page.figure = src.code;
  page.label = src.label;
  const auto levels = levels_of(s, region_id);
  page.own_label = levels.own_label;
  page.lower_label = levels.lower_label;
  page.fiscal_year = fiscal_year;
  {
    db::Query q("SELECT COUNT(*), CAST(COALESCE(SUM(y.amount_fen), 0) AS BIGINT) FROM (");
    src.rows(q, c, part);
    q.sql(") y");
    soci::statement st(s);
    st.exchange(soci::into(page.total.count));
    st.exchange(soci::into(page.total.fen));
    q.execute(st, true);
  }
  if (!src.money) page.total.fen = 0;
  db::Query q(
      "SELECT y.kind, y.id, y.code, y.title, y.department_name, y.unit_name, y.region_name, "
      "y.amount_fen, y.status, y.note FROM (");
  src.rows(q, c, part);
  q.sql(") y WHERE y.id > ").bind(after).sql(" ORDER BY y.id");
  if (limit > 0) q.page(limit, offset);
  page.items = db::fetch_all<FigureRow>(
      s, q,
      [](soci::statement& st, FigureRow& r) {
        st.exchange(soci::into(r.kind));
        st.exchange(soci::into(r.id));
        st.exchange(soci::into(r.code));
        st.exchange(soci::into(r.title));
        st.exchange(soci::into(r.department_name));
        st.exchange(soci::into(r.unit_name));
        st.exchange(soci::into(r.region_name));
        st.exchange(soci::into(r.amount_fen));
        st.exchange(soci::into(r.status));
        st.exchange(soci::into(r.note));
      },
      [&](FigureRow& r) { r.status = src.status_label(r.kind, r.status); });
  if (limit > 0)
    if (const auto last = cut_to_limit(page.items, limit)) page.next = encode_cursor("", *last);
  return page;
}

}  // namespace jixiao::annual_report
