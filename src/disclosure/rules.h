// Disclosure's pure rules (R-DI-1, R-DI-2, R-MON-2): when an item falls due for publication, the
// personal data a public snapshot must never carry, and the disclosure rate.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::disclosure {

// What the region set for the year (data/rules/disclosure.json, R-DI-2).
struct DueSettings {
  long long budget_days = 20;    // targets and ex-ante reports: budget approval + days
  int final_accounts_month = 6;  // the final accounts of year Y approved on this day of Y+1
  int final_accounts_day = 30;
  long long final_accounts_days = 20;  // self-evaluations: that day + days
  long long results_days = 20;         // key evaluations: results sent + days [jixiao]
};

// The day `days` after an ISO date (its first ten characters), as ISO text; "" when it is not
// a date.
std::string plus_days(std::string_view iso, long long days);

// R-DI-1/2: the due date of each kind of item. `approved` is the budget approval of the project
// (its target's approval), `results_sent` the day the results letter was sent.
std::string target_due(const DueSettings& s, std::string_view approved);
std::string self_evaluation_due(const DueSettings& s, long long year);
std::string key_evaluation_due(const DueSettings& s, std::string_view results_sent);

// Personal data found in a text that is to be published.
struct PersonalData {
  std::string kind;  // name | mobile | landline | id_number
  std::string text;  // what was found
};
std::string_view personal_kind_label(std::string_view kind);  // 姓名, 手机号码, …

// GB 11643-1999: 17 digits and a check digit (0-9 or X) computed with ISO 7064 MOD 11-2.
bool is_id_number(std::string_view s);

// The person's name in an account's display name ("张敏（绩效科）" → "张敏"); "" when what is
// left is not a name of two to four characters.
std::string person_name(std::string_view display_name);

// Every name of `names` the text holds, mobile numbers (1[3-9] and nine digits), landline
// numbers (0 and an area code of two or three digits, a dash or not, seven or eight digits) and
// ID numbers with a valid check digit, none of them part of a longer run of digits.
std::vector<PersonalData> find_personal_data(std::string_view text,
                                             const std::vector<std::string>& names);

// R-MON-2 counts on a day: due are the items whose due date has come and those published
// before it; published the items published now.
struct RateCounts {
  long long due = 0;
  long long published = 0;
  long long overdue = 0;  // not published after the due date
};
void count_item(RateCounts& c, std::string_view status, std::string_view due,
                std::string_view today);
// items published ÷ items due, two decimals, "—" when nothing is due.
std::string disclosure_rate(const RateCounts& c);

}  // namespace jixiao::disclosure
