// Ranking indicator suggestions while a target is written: library indicators of the project's
// industry and indicators that similar projects used, best first. Pure; integer scores.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "targets/model.h"

namespace jixiao::targets {

struct Candidate {
  std::string source;  // library | history
  Indicator indicator;
  std::string definition;       // library only
  bool industry_match = false;  // library: the project's own industry (not 共性)
  std::string industry_name;    // library: for the reason
  std::string project_name;     // history: the project that used it
};

struct Ranked {
  std::string source;
  int score = 0;
  std::string reason;
  Indicator indicator;
  std::string definition;
};

// Candidates of the same name (ignoring spaces) are merged; history counts how many projects
// used it. With words, only indicators whose names share a bigram with them are kept.
std::vector<Ranked> rank_candidates(const std::vector<Candidate>& candidates,
                                    const std::string& project_name,
                                    const std::optional<std::string>& words, int limit);

}  // namespace jixiao::targets
