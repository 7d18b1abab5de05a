#include "result_application/rules.h"

#include <algorithm>

#include "base/error.h"
#include "rules/model.h"
#include "targets/json.h"

namespace jixiao::result_application {

namespace {
constexpr std::string_view kKinds[] = {"prioritise", "cap", "cut", "cancel", "none"};
}  // namespace

bool is_kind(std::string_view kind) { return std::ranges::find(kKinds, kind) != std::end(kKinds); }

bool is_action_kind(std::string_view kind) { return kind != "none" && is_kind(kind); }

Bands read_bands(const boost::json::object& params, const std::string& prefix) {
  Bands out;
  for (std::string_view key : kBandKeys) {
    const std::string field = prefix + "." + std::string(key);
    const auto* v = params.if_contains(key);
    if (!v || !v->is_string()) throw invalid(field, "请选择调整方式");
    const std::string kind(v->as_string());
    if (!is_kind(kind))
      throw invalid(field, "调整方式只能是优先保障、不得高于上年、按比例压减、取消或不调整");
    out.kinds.emplace(std::string(key), kind);
  }
  const std::string field = prefix + ".cut_percent";
  const auto* cut = params.if_contains("cut_percent");
  if (!cut || !cut->is_number()) throw invalid(field, "请填写压减比例");
  long long h = 0;
  try {
    h = rules::hundredths(*cut);
  } catch (const std::exception&) {
    throw invalid(field, "压减比例最多两位小数");
  }
  if (h < 0 || h > 10000) throw invalid(field, "压减比例应在 0 至 100% 之间");
  out.cut = h;
  return out;
}

std::optional<std::string> proposed_kind(const Bands& bands, std::string_view key) {
  const auto it = bands.kinds.find(key);
  if (it == bands.kinds.end() || it->second == "none") return std::nullopt;
  return it->second;
}

std::optional<Fen> limit_of(std::string_view kind, long long cut, Fen base_fen, Fen cap_fen) {
  if (kind == "cap") return cap_fen;
  if (kind == "cut") return base_fen * (10000 - cut) / 10000;  // down to the fen: amounts ≥ 0
  if (kind == "cancel") return 0;
  return std::nullopt;
}

bool breached(std::string_view kind, std::optional<Fen> limit, Fen amount_fen,
              std::string_view project_status) {
  if (kind == "cancel") return project_status != "cancelled";
  return limit && amount_fen > *limit;
}

std::string percent_text(long long hundredths) { return targets::points(hundredths); }

}  // namespace jixiao::result_application
