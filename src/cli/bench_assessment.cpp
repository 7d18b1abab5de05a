#include "cli/bench_assessment.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "accounts/repo.h"
#include "assessment/repo.h"
#include "assessment/repo_bulk.h"
#include "assessment/rules.h"
#include "assessment/settings.h"
#include "org/repo.h"
#include "rules/service.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;

// A project that needs an assessment, and whether finance marked it major.
struct Candidate : assessment::repo::ProjectForNeed {
  bool major = false;
};

constexpr const char* kSelfReports[] = {
    "项目立项依据充分，预算按定额标准测算，绩效目标与资金量匹配，实施方案可行，资金来源合规。",
    "项目符合部门职能和年度重点工作，需求经过调研测算，实施进度安排清楚，有成本控制措施。",
    "延续项目前期实施效果较好，本年度在原有基础上优化支出结构，目标值参照历史水平设定。"};
constexpr const char* kReturnOpinions[] = {"成本测算依据不足，请补充同类项目单价比较后重新提交",
                                           "绩效目标缺少成本指标，请补充后重新提交",
                                           "实施方案进度安排不清，请细化后重新提交"};
constexpr const char* kConclusionOpinions[] = {"项目必要性充分，方案可行，予以支持",
                                               "成本偏高，建议按评估金额安排并相应调整目标",
                                               "需求依据不足，与已有项目交叉，不予支持"};
constexpr const char* kMajorReasons[] = {"涉及重大民生事项", "社会关注度高、影响面广",
                                         "跨年度实施、后续支出责任大"};

std::string day(long long year, int month, int d) {
  return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month) +
         (d < 10 ? "-0" : "-") + std::to_string(d) + "T09:00:00Z";
}

// A score in hundredths, in half points, drawn between lo and hi points.
long long draw_score(Rng& rng, long long lo, long long hi) {
  return (lo * 2 + static_cast<long long>(rng() % static_cast<std::uint64_t>((hi - lo) * 2 + 1))) *
         50;
}

// What the conclusion kept in the budget: the whole, a cut to whole 万元, or nothing.
long long suggested_amount(Rng& rng, const std::string& conclusion, long long amount) {
  if (conclusion == "not_supported") return 0;
  if (conclusion != "support_after_changes") return amount;
  const long long percent = 70 + static_cast<long long>(rng() % 26);
  return amount / 100 * percent / kFenPerWan * kFenPerWan;
}

class Writer {
 public:
  Writer(soci::session& s, db::Dialect dialect, long long year, std::uint64_t seed, int batch,
         const assessment::AssessmentSettings& settings)
      : s_(s),
        dialect_(dialect),
        year_(year),
        rng_(seed ^ 0x45415f62656e6368ULL),
        batch_(batch),
        settings_(settings),
        next_id_(assessment::repo::max_id(s) + 1) {
    const auth::DataScope all{auth::DataScope::Kind::region_tree, 0, "/"};
    for (const char* role : {"performance_office", "expert", "agency"}) {
      accounts::UserFilter f;
      f.role = role;
      f.limit = 100'000;
      for (const auto& u : accounts::repo::list(s, f, all)) {
        if (u.role == "performance_office")
          offices_.emplace(u.region_id, u.id);
        else
          scorers_.push_back(u.id);
      }
    }
  }

