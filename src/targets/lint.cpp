#include "targets/lint.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>

#include "base/error.h"
#include "base/ngram.h"
#include "base/text.h"
#include "targets/value.h"

namespace jixiao::targets {
namespace {

using Kind = ParsedValue::Kind;

// R-IND-1: the level-2 keys of cost, wherever a framework version places them (2015: under output).
constexpr std::array<std::string_view, 3> kCostSubcategories = {"economic_cost", "social_cost",
                                                                "ecological_cost"};
constexpr long long kHundredPercent = 100 * kValueOne;

bool is_cost_subcategory(std::string_view sub) {
  return std::find(kCostSubcategories.begin(), kCostSubcategories.end(), sub) !=
         kCostSubcategories.end();
}

// The key for "the same indicator name": trimmed, white space removed (ASCII and U+3000).
std::string name_key(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (name.substr(i).starts_with("\xE3\x80\x80")) {
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// A number scaled by 10^4 written as a person would ("95", "80.5").
std::string scaled_text(std::int64_t v) {
  const bool negative = v < 0;
  const std::uint64_t abs = negative ? 0ULL - static_cast<std::uint64_t>(v) : v;
  std::string out = (negative ? "-" : "") + std::to_string(abs / kValueOne);
  std::string frac = std::to_string(abs % kValueOne);
  if (abs % kValueOne != 0) {
    frac.insert(0, kValueScale - frac.size(), '0');
    while (frac.back() == '0') frac.pop_back();
    out += '.' + frac;
  }
  return out;
}

// Points in hundredths ("90", "92.5").
std::string points_text(long long hundredths) { return scaled_text(hundredths * 100); }

std::string quoted(std::string_view s) { return "“" + std::string(s) + "”"; }

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers written in a text, for goal_number_not_measured (R-LINT-3).

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

// ---------------------------------------------------------------------------------------------

// What the checks need to know about one indicator, worked out once.
struct Facts {
  bool known = false;  // the framework allows its category/subcategory
  ParsedValue value;
  std::string who;  // "第2项指标“培训合格率”"
  std::string key;  // name_key(name)
  bool qualitative = false;
  bool rate = false;  // percent unit, or a value written with %
  bool output = false;
  bool benefit = false;
  bool cost = false;
  bool satisfaction = false;
  bool timeliness = false;
};

class Linter {
 public:
  Linter(const TargetDraft& target, const LintContext& context)
      : t_(target), c_(context), f_(*context.framework), p_(context.params) {}

  std::vector<Finding> run() {
    for (std::size_t i = 0; i < t_.indicators.size(); ++i) facts_.push_back(facts_of(i));

    check_goal();
    check_categories();
    check_indicators();
    check_duplicates();
    check_cost_total();
    check_goal_breakdown();
    check_copies();
    check_crowded_subcategories();
    check_weights();
    check_department();

    // Errors first; within a severity the whole target before indicators in index order.
    std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
      if (a.severity != b.severity) return a.severity == Severity::error;
      if (a.indicator.has_value() != b.indicator.has_value()) return !a.indicator.has_value();
      return a.indicator.value_or(-1) < b.indicator.value_or(-1);
    });
    return std::move(findings_);
  }

 private:
  void add(std::string code, Severity severity, std::optional<std::size_t> indicator,
           std::string message, std::string rule) {
    Finding f;
    f.code = std::move(code);
    f.severity = severity;
    if (indicator) f.indicator = static_cast<int>(*indicator);
    f.message = std::move(message);
    f.rule = std::move(rule);
    findings_.push_back(std::move(f));
  }

  // A label for a category or subcategory key: this version's, the latest version's, the key.
  std::string category_label(std::string_view key) const {
    if (auto l = f_.category_label(key); !l.empty()) return std::string(l);
    if (auto l = library::latest_framework().category_label(key); !l.empty()) return std::string(l);
    return std::string(key);
  }
  std::string subcategory_label(std::string_view key) const {
    if (auto l = f_.subcategory_label(key); !l.empty()) return std::string(l);
    if (auto l = library::latest_framework().subcategory_label(key); !l.empty())
      return std::string(l);
    return std::string(key);
  }

  Facts facts_of(std::size_t i) const {
    const Indicator& ind = t_.indicators[i];
    Facts x;
    x.known = f_.allows(ind.category, ind.subcategory);
    x.value = parse_value(ind.value);
    const std::string name = trim(ind.name);
    x.who = "第" + std::to_string(i + 1) + "项指标" + (name.empty() ? "" : quoted(name));
    x.key = name_key(name);
    x.qualitative = ind.comparator == "qualitative";
    x.rate = is_percent_unit(ind.unit) || (x.value.kind == Kind::number && x.value.percent);
    if (x.known) {
      x.cost = is_cost_subcategory(ind.subcategory);
      x.output = ind.category == "output" && !x.cost;
      x.benefit = ind.category == "benefit";
      x.satisfaction = ind.category == "satisfaction";
      x.timeliness = ind.subcategory == "timeliness";
    }
    return x;
  }

  // --- the whole target ---------------------------------------------------------------------

  void check_goal() {
    const std::string goal = trim(t_.overall_goal);
    if (goal.empty()) {
      // R-IND-4 [local, several]
      add("goal_missing", Severity::error, std::nullopt,
          "未填写年度总体目标。请概括说明本年度要完成的主要任务和达到的效果，并用绩效指标逐项体现"
          "。",
          "R-IND-4");
    } else if (const auto n = utf8_length(goal); n > static_cast<std::size_t>(p_.max_goal_chars)) {
      // R-LINT-1 [jixiao]
      add("goal_too_long", Severity::warning, std::nullopt,
          "年度总体目标共 " + std::to_string(n) + " 字，超过 " + std::to_string(p_.max_goal_chars) +
              " 字。请精简为概括性的表述，具体内容通过绩效指标体现。",
          "R-LINT-1");
    }
    if (t_.indicators.size() < static_cast<std::size_t>(p_.min_indicators)) {
      // R-IND-4 [local, several]
      add("too_few_indicators", Severity::error, std::nullopt,
          "绩效指标只有 " + std::to_string(t_.indicators.size()) + " 个，少于 " +
              std::to_string(p_.min_indicators) + " 个。请补充反映产出、效益等方面的量化指标。",
          "R-IND-4");
    }
  }

  bool any(bool Facts::*flag) const {
    return std::any_of(facts_.begin(), facts_.end(), [flag](const Facts& x) { return x.*flag; });
  }
  bool any_in(std::string_view subcategory) const {
    for (std::size_t i = 0; i < facts_.size(); ++i)
      if (facts_[i].known && t_.indicators[i].subcategory == subcategory) return true;
    return false;
  }

  // The labels of a category's subcategories in this version, cost left out ("数量指标、…").
  std::string subcategory_list(std::string_view category) const {
    std::vector<std::string> labels;
    if (const auto* cat = f_.category(category)) {
      for (const auto& s : cat->subcategories)
        if (!is_cost_subcategory(s.key)) labels.push_back(s.label);
    }
    return joined(labels, "、");
  }

  void check_categories() {
    // R-IND-1 [practice; 财预〔2021〕101号]: one finding per missing level-1 category.
    if (f_.category("output") && !any(&Facts::output)) {
      add("category_missing", Severity::error, std::nullopt,
          "缺少" + category_label("output") + "。请增加反映项目提供的产品和服务的指标（" +
              subcategory_list("output") + "）。",
          "R-IND-1");
    }
    if (f_.category("benefit") && !any(&Facts::benefit)) {
      add("category_missing", Severity::error, std::nullopt,
          "缺少" + category_label("benefit") + "。请增加项目实施后产生的效果指标（" +
              subcategory_list("benefit") + "）。",
          "R-IND-1");
    }
    // Cost: its own category in 2021, a subcategory of output in 2015.
    if (const std::string home = f_.category_of("economic_cost");
        !home.empty() && !any(&Facts::cost)) {
      std::string message;
      if (home == "cost") {
        message = "缺少" + category_label("cost") + "。请增加成本控制目标（" +
                  joined({subcategory_label("economic_cost"), subcategory_label("social_cost"),
                          subcategory_label("ecological_cost")},
                         "、") +
                  "），如“人均培训成本 ≤ 800 元/人”。";
      } else {
        message = "缺少" + subcategory_label("economic_cost") + "。请在" + category_label(home) +
                  "下增加成本控制目标，如“人均培训成本 ≤ 800 元/人”。";
      }
      add("category_missing", Severity::error, std::nullopt, std::move(message), "R-IND-1");
    }
    if (f_.category("satisfaction") && !any(&Facts::satisfaction)) {
      add("category_missing", Severity::warning, std::nullopt,
          "缺少" + category_label("satisfaction") +
              "。项目有服务对象的，请增加服务对象满意度指标，如“受益群众满意度 ≥ 90%”。",
          "R-IND-1");
    }

    // R-IND-1: the output subcategories, once there is output at all.
    if (!any(&Facts::output)) return;
    struct Wanted {
      std::string_view key;
      Severity severity;
      std::string_view fix;
    };
    static constexpr std::array<Wanted, 3> kWanted = {{
        {"quantity", Severity::error, "请增加反映产品或服务数量的指标，如“培训人次 ≥ 2000 人次”。"},
        {"quality", Severity::warning, "请增加反映产品或服务质量的指标，如合格率、达标率。"},
        {"timeliness", Severity::warning,
         "请增加反映完成时限的指标，如“完成时间 ≤ 2026-10-31”或“办结时限 ≤ 30 天”。"},
    }};
    for (const auto& w : kWanted) {
      if (!f_.allows("output", w.key) || any_in(w.key)) continue;
      add("output_subcategory_missing", w.severity, std::nullopt,
          category_label("output") + "中缺少" + subcategory_label(w.key) + "。" +
              std::string(w.fix),
          "R-IND-1");
    }
  }

  void check_cost_total() {
    // R-IND-2 [practice]: the money the cost indicators promise cannot exceed the project's money.
    if (!t_.amount_fen) return;
    constexpr long long kMax = std::numeric_limits<long long>::max();
    long long total = 0;
    bool counted = false;
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      const Facts& x = facts_[i];
      const long long per = fen_per_unit(t_.indicators[i].unit);
      if (!x.cost || per <= 0 || x.value.kind != Kind::number) continue;
      counted = true;
      // fen = value × fen-per-unit ÷ 10^4, rounded half up once, at the division; exact.
      const bool negative = x.value.number < 0;
      const std::uint64_t v = negative ? 0ULL - static_cast<std::uint64_t>(x.value.number)
                                       : static_cast<std::uint64_t>(x.value.number);
      const auto whole = static_cast<long long>(v / kValueOne);
      const auto frac = static_cast<long long>(v % kValueOne);
      long long fen = 0;
      if (__builtin_mul_overflow(whole, per, &fen) ||
          __builtin_add_overflow(fen, (frac * per + kValueOne / 2) / kValueOne, &fen)) {
        fen = kMax;
      }
      if (negative) fen = -fen;
      if (__builtin_add_overflow(total, fen, &total)) total = negative ? -kMax : kMax;
    }
    if (!counted || total <= *t_.amount_fen) return;
    add("cost_exceeds_amount", Severity::error, std::nullopt,
        "以金额计量的成本指标合计 " + format_wan(total) + " 万元，超过项目资金 " +
            format_wan(*t_.amount_fen) +
            " 万元。请核实成本指标的指标值和计量单位（元、千元、万元），或核对项目资金。",
        "R-IND-2");
  }

