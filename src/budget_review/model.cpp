#include "budget_review/model.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/text.h"
#include "base/vocabulary.h"

namespace jixiao::budget_review {

namespace {
const Vocabulary& statuses() { return vocabulary("budget_review_status"); }
constexpr std::size_t kMaxCommentChars = 500;
}  // namespace

std::string_view status_label(std::string_view status) { return statuses().label(status); }
bool is_status(std::string_view s) { return statuses().contains(s); }

std::string ReviewSettings::label_of(std::string_view code) const {
  for (const auto& r : reasons)
    if (r.code == code) return r.label;
  return std::string(code);
}

std::optional<std::string> ReviewSettings::code_of(std::string_view text) const {
  for (const auto& r : reasons)
    if (r.code == text || r.label == text) return r.code;
  return std::nullopt;
}

ReviewSettings review_settings(const rules::RuleSet& rules) {
  const auto& params = rules.params("R-BR-1");
  ReviewSettings s;
  s.reason_required = params.at("reason_required").as_bool();
  for (const auto& item : params.at("reasons").as_array()) {
    const auto& o = item.as_object();
    s.reasons.push_back(
        {std::string(o.at("code").as_string()), std::string(o.at("label").as_string())});
  }
  return s;
}

const ReviewSettings& national_review_settings() {
  static const ReviewSettings s = review_settings(rules::national_rule_set());
  return s;
}

std::string cut_rate(Fen cut, Fen submitted) { return format_rate(cut, submitted); }

void check_entry(const Entry& e, Fen submitted, const ReviewSettings& settings,
                 const std::string& prefix) {
  if (!e.approved_fen) throw invalid(prefix + "approved_fen", "请填写审定金额");
  if (*e.approved_fen < 0) throw invalid(prefix + "approved_fen", "审定金额不能为负数");
  if (*e.approved_fen > submitted)
    throw invalid(prefix + "approved_fen",
                  "审定金额不能超过送审金额（" + format_wan(submitted) + " 万元）");
  if (!e.cut_reason.empty() && !settings.code_of(e.cut_reason))
    throw invalid(prefix + "cut_reason", "审减原因不在本地区的原因列表中");
  const Fen cut = submitted - *e.approved_fen;
  if (cut > 0 && e.cut_reason.empty() && settings.reason_required)
    throw invalid(prefix + "cut_reason", "有审减时请选择审减原因");
  if (cut == 0 && !e.cut_reason.empty())
    throw invalid(prefix + "cut_reason", "未审减时不填审减原因");
  if (utf8_length(e.comment) > kMaxCommentChars)
    throw invalid(prefix + "comment", "说明最多 500 个字");
}

}  // namespace jixiao::budget_review
