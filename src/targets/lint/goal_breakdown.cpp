// R-LINT-3 [jixiao]: the overall goal is broken down into the indicators, and every number it
// promises is measured by one of them.
#include <algorithm>
#include <optional>
#include <set>

#include "base/money.h"
#include "base/ngram.h"
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr Code kEmits[] = {Code::goal_not_broken_down, Code::goal_number_not_measured};

// A number as written in a text.
struct NumberToken {
  std::string text;                  // as written, "2,000" or "95"
  std::vector<std::int64_t> values;  // scaled 10^4; with 万 / 亿 after it, also multiplied
};

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Scales v by 10^k, or nullopt on overflow.
std::optional<std::int64_t> times_power_of_ten(std::int64_t v, int k) {
  for (int i = 0; i < k; ++i)
    if (__builtin_mul_overflow(v, 10, &v)) return std::nullopt;
  return v;
}

bool is_year(std::int64_t whole) { return whole >= 1900 && whole <= 2100; }

// The length of an ISO-like date at the front of s ("2026-10-31", "2026/1/5", "2026.10.31"),
// or 0.
std::size_t iso_date_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 5 && ascii_digit(s[i])) ++i;
  if (i != 4 || i >= s.size() || !is_year(std::stoi(std::string(s.substr(0, 4))))) return 0;
  const char sep = s[i];
  if (sep != '-' && sep != '/' && sep != '.') return 0;
  for (int part = 0; part < 2; ++part) {
    ++i;  // the separator
    const std::size_t begin = i;
    while (i < s.size() && ascii_digit(s[i])) ++i;
    if (i == begin || i - begin > 2) return 0;
    if (part == 0 && (i >= s.size() || s[i] != sep)) return 0;
  }
  return i;
}

// The numbers in a text already folded to half-width: digit runs with thousands separators and a
// decimal part. With in_goal, one-digit numbers and the parts of dates are left out: whole dates
// ("2026-10-31"), a year 1900–2100 before 年 or a range ("2026年", "2024-2026"), a month before
// 月, a day between 月 and 日 / 号.
std::vector<NumberToken> numbers_in(std::string_view s, bool in_goal) {
  std::vector<NumberToken> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!ascii_digit(s[i])) {
      ++i;
      continue;
    }
    if (in_goal) {
      if (const std::size_t n = iso_date_length(s.substr(i)); n > 0) {
        i += n;
        continue;
      }
    }
    const std::size_t start = i;
    while (i < s.size() && ascii_digit(s[i])) ++i;
    // Thousands groups: ",ddd" not followed by another digit.
    while (i + 3 < s.size() && s[i] == ',' && ascii_digit(s[i + 1]) && ascii_digit(s[i + 2]) &&
           ascii_digit(s[i + 3]) && (i + 4 == s.size() || !ascii_digit(s[i + 4])))
      i += 4;
    bool integer = true;
    if (i + 1 < s.size() && s[i] == '.' && ascii_digit(s[i + 1])) {
      integer = false;
      ++i;
      while (i < s.size() && ascii_digit(s[i])) ++i;
    }
    const std::string_view token = s.substr(start, i - start);
    const std::string_view before = s.substr(0, start);
    const std::string_view after = s.substr(i);
    const auto value = parse_scaled_decimal(token, kValueScale);
    if (!value) continue;
    if (in_goal) {
      const std::size_t digits = static_cast<std::size_t>(
          std::count_if(token.begin(), token.end(), [](char c) { return ascii_digit(c); }));
      const std::int64_t whole = *value / kValueOne;
      const bool year =
          integer && token.size() == 4 && is_year(whole) &&
          (after.starts_with("年") || after.starts_with("-") || after.starts_with("~") ||
           after.starts_with("～") || after.starts_with("—") || after.starts_with("–") ||
           after.starts_with("至") || after.starts_with("到"));
      const bool month = integer && whole >= 1 && whole <= 12 && after.starts_with("月");
      const bool day = integer && whole >= 1 && whole <= 31 && before.ends_with("月") &&
                       (after.starts_with("日") || after.starts_with("号"));
      if (digits < 2 || year || month || day) continue;
    }
    NumberToken t{std::string(token), {*value}};
    if (after.starts_with("万")) {
      if (auto v = times_power_of_ten(*value, 4)) t.values.push_back(*v);
    } else if (after.starts_with("亿")) {
      if (auto v = times_power_of_ten(*value, 8)) t.values.push_back(*v);
    }
    out.push_back(std::move(t));
  }
  return out;
}

