// Micro-benchmarks of the pure rules the batch jobs and pages run most: lint, review scoring,
// value parsing, money formatting, bigrams and the JSON of a project page.
// Run: build/jixiao_micro_bench (Google Benchmark flags apply, e.g. --benchmark_filter=Lint).
#include <benchmark/benchmark.h>

#include <boost/json.hpp>

#include "base/money.h"
#include "base/ngram.h"
#include "library/framework.h"
#include "projects/json.h"
#include "targets/lint.h"
#include "targets/review_rules.h"
#include "targets/settings.h"
#include "targets/value.h"

namespace jixiao {
namespace {

targets::Indicator ind(const char* c, const char* s, const char* n, const char* cmp, const char* v,
                       const char* u, long long w) {
  targets::Indicator i;
  i.category = c;
  i.subcategory = s;
  i.name = n;
  i.comparator = cmp;
  i.value = v;
  i.unit = u;
  i.weight = w;
  return i;
}

// A realistic target of ten indicators that the lint has nothing against.
targets::TargetDraft clean_target() {
  targets::TargetDraft t;
  t.amount_fen = 200 * kFenPerWan;
  t.overall_goal =
      "2026年完成2000人次职业技能培训，培训合格率达到95%以上，10月底前全部完成，人均培训成本控制"
      "在800元以内，参训人员就业率达到60%，满意度达到90%以上。";
  t.indicators = {
      ind("output", "quantity", "培训人次", ">=", "2000", "人次", 1500),
      ind("output", "quantity", "培训班次", ">=", "40", "期", 1000),
      ind("output", "quality", "培训合格率", ">=", "95", "%", 1000),
      ind("output", "timeliness", "培训完成时间", "<=", "2026-10-31", "日期", 500),
      ind("cost", "economic_cost", "人均培训成本", "<=", "800", "元/人", 500),
      ind("cost", "economic_cost", "培训总成本", "<=", "160", "万元", 500),
      ind("benefit", "social", "就业率", ">=", "60", "%", 1500),
      ind("benefit", "economic", "参训人员月均增收", ">=", "500", "元", 1000),
      ind("benefit", "sustainability", "培训档案建档率", ">=", "100", "%", 500),
      ind("satisfaction", "service_recipient", "参训人员满意度", ">=", "90", "%", 1000)};
  return t;
}

targets::LintContext context() {
  targets::LintContext c;
  c.framework = library::find_framework("2021");
  c.params = targets::national_target_settings().lint;
  c.project_name = "职业技能培训项目";
  for (int i = 0; i < 5; ++i)
    c.siblings.push_back({i + 100,
                          "农村道路养护项目" + std::to_string(i),
                          "完成农村公路养护120公里，优良路率达到85%。",
                          {"养护里程", "优良路率", "完成时间"}});
  return c;
}

void BM_LintCleanTarget(benchmark::State& state) {
  const auto t = clean_target();
  const auto c = context();
  for (auto _ : state) benchmark::DoNotOptimize(targets::lint(t, c));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LintCleanTarget);

void BM_LintPoorTarget(benchmark::State& state) {
  auto t = clean_target();
  t.indicators[6] =
      ind("benefit", "social", "有效提升服务水平", "qualitative", "有效提升", "", 1500);
  t.indicators[1].name = "培训人次";
  t.indicators[5].value = "300";
  const auto c = context();
  for (auto _ : state) benchmark::DoNotOptimize(targets::lint(t, c));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LintPoorTarget);

void BM_ScoreReview(benchmark::State& state) {
  const auto& sheet = targets::national_target_settings().sheet;
  const auto& bands = targets::national_target_settings().bands;
  const std::vector<long long> scores = {1800, 2700, 2250, 2249};
  for (auto _ : state) benchmark::DoNotOptimize(targets::score_review(sheet, scores, bands));
}
BENCHMARK(BM_ScoreReview);

void BM_ParseValue(benchmark::State& state) {
  const std::vector<std::string> typed = {"2000", "1,200.5", "95%", "2026年10月31日", "优良"};
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(targets::parse_value(typed[i++ % typed.size()]));
}
BENCHMARK(BM_ParseValue);

void BM_FormatWan(benchmark::State& state) {
  Fen fen = 123'456'789;
  for (auto _ : state) {
    benchmark::DoNotOptimize(format_wan(fen));
    fen += 7'919;
  }
}
BENCHMARK(BM_FormatWan);

void BM_Bigrams(benchmark::State& state) {
  const std::string name = "2026年义务教育阶段学生营养改善计划（州本级）";
  for (auto _ : state) benchmark::DoNotOptimize(bigrams(name));
}
BENCHMARK(BM_Bigrams);

// The JSON of one page of the project list: 50 projects encoded and serialised.
void BM_ProjectPageJson(benchmark::State& state) {
  std::vector<projects::Project> page(50);
  for (std::size_t i = 0; i < page.size(); ++i) {
    auto& p = page[i];
    p.id = 1000 + static_cast<long long>(i);
    p.region_id = 1;
    p.year = 2026;
    p.code = "539900202600" + std::to_string(100 + i);
    p.name = "义务教育学校公用经费保障（第" + std::to_string(i) + "批）";
    p.unit_id = 2;
    p.department_id = 1;
    p.fund_type = "general";
    p.amount_fen = 28'510'000 + static_cast<long long>(i) * 1'000'000;
    p.function_class = "2050202";
    p.category = "continuing";
    p.tags = 5;
    p.status = "approved";
    p.created_at = p.updated_at = "2026-01-15T09:00:00Z";
    p.unit_name = "州第一中学";
    p.department_name = "州教育体育局";
    p.region_name = "云岭州";
  }
  for (auto _ : state) {
    boost::json::array items;
    for (const auto& p : page) items.push_back(projects::project_json(p));
    benchmark::DoNotOptimize(boost::json::serialize(boost::json::object{
        {"items", std::move(items)}, {"next_cursor", "eyJ2IjoiMTIzIn0"}, {"total", 4000}}));
  }
  state.SetItemsProcessed(state.iterations() * 50);
}
BENCHMARK(BM_ProjectPageJson);

}  // namespace
}  // namespace jixiao

BENCHMARK_MAIN();
