#include "disclosure/settings.h"

#include <boost/json.hpp>
#include <string>

#include "base/error.h"

namespace jixiao::disclosure {

namespace {

long long days(const boost::json::object& p, const char* key) {
  const long long h = rules::hundredths(p.at(key));
  if (h % 100 != 0 || h < 0 || h > 36500)
    throw invalid(std::string("params.") + key, "天数应为 0 到 365 之间的整数");
  return h / 100;
}

// "06-30": a day of every year (29 February is none).
std::pair<int, int> month_day(const boost::json::object& p, const char* key) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const auto& v = p.at(key);
  const std::string t = v.is_string() ? std::string(v.as_string()) : "";
  auto two = [&](std::size_t at) {
    if (t[at] < '0' || t[at] > '9' || t[at + 1] < '0' || t[at + 1] > '9') return -1;
    return (t[at] - '0') * 10 + (t[at + 1] - '0');
  };
  if (t.size() == 5 && t[2] == '-') {
    const int m = two(0), d = two(3);
    if (m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1]) return {m, d};
  }
  throw invalid(std::string("params.") + key, "日期应写成“月-日”，如 06-30（不能是 2 月 29 日）");
}

}  // namespace

DueSettings due_settings_of(const boost::json::object& p) {
  DueSettings s;
  s.budget_days = days(p, "budget_days");
  const auto [m, d] = month_day(p, "final_accounts_approved");
  s.final_accounts_month = m;
  s.final_accounts_day = d;
  s.final_accounts_days = days(p, "final_accounts_days");
  s.results_days = days(p, "key_evaluation_days");
  return s;
}

DueSettings due_settings(const rules::RuleSet& rules) {
  return due_settings_of(rules.params("R-DI-2"));
}

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-DI-2", [](const boost::json::object& p) { due_settings_of(p); });
}

}  // namespace jixiao::disclosure
