// The narrative's placeholders, which stay live until the report is frozen: {{label·个数|金额·
// 合计|本级|下级}} for a figure (e.g. {{绩效自评项目·个数·本级}}) and {{rate label}} or {{rate
// label· 本级|下级}} for a rate (e.g. {{审减率}}). Pure.
#pragma once

#include <string>
#include <vector>

#include "annual_report/model.h"
#include "annual_report/template.h"

namespace jixiao::annual_report {

struct Placeholder {
  std::string token;  // 绩效自评项目·个数·本级 (written {{…}})
  std::string text;   // its value now: "872"
  FigureRef figure;
};

// Every placeholder the figures offer, in the figures' order.
std::vector<Placeholder> placeholders(const FigureSet& set);

// The tokens of `text` the figures do not know, once each in their order.
std::vector<std::string> unknown_placeholders(const std::string& text, const FigureSet& set);

// The text with each known placeholder a figure run; an unknown one stays as written.
std::vector<Run> expand_runs(const std::string& text, const FigureSet& set);
std::string expand(const std::string& text, const FigureSet& set);

// A narrative as saved: only known fields, each at most 20,000 characters' worth, no unknown
// placeholder; else invalid("narrative.<field>", a Chinese message listing them).
void check_narrative(const Narrative& narrative, const FigureSet& set);

}  // namespace jixiao::annual_report
