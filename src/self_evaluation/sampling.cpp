#include "self_evaluation/sampling.h"

#include <algorithm>

#include "base/error.h"

namespace jixiao::self_evaluation {

namespace {

// Where the random share draws from: the order's fields sit together for the comparisons of
// nth_element; index points back at the candidate.
struct Pooled {
  DrawOrder order;
  std::size_t index = 0;
};

void add(Tally& t, const Candidate& c) {
  ++t.count;
  ++(c.project_id != 0 ? t.projects : t.departments);
  t.money_fen += c.budget_fen;
}

Tally& tally_of(SampleSummary& s, Reason r) {
  switch (r) {
    case Reason::threshold:
      return s.threshold;
    case Reason::key_project:
      return s.key_project;
    case Reason::key_department:
      return s.key_department;
    case Reason::random:
      break;
  }
  return s.random;
}

std::vector<long long> sorted(std::vector<long long> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool contains(const std::vector<long long>& sorted_ids, long long id) {
  return std::binary_search(sorted_ids.begin(), sorted_ids.end(), id);
}

std::optional<Rate> rate_of(long long numerator, long long denominator) {
  if (denominator == 0) return std::nullopt;
  return Rate{numerator, denominator};
}

}  // namespace

std::string_view reason_code(Reason r) {
  switch (r) {
    case Reason::threshold:
      return "threshold";
    case Reason::key_project:
      return "key_project";
    case Reason::key_department:
      return "key_department";
    case Reason::random:
      break;
  }
  return "random";
}

std::string_view reason_label(Reason r) {
  switch (r) {
    case Reason::threshold:
      return "金额达到标准";
    case Reason::key_project:
      return "重点项目";
    case Reason::key_department:
      return "重点部门";
    case Reason::random:
      break;
  }
  return "随机抽取";
}

std::string coverage_text(const std::optional<Rate>& rate) {
  return rate ? format_rate(rate->numerator, rate->denominator) : "—";
}

std::uint64_t splitmix64(std::uint64_t x) {
  std::uint64_t z = x + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t draw_key(std::uint64_t seed, long long evaluation_id) {
  return splitmix64(splitmix64(seed) ^ static_cast<std::uint64_t>(evaluation_id));
}

bool drawn_before(const DrawOrder& a, const DrawOrder& b) {
  // Both products are below 2^64 × 2^63: within 128 bits, unsigned.
  using U = unsigned __int128;
  const U left = (U(a.key) + 1) * U(static_cast<std::uint64_t>(b.weight));
  const U right = (U(b.key) + 1) * U(static_cast<std::uint64_t>(a.weight));
  if (left != right) return left < right;
  return a.evaluation_id < b.evaluation_id;
}

SamplePlan draw(const std::vector<Candidate>& candidates, const SamplingParams& params) {
  if (params.sample_percent < 0 || params.sample_percent > 100)
    throw invalid("sample_percent", "随机抽取比例应在 0 到 100 之间");
  if (params.amount_threshold_fen < 0)
    throw invalid("amount_threshold_fen", "抽查金额标准不能为负数");

  SamplePlan plan;
  plan.params = params;
  auto& s = plan.summary;
  const auto key_projects = sorted(params.key_project_ids);
  const auto key_departments = sorted(params.key_department_ids);

  std::vector<Pooled> pool;
  pool.reserve(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto& c = candidates[i];
    if (c.weight < 1) throw invalid("weight", "抽查权重应不小于 1");
    add(s.all, c);
    const bool project = c.project_id != 0;
    std::optional<Reason> reason;
    if (project && c.budget_fen >= params.amount_threshold_fen)
      reason = Reason::threshold;
    else if (project && (c.key_project || contains(key_projects, c.project_id)))
      reason = Reason::key_project;
    else if (contains(key_departments, c.department_id))
      reason = Reason::key_department;
    if (reason) {
      plan.chosen.push_back(
          {c.evaluation_id, c.project_id, c.department_id, c.budget_fen, *reason});
      add(tally_of(s, *reason), c);
    } else {
      pool.push_back({{draw_key(params.seed, c.evaluation_id), params.weighted ? c.weight : 1,
                       c.evaluation_id},
                      i});
      add(s.rest, c);
    }
  }

  // k: the percent of the rest, half up; a non-empty rest gives at least one when asked for any.
  const long long rest = s.rest.count;
  long long k = (rest * params.sample_percent + 50) / 100;
  if (k == 0 && rest > 0 && params.sample_percent > 0) k = 1;
  s.random_asked = k;
  const auto nth = pool.begin() + k;
  if (nth != pool.end())
    std::nth_element(pool.begin(), nth, pool.end(), [](const Pooled& a, const Pooled& b) {
      return drawn_before(a.order, b.order);
    });
  for (auto it = pool.begin(); it != nth; ++it) {
    const auto& c = candidates[it->index];
    plan.chosen.push_back(
        {c.evaluation_id, c.project_id, c.department_id, c.budget_fen, Reason::random});
    add(s.random, c);
  }
  std::sort(plan.chosen.begin(), plan.chosen.end(),
            [](const Chosen& a, const Chosen& b) { return a.evaluation_id < b.evaluation_id; });

  for (const Tally* t : {&s.threshold, &s.key_project, &s.key_department, &s.random}) {
    s.chosen.count += t->count;
    s.chosen.projects += t->projects;
    s.chosen.departments += t->departments;
    s.chosen.money_fen += t->money_fen;
  }
  s.count_coverage = rate_of(s.chosen.count, s.all.count);
  s.money_coverage = rate_of(s.chosen.money_fen, s.all.money_fen);
  return plan;
}

}  // namespace jixiao::self_evaluation
