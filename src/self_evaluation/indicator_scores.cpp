#include "self_evaluation/indicator_scores.h"

#include <charconv>
#include <stdexcept>

namespace jixiao::self_evaluation {

namespace {

bool unscored(const IndicatorResult& i) {
  return i.computed_weight == 0 && i.computed_score == 0 && !i.needs_reason && i.rule.empty() &&
         i.detail.empty();
}

// One pass over the text: find_first_of with a set calls memchr on the set for every character,
// which was a tenth of a bulk scoring's writing thread.
void append_escaped(std::string& out, std::string_view text) {
  std::size_t from = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c != '\\' && c != '\t' && c != '\n') continue;
    out.append(text.data() + from, k - from);
    out += c == '\\' ? "\\\\" : c == '\t' ? "\\t" : "\\n";
    from = k + 1;
  }
  out.append(text.data() + from, text.size() - from);
}

std::string unescaped(std::string_view text) {
  if (text.find('\\') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] != '\\' || k + 1 == text.size()) {
      out += text[k];
      continue;
    }
    const char c = text[++k];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
  }
  return out;
}

[[noreturn]] void corrupt() {
  throw std::runtime_error("self_evaluations.indicator_scores 格式错误");
}

long long number(std::string_view field) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
  if (ec != std::errc() || end != field.data() + field.size()) corrupt();
  return v;
}

}  // namespace

std::string pack_scores(const std::vector<IndicatorResult>& indicators) {
  std::string out;
  std::size_t size = 0;
  for (const auto& i : indicators) size += i.rule.size() + i.detail.size() + 32;
  out.reserve(size);
  for (const auto& i : indicators) {
    if (unscored(i)) continue;
    if (!out.empty()) out += '\n';
    out += std::to_string(i.position);
    out += '\t';
    out += std::to_string(i.computed_weight);
    out += '\t';
    out += std::to_string(i.computed_score);
    out += i.needs_reason ? "\t1\t" : "\t0\t";
    append_escaped(out, i.rule);
    out += '\t';
    append_escaped(out, i.detail);
  }
  return out;
}

void unpack_scores(std::string_view packed, std::vector<IndicatorResult>& indicators) {
  for (auto& i : indicators) {
    i.computed_weight = i.computed_score = 0;
    i.needs_reason = false;
    i.rule.clear();
    i.detail.clear();
  }
  std::size_t hint = 0;  // lines come in the indicators' order: look there first
  while (!packed.empty()) {
    const std::size_t eol = packed.find('\n');
    const std::string_view line = packed.substr(0, eol);
    packed = eol == std::string_view::npos ? std::string_view() : packed.substr(eol + 1);
    std::string_view fields[6];
    std::string_view rest = line;
    for (int f = 0; f < 5; ++f) {
      const std::size_t tab = rest.find('\t');
      if (tab == std::string_view::npos) corrupt();
      fields[f] = rest.substr(0, tab);
      rest = rest.substr(tab + 1);
    }
    fields[5] = rest;
    const long long position = number(fields[0]);
    std::size_t k = hint < indicators.size() && indicators[hint].position == position ? hint : 0;
    while (k < indicators.size() && indicators[k].position != position) ++k;
    if (k == indicators.size()) continue;  // an indicator no longer on the evaluation
    auto& i = indicators[k];
    i.computed_weight = number(fields[1]);
    i.computed_score = number(fields[2]);
    i.needs_reason = fields[3] == "1";
    i.rule = unescaped(fields[4]);
    i.detail = unescaped(fields[5]);
    hint = k + 1;
  }
}

}  // namespace jixiao::self_evaluation
