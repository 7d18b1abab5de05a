#include "cli/demo_assessment.h"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "assessment/repo.h"
#include "assessment/rules.h"
#include "assessment/settings.h"
#include "assessment/workflow.h"
#include "audit/log.h"
#include "auth/repo.h"
#include "db/query.h"
#include "rules/service.h"

namespace jixiao::cli {

namespace {

using assessment::Assessment;
using assessment::ItemScore;

// Where each demo assessment ends, in turn: every state, and concluded each way.
enum class End {
  writing,
  half_written,
  returned,
  submitted,
  selected,
  scoring,
  scored,
  accepted_self,
  supported,
  after_changes,
  not_supported,
};
constexpr std::array<End, 11> kEnds = {End::writing,       End::half_written, End::returned,
                                       End::submitted,     End::selected,     End::scoring,
                                       End::scored,        End::supported,    End::accepted_self,
                                       End::after_changes, End::not_supported};

struct Demo {
  soci::session& s;
  db::Dialect dialect;
  std::mt19937_64 rng;
  std::optional<auth::Principal> office, expert, agency;
  long long version = 1;

  // One step on the assessment's timeline: by a demo account, or the system.
  void record(const std::optional<auth::Principal>& who, const std::string& action,
              const Assessment& a, const std::string& after) {
    auto e = who ? audit::entry(*who, action, "assessment", a.id, a.region_id)
                 : audit::system_entry(action, "assessment", a.id, a.region_id);
    e.after_json = after;
    audit::append(s, dialect, e);
  }

  std::string state(const Assessment& a, const std::string& opinion = {}) {
    boost::json::object o{{"status", a.status},
                          {"status_label", assessment::status_label(a.status)}};
    if (!opinion.empty()) o["opinion"] = opinion;
    return boost::json::serialize(o);
  }

  void save(Assessment& a) {
    if (!assessment::repo::update(s, a, a.version)) throw std::logic_error("demo assessment");
    ++a.version;
  }

