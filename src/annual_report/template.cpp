#include "annual_report/template.h"

#include <set>

#include "annual_report/narrative.h"
#include "base/money.h"
#include "documents/numbering.h"

namespace jixiao::annual_report {

namespace {

// A figure's sentence, written as the seeds write it. Markers: {who} the part's name (全州, 州级,
// 县级, 云溪县), {n:code} a figure's count, {m:code} its money in 万元, {r:code} a rate. `none` is
// said instead when the first figure counts nothing for the part.
struct Spec {
  std::string section;
  std::string some;
  std::string none;
};

const std::vector<Spec>& specs() {
  static const std::vector<Spec> s = {
      {"assessment", "{who}开展事前绩效评估项目{n:assessment.all}个，金额{m:assessment.all}万元",
       "{who}未开展事前绩效评估"},
      {"targets",
       "{who}{n:targets.projects}个项目实施了绩效目标管理，金额{m:targets.projects}万元，"
       "占项目支出总额的{r:targets.coverage}",
       "{who}没有项目实施绩效目标管理"},
      {"budget_review",
       "{who}预算评审送审金额{m:budget_review.submitted}万元，审减金额{m:budget_review.cut}"
       "万元，审减率{r:budget_review.cut_rate}",
       "{who}未开展预算评审"},
      {"monitoring",
       "{who}开展绩效运行监控项目{n:monitoring.projects}个，金额{m:monitoring.projects}万元，"
       "占项目支出总额的{r:monitoring.coverage}",
       "{who}未开展绩效运行监控"},
      {"self_evaluation",
       "{who}开展绩效自评项目{n:self_evaluation.projects}个，金额{m:self_evaluation.projects}"
       "万元",
       "{who}未开展绩效自评"},
      {"review",
       "{who}抽取{n:review.sampled}个项目或部门整体开展绩效自评复核，金额{m:review.sampled}万元",
       "{who}未开展绩效自评复核"},
      {"key_evaluation",
       "{who}开展财政重点评价{n:key_evaluation.all}个，金额{m:key_evaluation.all}万元",
       "{who}未开展财政重点评价"},
      {"rectification",
       "{who}评价发现问题{n:findings.all}个，已整改销号{n:findings.closed}个，问题整改率"
       "{r:findings.rectification_rate}",
       "{who}评价未发现需要整改的问题"},
      {"result_application",
       "{who}依据评价结果调整预算安排的项目{n:result_application.actions}个，涉及金额"
       "{m:result_application.actions}万元",
       "{who}未依据评价结果调整预算安排"},
      {"disclosure", "{who}公开绩效信息{n:disclosure.published}条，公开率{r:disclosure.rate}",
       "{who}未公开绩效信息"},
  };
  return s;
}

// Whose figures a clause says.
struct Who {
  std::string name;
  std::string part;  // all, own, region
  long long region_id = 0;
};

const Amount* amount_of(const Figure& f, const Who& who) {
  if (who.part == "all") return &f.total;
  if (who.part == "own") return &f.own;
  if (who.part == "lower") return &f.lower;
  for (const auto& r : f.regions)
    if (r.region_id == who.region_id) return &r.amount;
  return nullptr;
}

const Rate* find_rate(const FigureSet& set, const std::string& code) {
  for (const auto& r : set.rates)
    if (r.code == code) return &r;
  return nullptr;
}

// A rate for a part; for one lower region it is worked out from its figures (R-MON-2).
std::string rate_text(const FigureSet& set, const Rate& rate, const Who& who) {
  if (who.part == "all") return rate.total;
  if (who.part == "own") return rate.own;
  if (who.part == "lower") return rate.lower;
  const auto* num = set.find(rate.numerator);
  const auto* den = set.find(rate.denominator);
  if (!num || !den) return "—";
  const auto* a = amount_of(*num, who);
  const auto* b = amount_of(*den, who);
  if (!a || !b) return "—";
  const auto text = rate.by_money ? format_rate(a->fen, b->fen) : format_rate(a->count, b->count);
  return text == "—" ? text : text + "%";
}

FigureRef ref(const std::string& code, const Who& who, const std::string& measure, long long fy) {
  return {code, who.part, who.region_id, measure, fy};
}

// The figure codes a spec's markers name, in order.
std::vector<std::string> codes_of(const std::string& pattern) {
  std::vector<std::string> out;
  for (auto at = pattern.find('{'); at != std::string::npos; at = pattern.find('{', at + 1)) {
    const auto end = pattern.find('}', at);
    const auto colon = pattern.find(':', at);
    if (end == std::string::npos || colon == std::string::npos || colon > end) continue;
    out.push_back(pattern.substr(colon + 1, end - colon - 1));
  }
  return out;
}

bool spec_applies(const FigureSet& set, const Spec& spec) {
  // Every figure it names; a rate it lacks drops its clause instead.
  for (auto at = spec.some.find('{'); at != std::string::npos; at = spec.some.find('{', at + 1)) {
    const auto end = spec.some.find('}', at);
    if (spec.some[at + 2] != ':' || spec.some[at + 1] == 'r') continue;
    if (!set.find(spec.some.substr(at + 3, end - at - 3))) return false;
  }
  return true;
}

// The clause of one part; a rate the figures lack drops the clause after the last comma before
// it (", 占项目支出总额的…") rather than printing nothing.
void clause(std::vector<Run>& out, const FigureSet& set, const std::string& pattern, const Who& who,
            long long fy) {
  std::size_t from = 0;
  for (;;) {
    const auto at = pattern.find('{', from);
    out.push_back({pattern.substr(from, at == std::string::npos ? std::string::npos : at - from),
                   std::nullopt});
    if (at == std::string::npos) break;
    const auto end = pattern.find('}', at);
    const std::string marker = pattern.substr(at + 1, end - at - 1);
    from = end + 1;
    if (marker == "who") {
      out.back().text += who.name;
      continue;
    }
    const char kind = marker[0];
    const std::string code = marker.substr(2);
    if (kind == 'r') {
      const auto* rate = find_rate(set, code);
      out.push_back({rate_text(set, *rate, who), ref(code, who, "rate", fy)});
      continue;
    }
    const auto* f = set.find(code);
    const auto* a = amount_of(*f, who);
    out.push_back({kind == 'n' ? count_text(a ? a->count : 0) : wan_text(a ? a->fen : 0),
                   ref(code, who, kind == 'n' ? "count" : "fen", fy)});
  }
  std::erase_if(out, [](const Run& r) { return !r.figure && r.text.empty(); });
}

// Drops the clause of a rate the figures lack (", 占项目支出总额的{r:x}") and the money of a
// figure that counts none (", 金额{m:x}万元"), from the comma before the marker.
std::string without_missing(const FigureSet& set, std::string pattern) {
  const auto missing = [&](char kind, const std::string& code) {
    if (kind == 'r') return !find_rate(set, code);
    const auto* f = set.find(code);
    return kind == 'm' && f && !f->money;
  };
  for (;;) {
    bool dropped = false;
    for (auto at = pattern.find('{'); at != std::string::npos; at = pattern.find('{', at + 1)) {
      const auto end = pattern.find('}', at);
      if (end == std::string::npos || pattern[at + 2] != ':') continue;
      if (!missing(pattern[at + 1], pattern.substr(at + 3, end - at - 3))) continue;
      const auto comma = pattern.rfind("，", at);
      const auto start = comma == std::string::npos ? at : comma;
      auto stop = end + 1;
      if (pattern.compare(stop, 6, "万元") == 0) stop += 6;
      pattern.erase(start, stop - start);
      dropped = true;
      break;
    }
    if (!dropped) return pattern;
  }
}

bool counts_nothing(const FigureSet& set, const Spec& spec, const Who& who) {
  const auto codes = codes_of(spec.some);
  for (const auto& code : codes) {
    const auto* f = set.find(code);
    if (!f) continue;
    const auto* a = amount_of(*f, who);
    return !a || (a->count == 0 && a->fen == 0);
  }
  return false;
}

// A figure no spec says, in the words of its label: "{who}{label}{n}{unit}，金额{m}万元".
Spec generic_spec(const Figure& f) {
  std::string some = "{who}" + f.label + "{n:" + f.code + "}" + f.unit;
  if (f.money) some += "，金额{m:" + f.code + "}万元";
  return {f.section, some, "{who}" + f.label + "为零"};
}

// "{Y}年全州…。其中州级…；县级…，其中云溪县…，松岚县…。"
// The main figures of a section (those a spec says) go down to each lower region; the others stop
// at the lower level, as the bureaus' reports do, so that the report stays readable.
std::vector<Run> figure_sentence(const FigureSet& set, const Spec& raw, long long fy,
                                 bool by_region, bool lead) {
  Spec spec{raw.section, without_missing(set, raw.some), raw.none};
  std::vector<Run> out;
  const auto say = [&](const Who& who) {
    clause(out, set, counts_nothing(set, spec, who) ? spec.none : spec.some, who, fy);
  };
  // The year opens a section's first sentence only.
  if (lead) out.push_back({std::to_string(set.work_year) + "年", std::nullopt});
  say({whole_label(set.region_name), "all", 0});
  // Nothing in the whole region: nothing to say of its levels either.
  if (set.has_lower && !counts_nothing(set, spec, {"", "all", 0})) {
    out.push_back({"。其中", std::nullopt});
    say({set.own_label, "own", 0});
    out.push_back({"；", std::nullopt});
    say({set.lower_label, "lower", 0});
    const auto codes = codes_of(spec.some);
    const auto* first = codes.empty() ? nullptr : set.find(codes.front());
    if (by_region && first && !first->regions.empty() &&
        !counts_nothing(set, spec, {"", "lower", 0})) {
      out.push_back({"（", std::nullopt});
      for (std::size_t i = 0; i < first->regions.size(); ++i) {
        if (i) out.push_back({"；", std::nullopt});
        const auto& r = first->regions[i];
        say({r.name, "region", r.region_id});
      }
      out.push_back({"）", std::nullopt});
    }
  }
  out.push_back({"。", std::nullopt});
  // Neighbouring text runs merge, so a sentence reads as few runs as it has figures.
  std::vector<Run> merged;
  for (auto& r : out) {
    if (!r.figure && !merged.empty() && !merged.back().figure)
      merged.back().text += r.text;
    else
      merged.push_back(std::move(r));
  }
  return merged;
}

const char* kOrdinals[] = {"一", "二", "三",   "四",   "五",   "六",   "七",  "八",
                           "九", "十", "十一", "十二", "十三", "十四", "十五"};

std::string numbered(int level, int n) {
  const std::string cn = n >= 1 && n <= 15 ? kOrdinals[n - 1] : std::to_string(n);
  switch (level) {
    case 1:
      return cn + "、";
    case 2:
      return "（" + cn + "）";
    case 3:
      return std::to_string(n) + ".";
    default:
      return "（" + std::to_string(n) + "）";
  }
}

Block heading(int level, int n, const std::string& text, const std::string& section) {
  return {Block::Kind::heading, level, section, {{numbered(level, n) + text, std::nullopt}}};
}

// The bureau's words for a field: one paragraph a line, placeholders expanded.
void narrative_paragraphs(std::vector<Block>& out, const FigureSet& set, const Narrative& n,
                          const std::string& key, const std::string& section) {
  const auto it = n.find(key);
  if (it == n.end()) return;
  std::size_t from = 0;
  const std::string& text = it->second;
  while (from <= text.size()) {
    const auto nl = text.find('\n', from);
    std::string line = text.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back({Block::Kind::paragraph, 0, section, expand_runs(line, set)});
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
}

// "3822" → "3,822".
std::string grouped(const std::string& digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string year_note(long long fy) { return "（" + std::to_string(fy) + "年预算）"; }

}  // namespace

std::string Block::text() const {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

const std::vector<ReportSection>& report_sections() {
  static const std::vector<ReportSection> s = {
      {"assessment", "事前绩效评估", ""},
      {"targets", "绩效目标管理", ""},
      {"budget_review", "预算评审", ""},
      {"monitoring", "绩效运行监控", ""},
      {"evaluation", "绩效评价", ""},
      {"self_evaluation", "部门绩效自评", "evaluation"},
      {"review", "自评复核", "evaluation"},
      {"key_evaluation", "财政重点评价", "evaluation"},
      {"result_use", "评价结果应用", ""},
      {"rectification", "问题整改", "result_use"},
      {"result_application", "结果与预算安排挂钩", "result_use"},
      {"disclosure", "绩效信息公开", ""},
      {"appraisal", "绩效管理考核", ""},
  };
  return s;
}

std::vector<NarrativeField> narrative_fields() {
  std::vector<NarrativeField> out{{"opening", "开篇"}};
  for (const auto& s : report_sections()) out.push_back({s.code, s.label});
  out.push_back({"problems", "存在的问题"});
  out.push_back({"plans", "下一步工作计划"});
  return out;
}

long long section_fiscal_year(const FigureSet& set, const std::string& section) {
  for (const auto& s : set.sections)
    if (s.section == section) return s.fiscal_year;
  // A heading over sections counts the year of its first.
  for (const auto& info : report_sections())
    if (info.parent == section) return section_fiscal_year(set, info.code);
  return set.work_year;
}

std::string whole_label(const std::string& region_name) {
  // The last character of a name says its kind: 州, 市, 县, 区, 省.
  std::string out = "全";
  out.append(region_name.size() < 3 ? region_name : region_name.substr(region_name.size() - 3));
  return out;
}

std::string count_text(long long n) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  return (n < 0 ? "-" : "") + grouped(digits);
}

std::string wan_text(long long fen) {
  const std::string wan = format_wan(fen);  // "608614.27"
  const auto dot = wan.find('.');
  const bool negative = !wan.empty() && wan[0] == '-';
  std::string out = negative ? "-" : "";
  out += grouped(wan.substr(negative ? 1 : 0, dot == std::string::npos ? dot : dot - negative));
  if (dot != std::string::npos) out += wan.substr(dot);
  return out;
}

ReportDocument report_of(const FigureSet& set, const Narrative& narrative,
                         const std::string& date) {
  ReportDocument doc;
  doc.region_name = set.region_name;
  doc.work_year = set.work_year;
  doc.title = set.region_name + std::to_string(set.work_year) + "年度预算绩效管理工作报告";
  doc.issuer = set.region_name + "财政局";
  doc.date_text = documents::chinese_date(date);
  auto& b = doc.blocks;
  if (narrative.contains("opening")) {
    narrative_paragraphs(b, set, narrative, "opening", "");
  } else {
    b.push_back({Block::Kind::paragraph,
                 0,
                 "",
                 {{std::to_string(set.work_year) + "年，" + set.region_name +
                       "按照全面实施预算绩效管理的要求，推进事前、事中、事后绩效管理。现将有关"
                       "情况报告如下：",
                   std::nullopt}}});
  }
  b.push_back(heading(1, 1, "预算绩效管理工作开展情况", ""));
  // Figures whose section no spec says are said by their labels, after the section's specs.
  std::set<std::string> said;
  int top = 0;
  int sub = 0;
  for (const auto& info : report_sections()) {
    const long long fy = section_fiscal_year(set, info.code);
    if (info.parent.empty()) {
      sub = 0;
      b.push_back(heading(2, ++top, info.label + year_note(fy), info.code));
    } else {
      b.push_back(heading(3, ++sub, info.label, info.code));
    }
    narrative_paragraphs(b, set, narrative, info.code, info.code);
    std::vector<Run> runs;
    for (const auto& spec : specs()) {
      if (spec.section != info.code || !spec_applies(set, spec)) continue;
      for (const auto& code : codes_of(spec.some)) said.insert(code);
      const auto sentence = figure_sentence(set, spec, fy, true, runs.empty());
      runs.insert(runs.end(), sentence.begin(), sentence.end());
    }
    for (const auto& f : set.figures) {
      if (f.section != info.code || said.contains(f.code)) continue;
      said.insert(f.code);
      const auto sentence = figure_sentence(set, generic_spec(f), fy, false, runs.empty());
      runs.insert(runs.end(), sentence.begin(), sentence.end());
    }
    // A rate no sentence gave is said after its numerator's section's figures.
    for (const auto& r : set.rates) {
      const auto* num = set.find(r.numerator);
      if (!num || num->section != info.code || said.contains(r.code)) continue;
      said.insert(r.code);
      const Spec spec{info.code, "{who}" + r.label + "{r:" + r.code + "}", ""};
      const auto sentence = figure_sentence(set, spec, fy, false, runs.empty());
      runs.insert(runs.end(), sentence.begin(), sentence.end());
    }
    if (!runs.empty()) b.push_back({Block::Kind::paragraph, 0, info.code, std::move(runs)});
  }
  b.push_back(heading(1, 2, "存在的问题", "problems"));
  narrative_paragraphs(b, set, narrative, "problems", "problems");
  b.push_back(heading(1, 3, "下一步工作计划", "plans"));
  narrative_paragraphs(b, set, narrative, "plans", "plans");
  return doc;
}

std::string plain_text(const ReportDocument& doc) {
  std::string out = doc.title + "\n\n";
  for (const auto& b : doc.blocks) {
    if (b.kind == Block::Kind::paragraph) out += "　　";
    out += b.text() + "\n";
  }
  out += "\n" + doc.issuer + "\n" + doc.date_text + "\n";
  return out;
}

}  // namespace jixiao::annual_report