  void add(const Candidate& c) {
    Rng& rng = rng_;
    auto& r = rows_;
    const long long id = next_id_++;
    const int created = 8 + static_cast<int>(rng() % 20);
    r.id.push_back(id);
    r.region_id.push_back(c.region_id);
    r.year.push_back(year_);
    r.project_id.push_back(c.id);
    r.unit_id.push_back(c.unit_id);
    r.department_id.push_back(c.department_id);
    r.kind.push_back(rng() % 12 == 0 ? "policy" : "project");
    r.amount_fen.push_back(c.amount_fen);
    r.created_at.push_back(day(year_ - 1, 9, created));
    // Where it stands in late autumn of the year before: most concluded.
    const int w = static_cast<int>(rng() % 100);
    const std::string status = w < 5    ? "self_assessing"
                               : w < 8  ? "returned"
                               : w < 14 ? "submitted"
                               : w < 16 ? "key_selected"
                               : w < 20 ? "scoring"
                               : w < 22 ? "scored"
                                        : "concluded";
    // Finance assesses the larger ones itself more often (R-EA-2).
    const bool key =
        !scorers_.empty() &&
        (status == "key_selected" || status == "scoring" || status == "scored" ||
         (status == "concluded" && rng() % 100 < (c.amount_fen >= 5000 * kFenPerWan ? 60u : 20u)));
    const bool written = status != "self_assessing" || rng() % 2 == 0;
    const long long self_score = written ? draw_score(rng, key ? 72 : 78, 98) : -1;
    long long key_score = -1, final_score = -1, suggested = -1;
    std::string grade, conclusion, opinion, changes, submitted, concluded;
    const std::string submitted_at = day(year_ - 1, 10, 8 + static_cast<int>(rng() % 20));
    const std::string concluded_at = day(year_ - 1, 11, 2 + static_cast<int>(rng() % 17));
    long long version = written ? 2 : 1;
    if (status != "self_assessing") {
      submitted = submitted_at;
      version = 3;
    }
    if (status == "returned") {
      opinion = kReturnOpinions[rng() % std::size(kReturnOpinions)];
      version = 4;
    }
    if (key && status != "key_selected") add_scorers(id, c, status);
    if (status == "concluded") {
      // The department's own score accepted, or the key scorers' mean (R-EA-2).
      const auto o = key ? assessment::combine(last_totals_, settings_.combination, settings_.bands)
                         : assessment::combine({self_score}, {settings_.combination.conclusions, 0},
                                               settings_.bands);
      final_score = o.score;
      if (key) key_score = o.score;
      grade = o.grade;
      conclusion = o.conclusion;
      concluded = concluded_at;
      suggested =
          key || conclusion != "support" ? suggested_amount(rng, conclusion, c.amount_fen) : -1;
      if (conclusion == "support_after_changes") changes = "按建议金额相应调整产出数量指标的指标值";
      opinion = conclusion == "support"                 ? kConclusionOpinions[0]
                : conclusion == "support_after_changes" ? kConclusionOpinions[1]
                                                        : kConclusionOpinions[2];
      version = key ? 7 : 4;
    } else if (key) {
      version = status == "key_selected" ? 4 : status == "scoring" ? 5 : 6;
    }
    r.level.push_back(key ? "key" : "self");
    r.status.push_back(status);
    r.self_score.push_back(self_score);
    r.key_score.push_back(key_score);
    r.final_score.push_back(final_score);
    r.grade.push_back(grade);
    r.conclusion.push_back(conclusion);
    r.self_report.push_back(written ? kSelfReports[rng() % std::size(kSelfReports)] : "");
    r.opinion.push_back(opinion);
    r.suggested_amount_fen.push_back(suggested);
    r.suggested_target_changes.push_back(changes);
    // Not yet accepted: an accepted suggestion changes the project's amount (R-EA-2), and the
    // generated projects keep the amounts they were declared with.
    r.suggestions_accepted.push_back(0);
    r.suggestions_accepted_at.push_back("");
    r.version.push_back(version);
    r.submitted_at.push_back(submitted);
    r.concluded_at.push_back(concluded);
    r.updated_at.push_back(!concluded.empty()   ? concluded
                           : !submitted.empty() ? submitted
                                                : r.created_at.back());
    ++result.assessments;
    if (static_cast<int>(r.size()) >= batch_) flush();
  }

  void mark(const Candidate& c) {
    majors_.project_id.push_back(c.id);
    majors_.marked_by.push_back(office_of(c.region_id));
    majors_.reason.push_back(kMajorReasons[c.id % std::size(kMajorReasons)]);
    majors_.marked_at.push_back(day(year_ - 1, 9, 1));
    ++result.majors;
  }

  void flush() {
    assessment::repo::insert_majors_bulk(s_, dialect_, majors_);
    assessment::repo::insert_bulk(s_, dialect_, rows_);
    assessment::repo::insert_scorers_bulk(s_, dialect_, scorer_rows_);
    rows_ = {};
    majors_ = {};
    scorer_rows_ = {};
  }

