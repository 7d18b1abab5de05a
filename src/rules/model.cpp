#include "rules/model.h"

#include <algorithm>
#include <boost/json.hpp>
#include <stdexcept>

#include "base/embedded_data.h"
#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "base/text.h"

namespace jixiao::rules {

const std::vector<Rule>& national_rules() {
  static const std::vector<Rule> all = [] {
    // national.json holds the rules every stage shares; a stage may ship its own file beside
    // it (data/rules/<stage>.json), read after it in path order.
    auto files = embedded_files_under("rules/");
    std::ranges::stable_partition(
        files, [](const EmbeddedFile* f) { return f->path == "rules/national.json"; });
    std::vector<Rule> out;
    for (const auto* f : files) {
      if (!f->path.ends_with(".json")) continue;
      const auto root = boost::json::parse(f->text).as_object();
      for (const auto& r : root.at("rules").as_array()) {
        const auto& o = r.as_object();
        std::string id(o.at("id").as_string());
        if (std::ranges::find(out, id, &Rule::id) != out.end())
          throw std::logic_error("rule shipped twice: " + id);
        out.push_back({std::move(id), std::string(o.at("title").as_string()),
                       std::string(o.at("source").as_string()), o.at("params").as_object()});
      }
    }
    return out;
  }();
  return all;
}

const Rule* find_national_rule(std::string_view id) {
  for (const auto& r : national_rules())
    if (r.id == id) return &r;
  return nullptr;
}

const EffectiveRule& RuleSet::get(std::string_view id) const {
  for (const auto& r : rules_)
    if (r.rule.id == id) return r;
  throw std::out_of_range("no rule " + std::string(id));
}

const RuleSet& national_rule_set() {
  static const RuleSet set = [] {
    std::vector<EffectiveRule> all;
    for (const auto& r : national_rules()) all.push_back({r, 0, {}, {}});
    return RuleSet(std::move(all));
  }();
  return set;
}

long long hundredths(const boost::json::value& v) {
  if (auto exact = scaled_number(v, 2)) return *exact;
  throw std::invalid_argument("not a number with at most two decimals");
}

namespace {

// Bounds of a region's parameters (docs/SECURITY.md): a label or phrase, a list of phrases.
constexpr std::size_t kMaxParamChars = 200;
constexpr std::size_t kMaxParamItems = 100;

bool is_number(const boost::json::value& v) {
  return v.is_int64() || v.is_uint64() || v.is_double();
}

void check_value(const std::string& field, const boost::json::value& shipped,
                 const boost::json::value& given);

void check_object(const std::string& field, const boost::json::object& shipped,
                  const boost::json::object& given) {
  for (const auto& [key, value] : given)
    if (!shipped.contains(key)) throw invalid(field + "." + std::string(key), "规则没有这个参数");
  for (const auto& [key, value] : shipped) {
    const auto* g = given.if_contains(key);
    if (!g) throw invalid(field + "." + std::string(key), "缺少规则参数");
    check_value(field + "." + std::string(key), value, *g);
  }
}

void check_value(const std::string& field, const boost::json::value& shipped,
                 const boost::json::value& given) {
  if (is_number(shipped)) {
    if (!is_number(given)) throw invalid(field, "参数应为数字");
    long long h = 0;
    try {
      h = hundredths(given);
    } catch (const std::exception&) {
      throw invalid(field, "参数最多保留两位小数");
    }
    if (h < 0 || h > 100'000'00) throw invalid(field, "参数超出允许范围");
  } else if (shipped.is_bool()) {
    if (!given.is_bool()) throw invalid(field, "参数应为“是”或“否”（true 或 false）");
  } else if (shipped.is_string()) {
    if (!given.is_string()) throw invalid(field, "参数应为非空文字");
    const std::string_view text = given.as_string();
    if (trim(text).empty() || trim(text) != text)
      throw invalid(field, "参数应为非空文字，且前后不能有空格");
    if (utf8_length(text) > kMaxParamChars)
      throw invalid(field, "参数过长，最多 " + std::to_string(kMaxParamChars) + " 个字符");
  } else if (shipped.is_array()) {
    if (!given.is_array() || given.as_array().empty()) throw invalid(field, "参数应为非空列表");
    if (given.as_array().size() > kMaxParamItems)
      throw invalid(field, "参数列表最多 " + std::to_string(kMaxParamItems) + " 项");
    const auto& model = shipped.as_array().front();
    std::size_t i = 0;
    for (const auto& item : given.as_array())
      check_value(field + "[" + std::to_string(i++) + "]", model, item);
  } else if (shipped.is_object()) {
    if (!given.is_object()) throw invalid(field, "参数格式不正确");
    check_object(field, shipped.as_object(), given.as_object());
  }
}

}  // namespace

void validate_params(const Rule& national, const boost::json::object& params) {
  check_object("params", national.params, params);
}

}  // namespace jixiao::rules