void run(const Subject& s, Findings& out) {
  const TargetDraft& t = s.target;
  const std::string goal = trim(t.overall_goal);
  if (goal.empty()) return;

  // At least half of the output and benefit indicators relate to the goal.
  std::size_t relevant = 0;
  std::size_t related = 0;
  const BigramSet goal_set(goal), project_set(s.context.project_name);
  for (std::size_t i = 0; i < s.facts.size(); ++i) {
    if (!s.facts[i].output && !s.facts[i].benefit) continue;
    ++relevant;
    const BigramSet name(t.indicators[i].name);
    if (name.shares_any(goal_set) || name.shares_any(project_set)) ++related;
  }
  if (relevant > 0 && related * 2 < relevant) {
    out.add(Code::goal_not_broken_down, std::nullopt,
            "产出和效益指标共 " + std::to_string(relevant) + " 个，只有 " +
                std::to_string(related) +
                " 个与年度总体目标或项目名称相关。请将总体目标逐项分解为绩效指标，或在总体目标中"
                "写明这些指标对应的任务。");
  }

  // Every number the goal promises shows up in some indicator's value.
  std::set<std::int64_t> measured;
  for (std::size_t i = 0; i < s.facts.size(); ++i) {
    const Indicator& ind = t.indicators[i];
    const ParsedValue& v = s.facts[i].value;
    std::vector<std::int64_t> values;
    if (v.kind == Kind::number) {
      values.push_back(v.number);
    } else if (v.kind == Kind::date) {
      for (const auto& n : numbers_in(v.date, false)) values.push_back(n.values[0]);
    } else {
      for (const auto& n : numbers_in(fold_full_width(ind.value), false))
        values.push_back(n.values[0]);
    }
    // A number that is part of an indicator's name ("12345热线工单办结率") is not a target.
    for (const auto& n : numbers_in(fold_full_width(ind.name), false))
      for (std::int64_t named : n.values) measured.insert(named);
    const std::string unit = trim(ind.unit);
    for (std::int64_t n : values) {
      measured.insert(n);
      // "2 万人次" measures the goal's "20000 人次".
      if (unit.starts_with("万")) {
        if (auto m = times_power_of_ten(n, 4)) measured.insert(*m);
      } else if (unit.starts_with("亿")) {
        if (auto m = times_power_of_ten(n, 8)) measured.insert(*m);
      }
    }
  }
  // Nor is a number of the project's name ("80周岁以上老年人高龄津贴").
  for (const auto& n : numbers_in(fold_full_width(s.context.project_name), false))
    for (std::int64_t named : n.values) measured.insert(named);
  std::vector<std::string> missing;
  for (const auto& n : numbers_in(fold_full_width(goal), true)) {
    const bool found = std::any_of(n.values.begin(), n.values.end(),
                                   [&](std::int64_t v) { return measured.count(v) > 0; });
    if (!found && std::find(missing.begin(), missing.end(), n.text) == missing.end())
      missing.push_back(n.text);
  }
  if (!missing.empty()) {
    out.add(Code::goal_number_not_measured, std::nullopt,
            "年度总体目标中的数字 " + joined(missing, "、") +
                " 没有在任何指标值中体现。请增加相应的量化指标，或修改总体目标使两者一致。");
  }
}

}  // namespace

constinit const Check goal_breakdown_check{"goal_breakdown", kEmits, run};

}  // namespace jixiao::targets::checks