  BenchAssessmentResult result;

 private:
  long long office_of(long long region) const {
    const auto it = offices_.find(region);
    return it != offices_.end() ? it->second : offices_.begin()->second;
  }

  // Two scorers, three for the largest, from the province's experts and agencies (R-KE-3);
  // while scoring goes on the last one's sheet is still open.
  void add_scorers(long long id, const Candidate& c, const std::string& status) {
    Rng& rng = rng_;
    const int n = c.amount_fen >= 10000 * kFenPerWan ? 3 : 2;
    // How good the scorers find the project: most sound, some to be changed, a few not fit.
    const int q = static_cast<int>(rng() % 100);
    const long long base = q < 60   ? draw_score(rng, 80, 95)
                           : q < 88 ? draw_score(rng, 62, 80)
                                    : draw_score(rng, 45, 60);
    last_totals_.clear();
    const std::size_t first = rng() % scorers_.size();
    for (int k = 0; k < n; ++k) {
      const bool open = status == "scoring" && k == n - 1;
      const long long total =
          std::clamp(base + (static_cast<long long>(rng() % 9) - 4) * 100, 0LL, 10000LL);
      scorer_rows_.assessment_id.push_back(id);
      scorer_rows_.scorer_id.push_back(
          scorers_[(first + static_cast<std::size_t>(k) * 7) % scorers_.size()]);
      scorer_rows_.assigned_by.push_back(office_of(c.region_id));
      scorer_rows_.assigned_at.push_back(day(year_ - 1, 10, 28));
      scorer_rows_.total.push_back(open ? -1 : total);
      scorer_rows_.opinion.push_back(open            ? ""
                                     : total >= 8000 ? "方案成熟，同意立项"
                                     : total >= 6000 ? "成本偏高，建议核减"
                                                     : "必要性不足，不建议安排");
      scorer_rows_.submitted_at.push_back(open ? "" : day(year_ - 1, 11, 1));
      if (!open) last_totals_.push_back(total);
      ++result.scorers;
    }
  }

  soci::session& s_;
  db::Dialect dialect_;
  long long year_;
  Rng rng_;
  int batch_;
  const assessment::AssessmentSettings& settings_;
  long long next_id_;
  std::map<long long, long long> offices_;  // region → its performance office's account
  std::vector<long long> scorers_;          // experts and agencies
  std::vector<long long> last_totals_;
  assessment::repo::AssessmentRows rows_;
  assessment::repo::ScorerRows scorer_rows_;
  assessment::repo::MajorRows majors_;
};

}  // namespace

BenchAssessmentResult insert_bench_assessments(soci::session& s, db::Dialect dialect,
                                               long long year, std::uint64_t seed, int batch) {
  // bench-data sets no regional rules: the province's parameters are every region's.
  const auto regions = org::repo::list_regions(s, "/");
  const long long province = regions.empty() ? 0 : regions.front().id;
  const auto settings = assessment::assessment_settings(rules::effective_rules(s, province, year));
  // R-EA-3: the projects that need one; of the others from a fifth of the threshold up, about
  // one in sixty is marked major, which makes it need one too.
  const auto& need = settings.need;
  std::vector<Candidate> chosen;
  Rng pick(seed ^ 0x6d616a6f72ULL);
  for (const auto& p : assessment::repo::projects_from(s, year, need.threshold_fen / 5)) {
    Candidate c{p, false};
    const bool counted = std::ranges::find(need.categories, c.category) != need.categories.end();
    if (!(counted && c.amount_fen >= need.threshold_fen)) c.major = pick() % 60 == 0;
    if (assessment::need_assessment({c.category, c.amount_fen, c.major}, need).needed)
      chosen.push_back(std::move(c));
  }
  Writer w(s, dialect, year, seed, batch, settings);
  for (const auto& c : chosen) {
    if (c.major) w.mark(c);
    w.add(c);
  }
  w.flush();
  assessment::repo::sync_id_sequence(s, dialect);
  assessment::repo::rebuild_totals(s, year);
  return w.result;
}

}  // namespace jixiao::cli
