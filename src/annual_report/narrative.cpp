#include "annual_report/narrative.h"

#include <algorithm>

#include "base/error.h"
#include "base/money.h"

namespace jixiao::annual_report {

namespace {

constexpr const char* kDot = "·";
constexpr std::size_t kMaxField = 60000;  // bytes: 20,000 characters of Chinese

std::string rate_value(const std::string& text) { return text.empty() ? "—" : text; }

// Each `{{token}}` of a text with where it starts and ends.
struct Found {
  std::size_t start = 0;
  std::size_t end = 0;  // past the closing braces
  std::string token;
};

std::vector<Found> tokens_of(const std::string& text) {
  std::vector<Found> out;
  for (auto at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    const auto close = text.find("}}", at + 2);
    if (close == std::string::npos) break;
    out.push_back({at, close + 2, text.substr(at + 2, close - at - 2)});
  }
  return out;
}

const Placeholder* lookup(const std::vector<Placeholder>& all, const std::string& token) {
  for (const auto& p : all)
    if (p.token == token) return &p;
  return nullptr;
}

}  // namespace

std::vector<Placeholder> placeholders(const FigureSet& set) {
  std::vector<Placeholder> out;
  struct PartName {
    const char* name;
    const char* part;
  };
  std::vector<PartName> parts{{"合计", "all"}};
  if (set.has_lower) {
    parts.push_back({"本级", "own"});
    parts.push_back({"下级", "lower"});
  }
  for (const auto& f : set.figures) {
    const long long fy = f.fiscal_year;
    for (const auto& p : parts) {
      const Amount& a = std::string(p.part) == "all"   ? f.total
                        : std::string(p.part) == "own" ? f.own
                                                       : f.lower;
      out.push_back({f.label + kDot + "个数" + kDot + p.name,
                     count_text(a.count),
                     {f.code, p.part, 0, "count", fy}});
      if (f.money)
        out.push_back({f.label + kDot + "金额" + kDot + p.name,
                       wan_text(a.fen),
                       {f.code, p.part, 0, "fen", fy}});
    }
  }
  for (const auto& r : set.rates) {
    const auto* num = set.find(r.numerator);
    const long long fy = num ? num->fiscal_year : set.work_year;
    out.push_back({r.label, rate_value(r.total), {r.code, "all", 0, "rate", fy}});
    if (set.has_lower) {
      out.push_back({r.label + kDot + "本级", rate_value(r.own), {r.code, "own", 0, "rate", fy}});
      out.push_back(
          {r.label + kDot + "下级", rate_value(r.lower), {r.code, "lower", 0, "rate", fy}});
    }
  }
  return out;
}

std::vector<std::string> unknown_placeholders(const std::string& text, const FigureSet& set) {
  const auto all = placeholders(set);
  std::vector<std::string> out;
  for (const auto& f : tokens_of(text))
    if (!lookup(all, f.token) && std::find(out.begin(), out.end(), f.token) == out.end())
      out.push_back(f.token);
  return out;
}

std::vector<Run> expand_runs(const std::string& text, const FigureSet& set) {
  const auto all = placeholders(set);
  std::vector<Run> out;
  const auto plain = [&out](std::string t) {
    if (t.empty()) return;
    if (!out.empty() && !out.back().figure)
      out.back().text += t;
    else
      out.push_back({std::move(t), std::nullopt});
  };
  std::size_t from = 0;
  for (const auto& f : tokens_of(text)) {
    const auto* p = lookup(all, f.token);
    if (!p) continue;
    plain(text.substr(from, f.start - from));
    out.push_back({p->text, p->figure});
    from = f.end;
  }
  plain(text.substr(from));
  return out;
}

std::string expand(const std::string& text, const FigureSet& set) {
  std::string out;
  for (const auto& r : expand_runs(text, set)) out += r.text;
  return out;
}

void check_narrative(const Narrative& narrative, const FigureSet& set) {
  const auto fields = narrative_fields();
  for (const auto& [key, text] : narrative) {
    const auto field = std::find_if(fields.begin(), fields.end(),
                                    [&](const NarrativeField& f) { return f.key == key; });
    if (field == fields.end()) throw invalid("narrative." + key, "报告没有这一部分：" + key);
    if (text.size() > kMaxField)
      throw invalid("narrative." + key, "“" + field->label + "”的文字过长，请分段精简");
    const auto unknown = unknown_placeholders(text, set);
    if (unknown.empty()) continue;
    std::string list;
    for (const auto& u : unknown) list += (list.empty() ? "" : "、") + ("{{" + u + "}}");
    throw invalid("narrative." + key,
                  "“" + field->label + "”中有无法识别的占位符：" + list + "，请从占位符列表中选择");
  }
}

}  // namespace jixiao::annual_report
