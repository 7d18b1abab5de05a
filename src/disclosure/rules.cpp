#include "disclosure/rules.h"

#include <algorithm>

#include "base/date.h"
#include "base/money.h"

namespace jixiao::disclosure {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The run of digits (with X as the last of 18) starting at i.
std::size_t digit_run(std::string_view t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && digit(t[j])) ++j;
  return j - i;
}

}  // namespace

std::string plus_days(std::string_view iso, long long days) {
  const auto d = parse_iso_date(iso.substr(0, std::min<std::size_t>(iso.size(), 10)));
  if (!d) return "";
  return iso_date(std::chrono::year_month_day{std::chrono::sys_days{*d} + std::chrono::days{days}});
}

std::string target_due(const DueSettings& s, std::string_view approved) {
  return plus_days(approved, s.budget_days);
}

std::string self_evaluation_due(const DueSettings& s, long long year) {
  const std::chrono::year_month_day approved{
      std::chrono::year{static_cast<int>(year + 1)},
      std::chrono::month{static_cast<unsigned>(s.final_accounts_month)},
      std::chrono::day{static_cast<unsigned>(s.final_accounts_day)}};
  return plus_days(iso_date(approved), s.final_accounts_days);
}

std::string key_evaluation_due(const DueSettings& s, std::string_view results_sent) {
  return plus_days(results_sent, s.results_days);
}

std::string_view personal_kind_label(std::string_view kind) {
  if (kind == "name") return "姓名";
  if (kind == "mobile") return "手机号码";
  if (kind == "landline") return "固定电话号码";
  if (kind == "id_number") return "身份证号码";
  return kind;
}

bool is_id_number(std::string_view s) {
  if (s.size() != 18) return false;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (!digit(s[static_cast<std::size_t>(i)])) return false;
    sum += (s[static_cast<std::size_t>(i)] - '0') * kWeights[i];
  }
  const char last = s[17] == 'x' ? 'X' : s[17];
  return kCheck[sum % 11] == last;
}

std::string person_name(std::string_view display_name) {
  std::size_t end = display_name.size();
  for (std::string_view mark : {"（", "("}) end = std::min(end, display_name.find(mark));
  std::string_view head = display_name.substr(0, end);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  // Chinese names: two to four characters of three UTF-8 bytes each, nothing ASCII.
  if (head.size() < 6 || head.size() > 12 || head.size() % 3 != 0) return "";
  for (char c : head)
    if (static_cast<unsigned char>(c) < 0x80) return "";
  return std::string(head);
}

std::vector<PersonalData> find_personal_data(std::string_view t,
                                             const std::vector<std::string>& names) {
  std::vector<PersonalData> out;
  for (const auto& n : names)
    if (!n.empty() && t.find(n) != std::string_view::npos &&
        std::ranges::none_of(out, [&](const PersonalData& p) { return p.text == n; }))
      out.push_back({"name", n});
  for (std::size_t i = 0; i < t.size();) {
    if (!digit(t[i])) {
      ++i;
      continue;
    }
    std::size_t n = digit_run(t, i);
    // An ID number's last character may be X.
    if (n == 17 && i + 17 < t.size() && (t[i + 17] == 'X' || t[i + 17] == 'x')) {
      if (is_id_number(t.substr(i, 18))) out.push_back({"id_number", std::string(t.substr(i, 18))});
      i += 18;
      continue;
    }
    const std::string_view run = t.substr(i, n);
    if (n == 18 && is_id_number(run)) {
      out.push_back({"id_number", std::string(run)});
    } else if (n == 11 && run[0] == '1' && run[1] >= '3' && run[1] <= '9') {
      out.push_back({"mobile", std::string(run)});
    } else if (run[0] == '0' && n >= 3 && n <= 4 && i + n < t.size() && t[i + n] == '-') {
      // 0871-12345678: the area code, a dash and seven or eight digits.
      const std::size_t rest = digit_run(t, i + n + 1);
      if (rest == 7 || rest == 8) {
        out.push_back({"landline", std::string(t.substr(i, n + 1 + rest))});
        i += n + 1 + rest;
        continue;
      }
    } else if (run[0] == '0' && run.size() > 1 && run[1] != '0' &&
               (n == 10 || n == 11 || n == 12)) {
      // Written without a dash: an area code of three or four digits (0 included) and seven or
      // eight digits.
      out.push_back({"landline", std::string(run)});
    }
    i += n;
  }
  return out;
}

void count_item(RateCounts& c, std::string_view status, std::string_view due,
                std::string_view today) {
  const bool published = status == "published";
  if (published || due <= today) ++c.due;
  if (published) ++c.published;
  if (!published && due < today) ++c.overdue;
}

std::string disclosure_rate(const RateCounts& c) { return format_rate(c.published, c.due); }

}  // namespace jixiao::disclosure