  void check_goal_breakdown() {
    const std::string goal = trim(t_.overall_goal);
    if (goal.empty()) return;

    // R-LINT-3 [jixiao]: at least half of the output and benefit indicators relate to the goal.
    std::size_t relevant = 0;
    std::size_t related = 0;
    // The goal and the project's name are compared with every indicator: their keys once.
    const auto goal_keys = bigram_keys(goal);
    const auto project_keys = bigram_keys(c_.project_name);
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      if (!facts_[i].output && !facts_[i].benefit) continue;
      ++relevant;
      const auto name_keys = bigram_keys(t_.indicators[i].name);
      if (share_bigram(name_keys, goal_keys) || share_bigram(name_keys, project_keys)) ++related;
    }
    if (relevant > 0 && related * 2 < relevant) {
      add("goal_not_broken_down", Severity::warning, std::nullopt,
          "产出和效益指标共 " + std::to_string(relevant) + " 个，只有 " + std::to_string(related) +
              " 个与年度总体目标或项目名称相关。请将总体目标逐项分解为绩效指标，或在总体目标中写明"
              "这些指标对应的任务。",
          "R-LINT-3");
    }

    // R-LINT-3 [jixiao]: every number the goal promises shows up in some indicator's value.
    std::set<std::int64_t> measured;
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      const Indicator& ind = t_.indicators[i];
      const ParsedValue& v = facts_[i].value;
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
    for (const auto& n : numbers_in(fold_full_width(c_.project_name), false))
      for (std::int64_t named : n.values) measured.insert(named);
    std::vector<std::string> missing;
    for (const auto& n : numbers_in(fold_full_width(goal), true)) {
      const bool found = std::any_of(n.values.begin(), n.values.end(),
                                     [&](std::int64_t v) { return measured.count(v) > 0; });
      if (!found && std::find(missing.begin(), missing.end(), n.text) == missing.end())
        missing.push_back(n.text);
    }
    if (!missing.empty()) {
      add("goal_number_not_measured", Severity::warning, std::nullopt,
          "年度总体目标中的数字 " + joined(missing, "、") +
              " 没有在任何指标值中体现。请增加相应的量化指标，或修改总体目标使两者一致。",
          "R-LINT-3");
    }
  }

