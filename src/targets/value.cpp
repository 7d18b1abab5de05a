#include "targets/value.h"

#include <array>

#include "base/money.h"
#include "base/text.h"

namespace jixiao::targets {
namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A comparator typed in front of the value ("≥95", ">= 95", "＞95" after folding): removed, and
// its key kept in `stated`.
std::string_view strip_comparator(std::string_view s, std::string& stated) {
  struct Prefix {
    std::string_view text, key;
  };
  static constexpr std::array<Prefix, 11> kPrefixes = {{{">=", ">="},
                                                        {"<=", "<="},
                                                        {"≥", ">="},
                                                        {"≤", "<="},
                                                        {"≧", ">="},
                                                        {"≦", "<="},
                                                        {"⩾", ">="},
                                                        {"⩽", "<="},
                                                        {">", ">"},
                                                        {"<", "<"},
                                                        {"=", "="}}};
  for (auto p : kPrefixes) {
    if (s.starts_with(p.text)) {
      stated = p.key;
      return trim_spaces(s.substr(p.text.size()));
    }
  }
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits, an optional sign, thousands separators only between groups of three ("1,200"), at
// most one point. Checked before parse_scaled_decimal, which skips commas anywhere.
bool looks_like_number(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  const auto point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  if (point != std::string_view::npos) {
    for (char c : s.substr(point + 1))
      if (!is_digit(c)) return false;
  }
  if (whole.find(',') == std::string_view::npos) {
    for (char c : whole)
      if (!is_digit(c)) return false;
    return !whole.empty() || point != std::string_view::npos;
  }
  std::size_t group = 0;  // digits in the current group
  bool first = true;
  for (char c : whole) {
    if (c == ',') {
      if (group == 0 || (first && group > 3) || (!first && group != 3)) return false;
      first = false;
      group = 0;
    } else if (is_digit(c)) {
      ++group;
    } else {
      return false;
    }
  }
  return group == 3;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// Reads 1..max_digits ASCII digits from the front of s.
std::optional<int> take_int(std::string_view& s, std::size_t min_digits, std::size_t max_digits) {
  std::size_t n = 0;
  int v = 0;
  while (n < s.size() && n < max_digits && is_digit(s[n])) v = v * 10 + (s[n++] - '0');
  if (n < min_digits || (n < s.size() && is_digit(s[n]))) return std::nullopt;
  s.remove_prefix(n);
  return v;
}

bool take(std::string_view& s, std::string_view word) {
  if (!s.starts_with(word)) return false;
  s.remove_prefix(word.size());
  return true;
}

std::optional<std::string> iso_date(int y, int m, int d) {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  std::string out;
  const auto digits = [&out](int v, int width) {
    std::string d = std::to_string(v);
    out.append(d.size() < static_cast<std::size_t>(width) ? width - d.size() : 0, '0');
    out += d;
  };
  digits(y, 4);
  out += '-';
  digits(m, 2);
  out += '-';
  digits(d, 2);
  return out;
}

// "2026-10-31", "2026/10/31", "2026.10.31", "2026年10月31日", "2026年10月" (its last day),
// "2026年10月底", "2026年底"; a trailing 前 / 之前 / 以前 ("2026年10月31日前") is allowed, the
// comparator carrying the meaning (`before` is set then). "2026年" alone is a year, not a date.
std::optional<std::string> parse_date(std::string_view s, bool& before) {
  std::string compact;  // without inner spaces: "2026 年 10 月"
  for (char c : s)
    if (c != ' ' && c != '\t') compact.push_back(c);
  std::string_view t = compact;
  for (std::string_view suffix : {"之前", "以前", "前"}) {
    if (t.ends_with(suffix)) {
      t.remove_suffix(suffix.size());
      before = true;
      break;
    }
  }
  const auto year = take_int(t, 4, 4);
  if (!year) return std::nullopt;
  if (!t.empty() && (t.front() == '-' || t.front() == '/' || t.front() == '.')) {
    const char sep = t.front();
    t.remove_prefix(1);
    const auto month = take_int(t, 1, 2);
    if (!month || t.empty() || t.front() != sep) return std::nullopt;
    t.remove_prefix(1);
    const auto day = take_int(t, 1, 2);
    if (!day || !t.empty()) return std::nullopt;
    return iso_date(*year, *month, *day);
  }
  if (!take(t, "年")) return std::nullopt;
  if (take(t, "底") && t.empty()) return iso_date(*year, 12, 31);
  const auto month = take_int(t, 1, 2);
  if (!month || !take(t, "月") || *month < 1 || *month > 12) return std::nullopt;
  if (t.empty() || (take(t, "底") && t.empty())) {
    return iso_date(*year, *month, days_in_month(*year, *month));
  }
  const auto day = take_int(t, 1, 2);
  if (!day || !(take(t, "日") || take(t, "号")) || !t.empty()) return std::nullopt;
  return iso_date(*year, *month, *day);
}

}  // namespace

ParsedValue parse_value(std::string_view typed) {
  ParsedValue out;
  const std::string folded = trim(fold_full_width(typed));
  std::string_view s = folded;
  if (s.empty()) return out;
  out.kind = ParsedValue::Kind::text;
  s = strip_comparator(s, out.stated_comparator);
  if (s.empty()) return out;

  std::string_view number = s;
  bool percent = false;
  if (number.ends_with('%')) {
    percent = true;
    number = trim_spaces(number.substr(0, number.size() - 1));
  }
  if (looks_like_number(number)) {
    if (const auto v = parse_scaled_decimal(number, kValueScale)) {
      out.kind = ParsedValue::Kind::number;
      out.number = *v;
      out.percent = percent;
      return out;
    }
    return out;  // more than four decimals, or too large: kept as text
  }
  if (!percent) {
    bool before = false;
    if (auto date = parse_date(s, before)) {
      out.kind = ParsedValue::Kind::date;
      out.date = std::move(*date);
      if (before && out.stated_comparator.empty()) out.stated_comparator = "<=";
    }
  }
  return out;
}

bool is_time_unit(std::string_view unit) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "天", "日",   "自然日", "个自然日", "工作日", "个工作日", "小时", "个小时", "分钟", "秒",
      "周", "个周", "星期",   "个星期",   "月",     "个月",     "季度", "个季度", "年",   "个年度"};
  const std::string u = trim(unit);
  for (auto k : kUnits)
    if (u == k) return true;
  return false;
}

bool is_percent_unit(std::string_view unit) {
  const std::string u = trim(unit);
  return u == "%" || u == "％" || u == "百分比";
}

long long fen_per_unit(std::string_view unit) {
  const std::string u = trim(unit);
  if (u == "元") return kFenPerYuan;
  if (u == "千元") return 1000 * kFenPerYuan;
  if (u == "万元") return kFenPerWan;
  if (u == "亿元") return kFenPerYi;
  return 0;
}

}  // namespace jixiao::targets
