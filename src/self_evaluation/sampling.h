// The sampling plan of a self-evaluation review (自评复核抽查, R-RV-1): which of a region's
// evaluations of a year finance re-scores. Every project at or above the amount threshold, the
// key projects, every evaluation of a key department, and a random share of the rest drawn with
// a recorded seed, optionally weighted by the evaluations' signals (signals.h). Pure: no I/O.
//
// Reproducible on any machine and independent of the input's order: each evaluation's random
// key is SplitMix64(SplitMix64(seed) XOR evaluation_id), a generator written out here rather
// than a standard library distribution (whose output differs between libraries). The seed is
// mixed first so that seeds differing in a few bits do not give the same keys to neighbouring
// ids. The random share is the k evaluations with the smallest u ÷ w, u = (key + 1) ÷ 2^64 and w
// the weight (1 when not weighted): sequential Poisson sampling, whose inclusion chance grows
// with the weight. Keys are compared exactly by cross-multiplication in 128-bit integers, ties
// by the smaller evaluation id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"

namespace jixiao::self_evaluation {

// One evaluation the plan may choose. Ids are unique within a draw.
struct Candidate {
  long long evaluation_id = 0;
  long long project_id = 0;  // 0 for a department-overall evaluation
  long long department_id = 0;
  Fen budget_fen = 0;        // the full-year budget as adjusted
  bool key_project = false;  // marked key on the project itself
  long long weight = 1;      // ≥ 1: 1 + the signals' weights (draw_weight in signals.h)
};

// R-RV-1's parameters for one plan; the seed is recorded with the plan so that it can be drawn
// again and checked.
struct SamplingParams {
  // Every project whose budget is at or above it [local: 003 乌海: 100万元]; department-overall
  // evaluations are not chosen by amount (a department's whole budget would always pass it).
  Fen amount_threshold_fen = 100 * kFenPerWan;
  std::vector<long long> key_project_ids;     // chosen by the office for this plan
  std::vector<long long> key_department_ids;  // their department-overall and project evaluations
  long long sample_percent = 10;              // 0–100 of the rest [jixiao]
  std::uint64_t seed = 0;
  bool weighted = false;
};

// Why an evaluation is in the plan; the first that applies, in this order.
enum class Reason { threshold, key_project, key_department, random };
std::string_view reason_code(
    Reason r);  // "threshold" | "key_project" | "key_department" | "random"
std::string_view reason_label(Reason r);  // "金额达到标准" | "重点项目" | "重点部门" | "随机抽取"

struct Chosen {
  long long evaluation_id = 0;
  long long project_id = 0;
  long long department_id = 0;
  Fen budget_fen = 0;
  Reason reason = Reason::random;
};

// How many evaluations (projects and departments apart) and how much money.
struct Tally {
  long long count = 0;
  long long projects = 0;
  long long departments = 0;
  Fen money_fen = 0;
};

// An exact rate, numerator ÷ denominator, never rounded; no rate when the denominator is 0.
struct Rate {
  long long numerator = 0;
  long long denominator = 0;
};
// "12.35" (percent, two decimals, half up) or "—" for no rate (R-MON-2).
std::string coverage_text(const std::optional<Rate>& rate);

struct SampleSummary {
  Tally threshold, key_project, key_department, random;  // by reason
  Tally chosen;                                          // all four together
  Tally all;                                             // every candidate
  Tally rest;  // the candidates no fixed reason chose: what the random share is drawn from
  long long random_asked = 0;          // k: sample_percent of rest.count, half up, ≥ 1 (see draw)
  std::optional<Rate> count_coverage;  // chosen.count ÷ all.count
  std::optional<Rate> money_coverage;  // chosen.money ÷ all.money
};

struct SamplePlan {
  SamplingParams params;       // as drawn, with the seed
  std::vector<Chosen> chosen;  // by evaluation id
  SampleSummary summary;
};

// Draws the plan in O(n) on average (the random share by nth_element). k = sample_percent of the
// rest, rounded half up, at least 1 when the rest is not empty and the percent is above 0.
// Throws invalid("sample_percent") outside 0–100, invalid("amount_threshold_fen") when negative,
// invalid("weight") for a candidate weight below 1.
SamplePlan draw(const std::vector<Candidate>& candidates, const SamplingParams& params);

// The generator, exposed so that its values can be checked against the published SplitMix64.
std::uint64_t splitmix64(std::uint64_t x);
// The random key of an evaluation under a seed.
std::uint64_t draw_key(std::uint64_t seed, long long evaluation_id);

// The order of the random share: a before b when (key_a + 1) × w_b < (key_b + 1) × w_a, i.e.
// u_a ÷ w_a < u_b ÷ w_b exactly; equal ones by the smaller evaluation id.
struct DrawOrder {
  std::uint64_t key = 0;
  long long weight = 1;  // ≥ 1
  long long evaluation_id = 0;
};
bool drawn_before(const DrawOrder& a, const DrawOrder& b);

}  // namespace jixiao::self_evaluation