  static std::string sibling_name(const SiblingTarget& s) {
    return s.project_name.empty() ? "目标 #" + std::to_string(s.target_id) : quoted(s.project_name);
  }

  void check_copies() {
    // R-LINT-4 [jixiao]: a goal or an indicator set copied from another target of the unit.
    const std::string goal = normalize_text(t_.overall_goal);
    std::vector<std::string> same_goal;
    if (!goal.empty()) {
      for (const auto& s : c_.siblings)
        if (normalize_text(s.overall_goal) == goal) same_goal.push_back(sibling_name(s));
    }
    if (!same_goal.empty()) {
      add("copied_goal", Severity::warning, std::nullopt,
          "年度总体目标与本单位项目" + joined(same_goal, "、") +
              "的总体目标相同。请按本项目的内容和资金重新编写总体目标。",
          "R-LINT-4");
    }

    std::set<std::string> names;
    for (const auto& x : facts_)
      if (!x.key.empty()) names.insert(x.key);
    if (names.size() < 3) return;
    std::vector<std::string> same_names;
    for (const auto& s : c_.siblings) {
      std::set<std::string> theirs;
      for (const auto& n : s.indicator_names)
        if (auto k = name_key(n); !k.empty()) theirs.insert(std::move(k));
      if (theirs == names) same_names.push_back(sibling_name(s));
    }
    if (!same_names.empty()) {
      add("copied_indicators", Severity::warning, std::nullopt,
          "绩效指标与本单位项目" + joined(same_names, "、") +
              "的指标完全相同。请按本项目的产出和效益设置指标。",
          "R-LINT-4");
    }
  }

