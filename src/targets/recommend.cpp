// TargetService::recommend: gathers candidates from the library and from approved targets of
// similar projects (same function class 款, in the caller's scope), then ranks them.
#include "auth/scope_sql.h"
#include "base/error.h"
#include "db/query.h"
#include "library/framework.h"
#include "library/repo.h"
#include "library/service.h"
#include "projects/repo.h"
#include "targets/recommend_rules.h"
#include "targets/service.h"

namespace jixiao::targets {

namespace {

constexpr int kLibraryRows = 400;
constexpr int kHistoryRows = 2000;

// Indicators of approved targets of projects whose function class starts with the prefix.
std::vector<Candidate> history_candidates(soci::session& s, const projects::Project& p,
                                          const auth::DataScope& scope,
                                          const std::optional<std::string>& category,
                                          const std::optional<std::string>& subcategory) {
  // The 款 (first five digits) groups projects of one kind; a range keeps the index usable.
  std::string prefix =
      p.function_class.substr(0, std::min<std::size_t>(5, p.function_class.size()));
  std::string upper = prefix;
  upper.back() = static_cast<char>(upper.back() + 1);
  db::Query q(
      "SELECT p.name, i.category, i.subcategory, i.name, i.comparator, i.value, i.unit, "
      "i.direction, i.value_basis FROM projects p JOIN targets t ON t.project_id = p.id AND "
      "t.kind = 'project' AND t.status = 'approved' JOIN target_indicators i ON "
      "i.target_id = t.id WHERE p.function_class >= ");
  q.bind(prefix).sql(" AND p.function_class < ").bind(upper);
  q.sql(" AND p.id <> ").bind(p.id).sql(" AND p.year <= ").bind(p.year).sql(" AND ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", "p.unit_id"});
  if (category) q.sql(" AND i.category = ").bind(*category);
  if (subcategory) q.sql(" AND i.subcategory = ").bind(*subcategory);
  q.sql(" ORDER BY p.year DESC, p.id DESC LIMIT ").bind(kHistoryRows);
  return db::fetch_all<Candidate>(s, q, [](soci::statement& st, Candidate& c) {
    c.source = "history";
    st.exchange(soci::into(c.project_name));
    st.exchange(soci::into(c.indicator.category));
    st.exchange(soci::into(c.indicator.subcategory));
    st.exchange(soci::into(c.indicator.name));
    st.exchange(soci::into(c.indicator.comparator));
    st.exchange(soci::into(c.indicator.value));
    st.exchange(soci::into(c.indicator.unit));
    st.exchange(soci::into(c.indicator.direction));
    st.exchange(soci::into(c.indicator.value_basis));
  });
}

}  // namespace

std::vector<Recommendation> TargetService::recommend(const auth::Principal& me,
                                                     long long project_id,
                                                     const std::optional<std::string>& category,
                                                     const std::optional<std::string>& subcategory,
                                                     const std::optional<std::string>& words,
                                                     int limit) {
  return db_.read([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::read_scope(me));
    if (!p) throw invalid("project_id", "项目不存在或无权访问");
    const std::string industry = library::industry_of(p->function_class);
    const auto* info = library::find_industry(industry);
    std::vector<Candidate> candidates;
    for (const std::string& key : {industry, std::string(library::kCommon)}) {
      if (key.empty()) continue;
      library::IndicatorFilter f;
      f.region_ids = library::LibraryService::visible_regions(s, me);
      f.industry = key;
      f.category = category;
      f.subcategory = subcategory;
      f.limit = kLibraryRows;
      for (const auto& i : library::repo::list_indicators(s, f)) {
        Candidate c;
        c.source = "library";
        c.indicator.category = i.category;
        c.indicator.subcategory = i.subcategory;
        c.indicator.name = i.name;
        c.indicator.comparator = i.comparator;
        c.indicator.value = i.typical_value;
        c.indicator.unit = i.unit;
        c.indicator.direction = i.direction;
        c.indicator.value_basis = i.value_basis;
        c.definition = i.definition;
        c.industry_match = key != library::kCommon;
        c.industry_name = info ? info->name : "";
        candidates.push_back(std::move(c));
      }
    }
    auto history = history_candidates(s, *p, auth::read_scope(me), category, subcategory);
    candidates.insert(candidates.end(), history.begin(), history.end());
    std::vector<Recommendation> out;
    for (auto& r : rank_candidates(candidates, p->name, words, limit))
      out.push_back({r.source, r.score, r.reason, std::move(r.indicator), r.definition});
    return out;
  });
}

}  // namespace jixiao::targets
