#include "key_evaluation/conflicts.h"

#include <algorithm>
#include <functional>

#include "base/text.h"

namespace jixiao::key_evaluation {
namespace {

bool contains(const std::vector<long long>& ids, long long id) {
  return id != 0 && std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool authored(const ConflictCandidate& c, const Authors& a) {
  if (contains(a.agency_ids, c.agency_id) || contains(a.expert_ids, c.expert_id)) return true;
  return std::any_of(c.user_ids.begin(), c.user_ids.end(),
                     [&](long long u) { return contains(a.user_ids, u); });
}

// Names compare after trimming and folding full-width letters, so "州教育体育局 " is the party.
bool same_name(std::string_view a, std::string_view b) {
  const std::string x = trim(fold_full_width(a)), y = trim(fold_full_width(b));
  return !x.empty() && x == y;
}

// The evaluated party as the reasons name it: the unit, else the department, else the subject.
std::string party_name(const ConflictSubject& s) {
  if (!s.unit_name.empty()) return s.unit_name;
  if (!s.department_name.empty()) return s.department_name;
  return s.name;
}

std::string subject_text(const ConflictSubject& s) {
  return " " + std::to_string(s.year) + " 年「" + s.name + "」";
}

// The party of a relation the subject's unit or department matches, or "" for none.
std::string related_to(const Avoidance& a, const ConflictSubject& s) {
  if (a.unit_id != 0) {
    if (a.unit_id == s.unit_id) return s.unit_name.empty() ? a.name : s.unit_name;
    if (a.unit_id == s.department_id) return s.department_name.empty() ? a.name : s.department_name;
    return "";
  }
  if (same_name(a.name, s.unit_name)) return s.unit_name;
  if (same_name(a.name, s.department_name)) return s.department_name;
  return "";
}

std::string join_years(const std::vector<long long>& years) {
  std::string out;
  for (long long y : years) out += (out.empty() ? "" : "、") + std::to_string(y);
  return out;
}

}  // namespace

std::vector<Conflict> find_conflicts(const ConflictCandidate& candidate,
                                     const ConflictSubject& subject, const ConflictFacts& facts,
                                     long long lookback_years) {
  const std::string who = candidate.expert_id != 0 ? "该专家" : "该机构";
  std::vector<Conflict> out;
  auto add = [&](ConflictCode code, std::string reason) {
    out.push_back(Conflict{code, std::move(reason)});
  };

  if (authored(candidate, facts.ex_ante))
    add(ConflictCode::prepared_ex_ante,
        who + "参与编制了" + subject_text(subject) + "的事前绩效评估报告");
  if (authored(candidate, facts.targets))
    add(ConflictCode::prepared_targets, who + "参与编制了" + subject_text(subject) + "的绩效目标");

  for (const Avoidance& a : candidate.avoid) {
    const std::string party = related_to(a, subject);
    if (party.empty()) continue;
    add(ConflictCode::related_party,
        who + "须回避" + party + (a.reason.empty() ? "" : "（" + trim(a.reason) + "）"));
  }
  if (candidate.expert_id != 0) {
    for (const std::string* party : {&subject.unit_name, &subject.department_name})
      if (same_name(candidate.employer, *party)) {
        add(ConflictCode::related_party, who + "任职于被评价方" + *party);
        break;
      }
  }

  if (lookback_years > 0) {
    std::vector<long long> years;
    for (const PastEvaluation& p : facts.past)
      if (p.year >= subject.year - lookback_years && p.year <= subject.year - 1 &&
          std::find(years.begin(), years.end(), p.year) == years.end())
        years.push_back(p.year);
    std::sort(years.begin(), years.end(), std::greater<>());
    if (!years.empty())
      add(ConflictCode::evaluated_recently, who + " " + join_years(years) + " 年评价过" +
                                                party_name(subject) + "（回避期 " +
                                                std::to_string(lookback_years) + " 年）");
  }

  if (candidate.expert_id != 0 && facts.commissioned_agency_id != 0 &&
      (candidate.employer_agency_id == facts.commissioned_agency_id ||
       (candidate.employer_agency_id == 0 &&
        same_name(candidate.employer, facts.commissioned_agency_name))))
    add(ConflictCode::own_agency,
        who + "任职于受托机构" + facts.commissioned_agency_name + "，不能评审本机构的工作");
  return out;
}

std::string_view conflict_code(ConflictCode c) {
  switch (c) {
    case ConflictCode::prepared_ex_ante:
      return "prepared_ex_ante";
    case ConflictCode::prepared_targets:
      return "prepared_targets";
    case ConflictCode::related_party:
      return "related_party";
    case ConflictCode::evaluated_recently:
      return "evaluated_recently";
    case ConflictCode::own_agency:
      return "own_agency";
  }
  return "";
}

}  // namespace jixiao::key_evaluation