  void check_crowded_subcategories() {
    // R-LINT-1 [jixiao]: too many indicators in one subcategory fragment the target.
    std::map<std::string, int> counts;
    for (std::size_t i = 0; i < facts_.size(); ++i)
      if (facts_[i].known) ++counts[t_.indicators[i].subcategory];
    for (const auto& cat : f_.categories) {
      for (const auto& sub : cat.subcategories) {
        const int n = counts[sub.key];
        if (n <= p_.max_per_subcategory) continue;
        add("too_many_in_subcategory", Severity::warning, std::nullopt,
            sub.label + "共 " + std::to_string(n) + " 个，超过 " +
                std::to_string(p_.max_per_subcategory) +
                " 个。请保留最能反映绩效的核心指标，合并或删除次要指标。",
            "R-LINT-1");
      }
    }
  }

  void check_weights() {
    // R-SE-1 [practice]: indicators weigh 90 (execution takes the other 10) or 100 in total.
    long long sum = 0;
    bool weighted = false;
    for (const auto& ind : t_.indicators) {
      weighted = weighted || ind.weight != 0;
      sum += ind.weight;
    }
    if (!weighted || sum == 9000 || sum == 10000) return;
    add("weights_sum", Severity::warning, std::nullopt,
        "指标权重合计 " + points_text(sum) +
            " 分，应为 90 分（另 10 分为预算执行率）或 100 分。请调整各项指标的权重。",
        "R-SE-1");
  }

  void check_department() {
    if (t_.kind != "department") return;
    // R-LINT-5 [jixiao]: a department target runs from duties to tasks to projects.
    if (trim(t_.duties).empty()) {
      add("duties_missing", Severity::warning, std::nullopt,
          "未填写部门职能概述。请概述部门的主要职能，作为设定年度任务和绩效指标的依据。",
          "R-LINT-5");
    }
    if (t_.tasks.empty()) {
      add("task_missing", Severity::warning, std::nullopt,
          "未填写年度主要任务。请列出本年度的主要任务及其资金，并与部门职能和项目对应。",
          "R-LINT-5");
    }
  }

  // --- each indicator -----------------------------------------------------------------------

