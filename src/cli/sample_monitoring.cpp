#include "cli/sample_monitoring.h"

#include <algorithm>
#include <cstdio>

#include "targets/value.h"

namespace jixiao::cli {

namespace {

// A number scaled by 10^4 as people write it: "1200", "12.5".
std::string scaled_text(std::int64_t v) {
  std::string out = std::to_string(v / targets::kValueOne);
  std::int64_t frac = v % targets::kValueOne;
  if (frac == 0) return out;
  std::string digits = std::to_string(frac + targets::kValueOne).substr(1);
  while (digits.back() == '0') digits.pop_back();
  return out + "." + digits.substr(0, 2);
}

}  // namespace

Pace draw_pace(double u) {
  if (u < 0.70) return Pace::on_pace;
  if (u < 0.82) return Pace::behind;
  if (u < 0.90) return Pace::late;
  if (u < 0.94) return Pace::idle;
  return Pace::fast;
}

long long spent_share(Pace pace, int m, long long noise) {
  long long bp = 0;
  switch (pace) {
    case Pace::on_pace:
      bp = m * 833 + noise;
      break;
    case Pace::behind:
      bp = m * 833 * 55 / 100;
      break;
    case Pace::late:
      bp = m <= 5 ? 0 : (m - 5) * 1500;
      break;
    case Pace::idle:
      bp = m <= 8 ? 0 : (m - 8) * 1200;
      break;
    case Pace::fast:
      bp = m * 1000;
      break;
  }
  return std::clamp<long long>(bp, 0, 10000);
}

std::string month_end(long long year, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int d = m == 2 && leap ? 29 : days[m - 1];
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", year, m, d);
  return buf;
}

void bind_indicator_row(soci::statement& st, IndicatorRow& r) {
  st.exchange(soci::into(r.target_id));
  st.exchange(soci::into(r.position));
  st.exchange(soci::into(r.value));
  st.exchange(soci::into(r.unit));
}

monitoring::IndicatorReport answer_for(const IndicatorRow& ind, long long percent,
                                       const std::string& likelihood) {
  monitoring::IndicatorReport a;
  a.position = ind.position;
  a.likelihood = likelihood;
  const auto v = targets::parse_value(ind.value);
  const long long reach = likelihood == "certain" ? 100 : likelihood == "possible" ? 85 : 50;
  if (v.kind == targets::ParsedValue::Kind::number) {
    // A rate is what it is now; a quantity grows through the year.
    const bool rate = v.percent || targets::is_percent_unit(ind.unit);
    a.value_so_far = scaled_text(rate ? v.number * (reach == 100 ? 98 : reach) / 100
                                      : v.number * percent / 100 * reach / 100);
    a.projected_value = scaled_text(v.number * reach / 100);
  } else if (v.kind == targets::ParsedValue::Kind::date) {
    a.value_so_far = ind.value;
    a.projected_value = ind.value;
  } else {
    a.value_so_far = "按计划推进";
    a.projected_value = likelihood == "certain" ? "按计划完成" : "部分完成";
  }
  if (likelihood != "certain") {
    a.reason = likelihood == "possible" ? "funding" : "staff";
    a.correction = likelihood == "possible" ? "加快资金拨付，督促实施单位按进度报账"
                                            : "调整实施方案，申请调减年度目标";
  }
  return a;
}

}  // namespace jixiao::cli
