#include "cli/demo_targets.h"

#include <boost/json.hpp>
#include <map>
#include <random>
#include <vector>

#include "base/embedded_data.h"
#include "base/json.h"
#include "library/framework.h"
#include "library/model.h"
#include "projects/repo_bulk.h"
#include "targets/json.h"
#include "targets/repo.h"
#include "targets/review_rules.h"
#include "targets/settings.h"

namespace jixiao::cli {

namespace {

struct DemoCase {
  std::string goal;
  std::vector<targets::Indicator> indicators;
};

// The shipped cases by industry, read once.
std::map<std::string, std::vector<DemoCase>> cases_by_industry() {
  std::map<std::string, std::vector<DemoCase>> out;
  const auto all = boost::json::parse(embedded_file("library/cases.json"));
  for (const auto& c : all.as_array()) {
    const auto& o = c.as_object();
    boost::json::object body{{"overall_goal", o.at("overall_goal")},
                             {"indicators", o.at("indicators")}};
    JsonReader in(body);
    targets::TargetDraft d;
    targets::read_draft_fields(in, d);
    out[std::string(o.at("industry").as_string())].push_back({d.overall_goal, d.indicators});
  }
  return out;
}

// The workflow state of a demo target, by weight: mostly approved, some in every queue. A
// department's own target is submitted past the department's review (R-TR-1: departments
// review their units).
std::string draw_status(std::mt19937_64& rng, bool departments_own) {
  const int r = static_cast<int>(rng() % 100);
  if (r < 55) return "approved";
  if (r < 61) return departments_own ? "department_reviewed" : "submitted";
  if (r < 67) return "department_reviewed";
  if (r < 73) return "section_reviewed";
  if (r < 78) return "returned";
  if (r < 82) return "rejected";
  return "draft";
}

}  // namespace

std::size_t insert_demo_targets(soci::session& s, const std::set<long long>& skip_units) {
  const auto cases = cases_by_industry();
  std::vector<projects::Project> projects;
  for (auto& p : projects::repo::latest_year_projects(s))
    if (!skip_units.contains(p.unit_id)) projects.push_back(std::move(p));
  std::mt19937_64 rng(20260301);
  const auto& bands = targets::national_target_settings().bands;
  std::size_t n = 0;
  for (const auto& p : projects) {
    if (rng() % 100 >= 70) continue;  // coverage is never complete in a real region
    auto it = cases.find(library::industry_of(p.function_class));
    if (it == cases.end()) it = cases.begin();
    const DemoCase& c = it->second[rng() % it->second.size()];
    targets::Target t;
    t.region_id = p.region_id;
    t.year = p.year;
    t.kind = "project";
    t.project_id = p.id;
    t.unit_id = p.unit_id;
    t.department_id = p.department_id;
    t.framework_version = library::latest_framework().version;
    t.draft.overall_goal = c.goal;
    t.draft.indicators = c.indicators;
    t.status = draw_status(rng, p.unit_id == p.department_id);
    t.created_at = t.updated_at = std::to_string(p.year) + "-01-15T09:00:00Z";
    t.id = targets::repo::insert(s, t);
    targets::repo::replace_indicators(s, t.id, t.draft.indicators);
    if (t.status != "draft") {
      t.submitted_at = std::to_string(p.year) + "-01-20T10:00:00Z";
      if (t.status == "approved" || t.status == "rejected") {
        // Scores in hundredths: approved ones from 70 to 98, failing ones from 40 to 59.
        t.score = t.status == "approved" ? 7000 + static_cast<long long>(rng() % 2801)
                                         : 4000 + static_cast<long long>(rng() % 2000);
        t.grade = targets::grade_of(t.score, bands);
        t.not_funded = t.status == "rejected";
        t.decided_at = std::to_string(p.year) + "-02-10T15:00:00Z";
      }
      targets::repo::update_status(s, t, 1);
    }
    ++n;
  }
  return n;
}

}  // namespace jixiao::cli