  // A sheet scored around `level` (0…1) of each item's maximum, in half points.
  std::vector<ItemScore> sheet(const assessment::Sheet& sh, double level, long long& total) {
    std::vector<ItemScore> out;
    total = 0;
    for (const auto& asp : sh.aspects)
      for (const auto& i : asp.items) {
        const double jitter = static_cast<double>(rng() % 21) / 100.0 - 0.10;
        const long long raw = static_cast<long long>((level + jitter) * i.max / 50.0 + 0.5) * 50;
        const long long v = std::clamp(raw, 0LL, i.max);
        out.push_back({asp.key + "." + i.key, v});
        total += v;
      }
    return out;
  }
};

// How well the department and the scorers think of the project, by where it ends.
double level_of(End end) {
  switch (end) {
    case End::supported:
      return 0.93;
    case End::after_changes:
      return 0.74;
    case End::not_supported:
      return 0.52;
    default:
      return 0.86;
  }
}

}  // namespace

std::size_t insert_demo_assessments(soci::session& s, db::Dialect dialect, long long region_id,
                                    long long year, const std::set<long long>& skip_units) {
  const auto settings = assessment::assessment_settings(rules::effective_rules(s, region_id, year));
  Demo d{s,
         dialect,
         std::mt19937_64(20270401),
         auth::repo::find_principal(s, "demo_office"),
         auth::repo::find_principal(s, "demo_expert"),
         auth::repo::find_principal(s, "demo_agency")};
  // The year's projects of the region that need an assessment (R-EA-3), largest first.
  struct Row {
    long long id = 0, unit = 0, department = 0, amount = 0;
  };
  db::Query q("SELECT id, unit_id, department_id, amount_fen FROM projects WHERE region_id = ");
  q.bind(region_id).sql(" AND year = ").bind(year);
  q.sql(" AND status IN ('draft', 'declared') AND category IN ('new', 'continuing') AND ");
  q.sql("amount_fen >= ").bind(settings.need.threshold_fen).sql(" ORDER BY amount_fen DESC, id");
  auto projects = db::fetch_all<Row>(s, q, [](soci::statement& st, Row& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit));
    st.exchange(soci::into(r.department));
    st.exchange(soci::into(r.amount));
  });
  std::erase_if(projects, [&](const Row& r) { return skip_units.contains(r.unit); });
  const std::string now = std::to_string(year - 1) + "-11-20T09:00:00Z";
  std::size_t made = 0;
  for (std::size_t n = 0; n < projects.size() && n < 2 * kEnds.size(); ++n) {
    const auto [project, unit, department, amount] = projects[n];
    const End end = kEnds[n % kEnds.size()];
    Assessment a;
    a.region_id = region_id;
    a.year = year;
    a.project_id = project;
    a.unit_id = unit;
    a.department_id = department;
    a.kind = n % 5 == 4 ? "policy" : "project";
    a.level = "self";
    a.status = "self_assessing";
    a.amount_fen = amount;
    a.created_at = a.updated_at = now;
    a.id = assessment::repo::insert(s, a);
    d.record(std::nullopt, "create", a, d.state(a));
    ++made;
    const auto& sheet = settings.sheet(a.kind);
    long long self_total = 0;
    auto self = d.sheet(sheet, level_of(end), self_total);
    if (end == End::writing) continue;
    if (end == End::half_written) self.resize(self.size() / 2);
    assessment::repo::replace_items(s, a.id, "self", 0, self);
    a.self_score = end == End::half_written ? -1 : self_total;
    a.self_report =
        "项目立项依据充分，预算按定额标准测算，绩效目标与资金量匹配，实施方案可行，"
        "资金来源合规。";
    d.save(a);
    d.record(std::nullopt, "save_self", a, d.state(a));
    if (end == End::half_written) continue;
    a.status = "submitted";
    a.submitted_at = now;
    d.save(a);
    d.record(std::nullopt, "submit", a, d.state(a));
    if (end == End::submitted) continue;
    if (end == End::returned) {
      a.status = "returned";
      a.opinion = "成本测算依据不足，请补充同类项目单价比较后重新提交";
      d.save(a);
      d.record(d.office, "return", a, d.state(a, a.opinion));
      continue;
    }
    if (end == End::accepted_self) {
      const auto o = assessment::combine({a.self_score}, {settings.combination.conclusions, 0},
                                         settings.bands);
      a.status = "concluded";
      a.final_score = o.score;
      a.grade = o.grade;
      a.conclusion = o.conclusion;
      a.concluded_at = now;
      d.save(a);
      d.record(d.office, "accept", a, d.state(a));
      continue;
    }
    a.status = "key_selected";
    a.level = "key";
    d.save(a);
    d.record(d.office, "select", a, d.state(a, "金额较大，列入财政重点评估"));
    if (end == End::selected) continue;
    for (const auto& scorer : {d.expert, d.agency})
      assessment::repo::assign(s, a.id, scorer->user_id, d.office->user_id, now);
    a.status = "scoring";
    d.save(a);
    d.record(d.office, "assign", a, d.state(a));
    std::vector<long long> totals;
    for (const auto& c : assessment::repo::scorers(s, a.id)) {
      // One sheet is still open while scoring goes on.
      if (end == End::scoring && c.scorer_id == d.agency->user_id) continue;
      assessment::Scorer sc = c;
      auto items = d.sheet(sheet, level_of(end) - 0.03, sc.total);
      sc.submitted_at = now;
      sc.opinion = sc.total >= 8000 ? "方案成熟，同意立项" : "成本偏高，建议核减";
      assessment::repo::save_scorer(s, sc);
      assessment::repo::replace_items(s, a.id, "key", c.scorer_id, items);
      totals.push_back(sc.total);
      d.record(c.scorer_id == d.expert->user_id ? d.expert : d.agency, "submit_score", a,
               boost::json::serialize(boost::json::object{{"total", sc.total}}));
    }
    if (end == End::scoring) continue;
    a.status = "scored";
    d.save(a);
    if (end == End::scored) continue;
    const auto o = assessment::combine(totals, settings.combination, settings.bands);
    a.status = "concluded";
    a.key_score = a.final_score = o.score;
    a.grade = o.grade;
    a.conclusion = o.conclusion;
    a.concluded_at = now;
    if (a.conclusion == "not_supported") a.suggested_amount_fen = 0;
    if (a.conclusion == "support_after_changes") {
      // Cut by a tenth, to whole 万元.
      a.suggested_amount_fen = amount * 9 / 10 / kFenPerWan * kFenPerWan;
      a.suggested_target_changes = "按建议金额相应调整产出数量指标的指标值";
    }
    d.save(a);
    d.record(d.office, "conclude", a, d.state(a));
  }
  return made;
}

}  // namespace jixiao::cli