  std::string first_phrase_in(const std::vector<std::string>& phrases,
                              std::initializer_list<std::string_view> texts) const {
    for (const auto& p : phrases) {
      if (p.empty()) continue;
      for (auto text : texts)
        if (text.find(p) != std::string_view::npos) return p;
    }
    return {};
  }

  void check_indicators() {
    for (std::size_t i = 0; i < t_.indicators.size(); ++i) check_indicator(i);
  }

  void check_indicator(std::size_t i) {
    const Indicator& ind = t_.indicators[i];
    const Facts& x = facts_[i];
    const std::string value = trim(ind.value);
    const Kind kind = x.value.kind;

    if (!x.known) {
      // R-IND-1: the rest of the category-based checks are skipped for it.
      add("category_unknown", Severity::error, i,
          x.who + "的指标类别（" + category_label(ind.category) + " / " +
              subcategory_label(ind.subcategory) + "）不在本年度使用的指标框架（" + f_.version +
              "版）中。请重新选择一级指标和二级指标。",
          "R-IND-1");
    }
    if (trim(ind.name).empty()) {
      add("name_missing", Severity::error, i,
          x.who + "未填写指标名称。请填写具体的三级指标名称，如“培训人次”。", "R-IND-2");
    }
    if (value.empty()) {
      add("value_missing", Severity::error, i,
          x.who + "未填写指标值。请填写可衡量的目标值：数值、完成日期，或定性指标的等级。",
          "R-IND-2");
    }
    // A date or a value written with % carries its own unit.
    if (!x.qualitative && trim(ind.unit).empty() && kind != Kind::date &&
        !(kind == Kind::number && x.value.percent)) {
      add("unit_missing", Severity::error, i,
          x.who + "未填写计量单位。请填写单位，如“人次”“%”“万元”；定性指标请将比较符选为“定性”。",
          "R-IND-2");
    }

    // R-IND-4: vague wording with nothing measurable.
    const std::string vague = first_phrase_in(p_.vague_phrases, {ind.name, ind.value});
    const bool is_vague = !vague.empty() && kind != Kind::number && kind != Kind::date;

    // R-IND-2: a quantitative value is a number (a date only for timeliness, which has its own
    // check below and so is left out here; vague values are reported as vague).
    if (!x.qualitative && !x.timeliness && !is_vague &&
        (kind == Kind::text || (kind == Kind::date && x.known))) {
      add("value_not_number", Severity::error, i,
          kind == Kind::date
              ? x.who + "的指标值" + quoted(value) +
                    "是日期，只有时效指标可以填写日期。请填写数值，或将该指标归入时效指标。"
              : x.who + "的指标值" + quoted(value) +
                    "不是数值。定量指标请只填数字（如“95”），单位填在计量单位栏；确属定性描述的，"
                    "请将比较符改为“定性”。",
          "R-IND-2");
    }
    // R-IND-2: a timeliness value is a date, a duration in a unit of time, or a rate of things
    // done on time (按时完成率 ≥ 95%).
    if (x.timeliness && !value.empty() && kind != Kind::date &&
        !(kind == Kind::number && (is_time_unit(ind.unit) || x.rate))) {
      add("time_without_date", Severity::error, i,
          x.who + "是时效指标，指标值" + quoted(value) +
              "既不是日期，也不是带时间单位的时限或按时完成的比率。请填写完成日期（如“2026-10-"
              "31”），或填写时限数值并以“天”“个工作日”“个月”等为单位，或填写及时率（%）。",
          "R-IND-2");
    }
    if (is_vague) {
      add("vague_indicator", Severity::error, i,
          x.who + "使用了" + quoted(vague) +
              "这类模糊表述，没有可衡量的指标值。请改为可量化、可考核的目标，如“群众知晓率 ≥ "
              "90%”“故障处理时限 ≤ 24 小时”。",
          "R-IND-4");
    }
    // R-IND-4: inputs (money, people) are not performance; cost indicators are the exception.
    if (x.known && !x.cost) {
      const std::string input = first_phrase_in(p_.input_phrases, {ind.name});
      if (!input.empty()) {
        add("input_as_indicator", Severity::warning, i,
            x.who + "描述的是" + quoted(input) +
                "，属于投入而不是绩效。请改为投入后形成的产出或效益（完成的数量、达到的质量和效果）"
                "；"
                "控制成本的目标请列入成本指标。",
            "R-IND-4");
      }
    }

    // R-IND-5: satisfaction is a share of respondents.
    if (x.satisfaction) {
      if (kind == Kind::number && x.value.number > kHundredPercent) {
        add("satisfaction_out_of_range", Severity::error, i,
            x.who + "的目标值 " + scaled_text(x.value.number) +
                " 超过 100%。满意度是满意人数占有效样本的比例，请填写不超过 100 的数值。",
            "R-IND-5");
      } else if (kind == Kind::number && x.value.number < p_.satisfaction_floor) {
        // [jixiao] the floor is a parameter of the region.
        add("satisfaction_out_of_range", Severity::warning, i,
            x.who + "的目标值 " + scaled_text(x.value.number) + "% 低于 " +
                scaled_text(p_.satisfaction_floor) +
                "%。请参照以往满意度调查结果设定目标，或在指标解释中说明目标偏低的理由。",
            "R-IND-5");
      }
      const bool unit_reported = !x.qualitative && trim(ind.unit).empty();
      if (!x.rate && !unit_reported) {
        add("satisfaction_not_rate", Severity::warning, i,
            x.who + (x.qualitative ? "是定性指标" : "的计量单位是" + quoted(trim(ind.unit))) +
                "，不是比率。满意度按满意人数占有效样本的比例计算，请将计量单位改为“%”并填写"
                "比例目标，如“≥ 90”。",
            "R-IND-5");
      }
    } else if (ind.category != "satisfaction" && x.rate && kind == Kind::number &&
               x.value.number > kHundredPercent) {
      // R-IND-5 [jixiao]: a rate above 100% is an error.
      add("rate_over_100", Severity::error, i,
          x.who + "是比率指标，目标值 " + scaled_text(x.value.number) +
              "% 超过 100%。请核实指标值；如表示增长倍数或数量，请改用相应的计量单位。",
          "R-IND-5");
    }

    // R-IND-3 [practice]: a direction given by hand agrees with the comparator.
    const std::string_view implied = direction_of(ind.comparator);
    if (!ind.direction.empty() && !implied.empty() && ind.direction != implied) {
      add("comparator_direction", Severity::warning, i,
          x.who + "标为" + std::string(direction_label(ind.direction)) + "指标，但比较符" +
              quoted(comparator_label(ind.comparator)) + "表示" +
              std::string(direction_label(implied)) + "指标。请修改比较符或指标方向，使两者一致。",
          "R-IND-3");
    }
  }

