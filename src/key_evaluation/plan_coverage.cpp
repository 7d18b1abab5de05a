#include "key_evaluation/plan_coverage.h"

#include <map>

#include "auth/scope_sql.h"
#include "base/vocabulary.h"
#include "db/query.h"

namespace jixiao::key_evaluation {

namespace {

struct Cell {
  std::string kind, fund_type;
  long long count = 0, fen = 0;
};

}  // namespace

PlanCoverage plan_coverage(soci::session& s, long long region_id, const std::string& region_path,
                           long long year) {
  // A plan holds tens of subjects: grouped from its own index (region_id, year).
  db::Query q(
      "SELECT kind, fund_type, COUNT(*), CAST(SUM(budget_fen) AS BIGINT) FROM key_evaluations "
      "WHERE region_id = ");
  q.bind(region_id).sql(" AND year = ").bind(year).sql(" GROUP BY kind, fund_type");
  const auto cells = db::fetch_all<Cell>(s, q, [](soci::statement& st, Cell& c) {
    st.exchange(soci::into(c.kind));
    st.exchange(soci::into(c.fund_type));
    st.exchange(soci::into(c.count));
    st.exchange(soci::into(c.fen));
  });
  // The tree's money from the kept totals (a few rows per department), as the statistics read it.
  db::Query t(
      "SELECT fund_type, '', 0, CAST(SUM(amount_fen) AS BIGINT) FROM project_totals WHERE year "
      "= ");
  t.bind(year).sql(" AND region_id IN (");
  auth::append_regions_under(t, region_path);
  t.sql(") AND status IN ('approved', 'executing', 'completed') GROUP BY fund_type");
  const auto money = db::fetch_all<Cell>(s, t, [](soci::statement& st, Cell& c) {
    st.exchange(soci::into(c.fund_type));
    st.exchange(soci::into(c.kind));
    st.exchange(soci::into(c.count));
    st.exchange(soci::into(c.fen));
  });

  PlanCoverage c;
  std::map<std::string, CoverageCell> kinds;
  std::map<std::string, FundCoverage> funds;
  for (const auto& x : cells) {
    c.count += x.count;
    c.budget_fen += x.fen;
    kinds[x.kind].count += x.count;
    kinds[x.kind].budget_fen += x.fen;
    funds[x.fund_type].count += x.count;
    funds[x.fund_type].budget_fen += x.fen;
  }
  for (const auto& m : money) {
    funds[m.fund_type].projects_fen += m.fen;
    c.projects_fen += m.fen;
  }
  c.share = format_rate(c.budget_fen, c.projects_fen);
  for (const auto& term : vocabulary("key_evaluation_kind").terms()) {
    CoverageCell cell = kinds[term.value];
    cell.key = term.value;
    c.by_kind.push_back(cell);
  }
  for (const auto& term : vocabulary("fund_type").terms()) {
    FundCoverage f = funds[term.value];
    f.fund_type = term.value;
    f.share = format_rate(f.budget_fen, f.projects_fen);
    c.by_fund_type.push_back(f);
  }
  return c;
}

}  // namespace jixiao::key_evaluation
