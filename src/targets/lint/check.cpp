#include "targets/lint/check.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "base/error.h"
#include "base/text.h"
#include "targets/lint/names.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr std::array<std::string_view, 3> kCostSubcategories = {"economic_cost", "social_cost",
                                                                "ecological_cost"};

std::string first_phrase_in(const std::vector<std::string>& phrases,
                            std::initializer_list<std::string_view> texts) {
  for (const auto& p : phrases) {
    if (p.empty()) continue;
    for (auto text : texts)
      if (text.find(p) != std::string_view::npos) return p;
  }
  return {};
}

std::vector<Facts> facts_of(const TargetDraft& t, const library::Framework& f,
                            const LintParams& p) {
  std::vector<Facts> out;
  out.reserve(t.indicators.size());
  for (std::size_t i = 0; i < t.indicators.size(); ++i) {
    const Indicator& ind = t.indicators[i];
    Facts x;
    x.known = f.allows(ind.category, ind.subcategory);
    x.value = parse_value(ind.value);
    const std::string name = trim(ind.name);
    x.who = "第" + std::to_string(i + 1) + "项指标" + (name.empty() ? "" : quoted(name));
    x.key = name_key(name);
    if (x.value.kind != Kind::number && x.value.kind != Kind::date)
      x.vague = first_phrase_in(p.vague_phrases, {ind.name, ind.value});
    x.qualitative = ind.comparator == "qualitative";
    x.rate = is_percent_unit(ind.unit) || (x.value.kind == Kind::number && x.value.percent);
    if (x.known) {
      x.cost = is_cost_subcategory(ind.subcategory);
      x.output = ind.category == "output" && !x.cost;
      x.benefit = ind.category == "benefit";
      x.satisfaction = ind.category == "satisfaction";
      x.timeliness = ind.subcategory == "timeliness";
    }
    out.push_back(std::move(x));
  }
  return out;
}

constexpr std::array<const Check*, 14> kChecks = {
    &goal_check,   &categories_check, &fields_check,     &value_kind_check, &wording_check,
    &rates_check,  &direction_check,  &duplicates_check, &cost_total_check, &goal_breakdown_check,
    &copies_check, &crowding_check,   &weights_check,    &department_check,
};

}  // namespace

Subject::Subject(const TargetDraft& t, const LintContext& c)
    : target(t),
      context(c),
      framework(*c.framework),
      params(c.params),
      facts(facts_of(t, *c.framework, c.params)) {}

std::string Subject::category_label(std::string_view key) const {
  if (auto l = framework.category_label(key); !l.empty()) return std::string(l);
  if (auto l = library::latest_framework().category_label(key); !l.empty()) return std::string(l);
  return std::string(key);
}

std::string Subject::subcategory_label(std::string_view key) const {
  if (auto l = framework.subcategory_label(key); !l.empty()) return std::string(l);
  if (auto l = library::latest_framework().subcategory_label(key); !l.empty())
    return std::string(l);
  return std::string(key);
}

bool Subject::any(bool Facts::*flag) const {
  return std::any_of(facts.begin(), facts.end(), [flag](const Facts& x) { return x.*flag; });
}

void Findings::add(Code code, std::optional<std::size_t> indicator, std::string message) {
  add(code, info(code).severity, indicator, std::move(message));
}

void Findings::add(Code code, Severity severity, std::optional<std::size_t> indicator,
                   std::string message) {
  const CodeInfo& row = info(code);
  const bool declared =
      check_ && std::find(check_->codes.begin(), check_->codes.end(), code) != check_->codes.end();
  if (!declared || (severity != row.severity && !row.severity_varies)) {
    throw AppError(ErrorKind::internal, "lint_code_undeclared",
                   "绩效目标检查项 " + std::string(row.name) + " 未在检查规则表中登记");
  }
  Finding f;
  f.code = std::string(row.name);
  f.severity = severity;
  if (indicator) f.indicator = static_cast<int>(*indicator);
  f.message = std::move(message);
  f.rule = std::string(row.rule);
  list_.push_back(std::move(f));
}

std::span<const Check* const> all_checks() { return kChecks; }

std::string quoted(std::string_view s) { return "“" + std::string(s) + "”"; }

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

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

bool is_cost_subcategory(std::string_view sub) {
  return std::find(kCostSubcategories.begin(), kCostSubcategories.end(), sub) !=
         kCostSubcategories.end();
}

}  // namespace jixiao::targets::checks
