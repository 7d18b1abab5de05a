#include "targets/recommend_rules.h"

#include <algorithm>
#include <map>

#include "base/ngram.h"

namespace jixiao::targets {

namespace {

// Weights [jixiao]: the project's industry first, then what similar projects used (more so the
// more of them and the more alike their names), then common indicators; similarity to the
// words or the project name breaks ties.
constexpr int kIndustry = 400;
constexpr int kHistory = 300;
constexpr int kCommon = 250;
constexpr int kPerExtraProject = 40;
constexpr int kMaxExtraProjects = 5;

}  // namespace

std::vector<Ranked> rank_candidates(const std::vector<Candidate>& candidates,
                                    const std::string& project_name,
                                    const std::optional<std::string>& words, int limit) {
  struct Merged {
    Ranked best;
    int projects = 0;
    std::string first_project;
  };
  std::map<std::string, Merged> by_name;
  const std::string& context = words && !words->empty() ? *words : project_name;
  for (const auto& c : candidates) {
    if (words && !words->empty() && !share_bigram(c.indicator.name, *words)) continue;
    int score = 0;
    std::string reason;
    if (c.source == "library") {
      score = (c.industry_match ? kIndustry : kCommon) + similarity(c.indicator.name, context) / 4;
      reason = c.industry_match ? "指标库·" + c.industry_name + "行业" : "指标库·共性指标";
    } else {
      score = kHistory + similarity(c.project_name, project_name) / 4;
      if (words && !words->empty()) score += similarity(c.indicator.name, *words) / 4;
    }
    auto& m = by_name[normalize_text(c.indicator.name)];
    if (c.source == "history") {
      if (m.projects == 0) m.first_project = c.project_name;
      ++m.projects;
    }
    if (score > m.best.score) m.best = {c.source, score, reason, c.indicator, c.definition};
  }
  std::vector<Ranked> out;
  for (auto& [name, m] : by_name) {
    if (m.projects > 0) {
      m.best.score += kPerExtraProject * std::min(m.projects - 1, kMaxExtraProjects);
      const std::string used =
          "历史项目「" + m.first_project + "」" +
          (m.projects > 1 ? "等 " + std::to_string(m.projects) + " 个项目" : std::string()) +
          "使用过";
      m.best.reason = m.best.reason.empty() ? used : m.best.reason + "；" + used;
    }
    out.push_back(std::move(m.best));
  }
  std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.indicator.name < b.indicator.name;
  });
  if (out.size() > static_cast<std::size_t>(limit)) out.resize(limit);
  return out;
}

}  // namespace jixiao::targets
