// Micro-benchmarks of the self-evaluation review's pure rules: the sampling draw of a province
// (R-RV-1: a million evaluations in under a second) and the signals of one evaluation.
// Run: build/jixiao_micro_bench --benchmark_filter=Sampling
#include <benchmark/benchmark.h>

#include "self_evaluation/sampling.h"
#include "self_evaluation/scoring.h"
#include "self_evaluation/signals.h"

namespace jixiao {
namespace {

using namespace self_evaluation;

// A province's evaluations: one in thirty a department's overall one, about one project in six
// at or above 100万元, weights 1–8 from the signals.
std::vector<Candidate> province(long long n) {
  std::vector<Candidate> out;
  out.reserve(static_cast<std::size_t>(n));
  for (long long id = 1; id <= n; ++id) {
    const std::uint64_t r = splitmix64(static_cast<std::uint64_t>(id));
    const bool department = r % 30 == 0;
    const Fen budget =
        static_cast<Fen>((r >> 8) % 120) * kFenPerWan + static_cast<Fen>((r >> 40) % kFenPerWan);
    out.push_back({id, department ? 0 : id, 1 + id % 3000, budget, (r >> 20) % 200 == 0,
                   1 + static_cast<long long>((r >> 32) % 8)});
  }
  return out;
}

void draw_province(benchmark::State& state, bool weighted) {
  const auto candidates = province(state.range(0));
  SamplingParams params;
  params.key_department_ids = {7, 70, 700};
  params.weighted = weighted;
  for (auto _ : state) {
    params.seed += 1;
    benchmark::DoNotOptimize(draw(candidates, params));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_SamplingDrawProvince(benchmark::State& state) { draw_province(state, false); }
BENCHMARK(BM_SamplingDrawProvince)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_SamplingDrawProvinceWeighted(benchmark::State& state) { draw_province(state, true); }
BENCHMARK(BM_SamplingDrawProvinceWeighted)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_SignalsOfAnEvaluation(benchmark::State& state) {
  Evaluation e;
  e.budget_fen = 200 * kFenPerWan;
  e.executed_fen = 90 * kFenPerWan;
  e.computed_total = 8800;
  e.self_total = 9300;
  const char* names[] = {"培训人次", "培训班次", "培训合格率", "培训完成时间", "人均培训成本",
                         "就业率",   "月均增收", "建档率",     "满意度",       "覆盖率"};
  for (long long p = 1; p <= 10; ++p) {
    IndicatorResult i;
    i.position = p;
    i.name = names[p - 1];
    i.comparator = p == 4 ? "<=" : ">=";
    i.value = p == 4 ? "2026-10-31" : "95";
    i.unit = p == 4 ? "日期" : "%";
    i.actual_value = p == 4 ? "2026-10-20" : "95";
    i.computed_weight = i.computed_score = 900;
    e.indicators.push_back(i);
  }
  const SignalInput input{e, 0, {{1, 2}}, {{3, "impossible"}, {5, "possible"}}};
  for (auto _ : state) benchmark::DoNotOptimize(signals_of(input, {}));
}
BENCHMARK(BM_SignalsOfAnEvaluation);

// R-SE scoring of one evaluation as a re-scoring meets it: ten indicators of every kind (above
// and below target, a ratio over 100 %, lower-is-better, a date, qualitative bands), weights
// that do not add up to their category's points, satisfaction missing.
void BM_ScoreAnEvaluation(benchmark::State& state) {
  struct Row {
    const char *category, *name, *comparator, *value, *unit, *actual;
    long long weight;
  };
  const Row rows[] = {
      {"output", "培训人次", ">=", "200", "人次", "186", 900},
      {"output", "培训班次", ">=", "12", "期", "13", 800},
      {"output", "培训合格率", ">=", "95", "%", "97.5%", 800},
      {"output", "培训完成时间", "<=", "2026-10-31", "日期", "2026-10-20", 700},
      {"cost", "人均培训成本", "<=", "1200", "元", "1315.5", 700},
      {"output", "课程质量", "qualitative", "优", "", "partly", 600},
      {"benefit", "就业率", ">=", "80", "%", "76.3%", 1100},
      {"benefit", "月均增收", ">=", "500", "元", "640", 900},
      {"benefit", "建档率", "=", "100", "%", "100%", 800},
      {"benefit", "持续发挥作用", "qualitative", "长期", "", "achieved", 700},
  };
  ScoringInput in;
  in.budget_fen = 2'345'678'90;
  in.executed_fen = 2'109'876'54;
  for (const auto& r : rows) {
    IndicatorInput i;
    i.indicator.category = r.category;
    i.indicator.name = r.name;
    i.indicator.comparator = r.comparator;
    i.indicator.value = r.value;
    i.indicator.unit = r.unit;
    i.indicator.weight = r.weight;
    i.actual_value = r.actual;
    in.indicators.push_back(i);
  }
  const ScoringSettings settings;
  for (auto _ : state) benchmark::DoNotOptimize(score(in, settings));
}
BENCHMARK(BM_ScoreAnEvaluation);

}  // namespace
}  // namespace jixiao
