// Disclosure (fiscal year Y, R-DI-1, R-MON-2): items due by the year's end (or published) and
// items published, counted by disclosure/rate_repo (the office's cards count the same way); the
// rows carry the same condition as its count_item.
#include <string>

#include "annual_report/sources.h"
#include "disclosure/rate_repo.h"

namespace jixiao::annual_report {

namespace {

std::string year_end(long long year) { return std::to_string(year) + "-12-31"; }

// Each region of the tree with its own items (the figure folds them into levels).
std::vector<RegionCount> rate_counts(soci::session& s, const Context& c, bool published) {
  std::vector<RegionCount> out;
  for (const auto& r : disclosure::rate_repo::by_region(s, c.region_id, c.year, year_end(c.year)))
    out.push_back({r.id, published ? r.counts.published : r.counts.due, 0});
  return out;
}

FigureSource disclosure_source(std::string code, std::string label, bool published) {
  return {std::move(code),
          std::move(label),
          "条",
          "disclosure",
          false,
          "R-DI-1",
          [=](soci::session& s, const Context& c) { return rate_counts(s, c, published); },
          [=](db::Query& q, const Context& c, const Part& p) {
            append_rows(
                q, {"disclosure",
                    "disclosures x LEFT JOIN projects pr ON pr.id = "
                    "x.project_id",
                    "COALESCE(pr.code, '')", "x.title", "0", "x.status", "'公开期限 ' || x.due"});
            q.sql("x.year = ").bind(c.year).sql(" AND ");
            if (published)
              q.sql("x.status = 'published' AND ");
            else
              q.sql("(x.status = 'published' OR x.due <= ").bind(year_end(c.year)).sql(") AND ");
            append_part(q, c, p, "x.region_id");
          },
          [](std::string_view, std::string_view st) { return state_label("disclosure", st); }};
}

}  // namespace

void add_disclosure_figures(Sources& s) {
  s.add(disclosure_source("disclosure.due", "应公开的绩效信息", false));
  s.add(disclosure_source("disclosure.published", "已公开的绩效信息", true));
}

}  // namespace jixiao::annual_report