  void check_duplicates() {
    // R-LINT-2 [jixiao; seeds report quantity, quality, timeliness and cost indicators
    // "完全一致"]: one name in two subcategories is an error, twice in one a warning.
    std::map<std::string, std::vector<std::size_t>> seen;  // name key → earlier indices
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      const std::string& key = facts_[i].key;
      if (key.empty()) continue;
      auto& earlier = seen[key];
      const std::string& sub = t_.indicators[i].subcategory;
      std::optional<std::size_t> other_sub;
      std::optional<std::size_t> same_sub;
      for (std::size_t j : earlier) {
        if (t_.indicators[j].subcategory != sub) {
          if (!other_sub) other_sub = j;
        } else if (!same_sub) {
          same_sub = j;
        }
      }
      earlier.push_back(i);
      if (other_sub) {
        add("duplicate_indicator", Severity::error, i,
            facts_[i].who + "与第" + std::to_string(*other_sub + 1) + "项指标相同，却分别列在" +
                subcategory_label(t_.indicators[*other_sub].subcategory) + "和" +
                subcategory_label(sub) +
                "下。同一指标不应在不同类别中重复填写，请删除重复项，或改写为反映不同内容的指标。",
            "R-LINT-2");
      } else if (same_sub) {
        add("repeated_indicator", Severity::warning, i,
            facts_[i].who + "在" + subcategory_label(sub) + "中与第" +
                std::to_string(*same_sub + 1) + "项指标重复。请删除重复项，或合并为一个指标。",
            "R-LINT-2");
      }
    }
  }

  const TargetDraft& t_;
  const LintContext& c_;
  const library::Framework& f_;
  const LintParams& p_;
  std::vector<Facts> facts_;
  std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> lint(const TargetDraft& target, const LintContext& context) {
  if (!context.framework) {
    throw AppError(ErrorKind::internal, "lint_without_framework", "检查绩效目标时缺少指标框架版本");
  }
  return Linter(target, context).run();
}

bool blocks_submission(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace jixiao::targets
