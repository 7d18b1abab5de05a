#include "key_evaluation/statistics.h"

#include <algorithm>

namespace jixiao::key_evaluation {

std::string_view status_group(std::string_view status) {
  if (status == "planned") return "planned";
  if (status == "finalised" || status == "results_sent") return "finalised";
  return "under_way";
}

void Figures::add(const EvaluationCell& c) {
  evaluations += c.count;
  budget_fen += c.budget_fen;
  const auto g = status_group(c.status);
  (g == "planned" ? planned : g == "finalised" ? finalised : under_way) += c.count;
  commissioned += c.commissioned;
  contract_fen += c.contract_fen;
  settled += c.settled;
  payable_fen += c.payable_fen;
  deducted_fen += c.settled_contract_fen - c.payable_fen;
}

void Figures::add(const FindingCell& c, std::string_view today) {
  findings += c.count;
  for (long long k = 0; k < c.count; ++k)
    rectify::count_finding(rectification, c.status, c.due, today);
}

void Figures::add(const Figures& f) {
  evaluations += f.evaluations;
  budget_fen += f.budget_fen;
  planned += f.planned;
  under_way += f.under_way;
  finalised += f.finalised;
  commissioned += f.commissioned;
  contract_fen += f.contract_fen;
  settled += f.settled;
  payable_fen += f.payable_fen;
  deducted_fen += f.deducted_fen;
  findings += f.findings;
  rectification.due += f.rectification.due;
  rectification.closed += f.rectification.closed;
  rectification.overdue += f.rectification.overdue;
}

Rates rates_of(const Figures& f) {
  Rates r;
  r.finalised_share = format_rate(f.finalised, f.evaluations);
  r.commissioned_share = format_rate(f.commissioned, f.evaluations);
  r.payable_share = format_rate(f.payable_fen, f.payable_fen + f.deducted_fen);
  r.rectification_rate = rectify::rectification_rate(f.rectification);
  return r;
}

namespace {

// Groups keyed by code, listed in the given order first, then the others by code.
class Grouping {
 public:
  void add(const std::string& key, long long count, Fen fen) {
    auto& g = groups_[key];
    g.key = key;
    g.evaluations += count;
    g.budget_fen += fen;
  }

  std::vector<Group> list(const std::vector<std::string>& order, const Figures& all) {
    std::vector<Group> out;
    for (const auto& k : order)
      if (auto it = groups_.find(k); it != groups_.end()) {
        out.push_back(it->second);
        groups_.erase(it);
      }
    for (auto& [k, g] : groups_) out.push_back(g);
    for (auto& g : out) {
      g.count_share = format_rate(g.evaluations, all.evaluations);
      g.budget_share = format_rate(g.budget_fen, all.budget_fen);
    }
    return out;
  }

 private:
  std::map<std::string, Group> groups_;
};

}  // namespace

void sum_statistics(Statistics& st, const std::vector<EvaluationCell>& evaluations,
                    const std::vector<FindingCell>& findings, const Placement& p,
                    const GroupOrder& order) {
  // Rows: the looked-at region's own level first, then each child, even empty.
  std::map<long long, Figures> rows;
  const auto row_of = [&](long long region) -> Figures* {
    if (p.children.empty()) return nullptr;
    if (region == p.looked_at) return &rows[region];
    const auto it = p.row_of.find(region);
    return it == p.row_of.end() ? nullptr : &rows[it->second];
  };
  Grouping kinds, funds, grades, statuses, modes;
  for (const auto& c : evaluations) {
    st.total.add(c);
    if (auto* r = row_of(c.region_id)) r->add(c);
    kinds.add(c.kind, c.count, c.budget_fen);
    funds.add(c.fund_type, c.count, c.budget_fen);
    if (status_group(c.status) == "finalised")
      grades.add(c.grade.empty() ? "ungraded" : c.grade, c.count, c.budget_fen);
    statuses.add(std::string(status_group(c.status)), c.count, c.budget_fen);
    modes.add(c.mode, c.count, c.budget_fen);
  }
  for (const auto& c : findings) {
    st.total.add(c, st.today);
    if (auto* r = row_of(c.region_id)) r->add(c, st.today);
  }
  st.by_kind = kinds.list(order.kinds, st.total);
  st.by_fund_type = funds.list(order.fund_types, st.total);
  Figures finalised;
  finalised.evaluations = st.total.finalised;
  for (const auto& c : evaluations)
    if (status_group(c.status) == "finalised") finalised.budget_fen += c.budget_fen;
  auto grade_order = order.grades;
  grade_order.push_back("ungraded");
  st.by_grade = grades.list(grade_order, finalised);
  st.by_status = statuses.list({"planned", "under_way", "finalised"}, st.total);
  st.by_mode = modes.list({"agency", "finance"}, st.total);
  st.by_region.clear();
  if (!p.children.empty()) {
    st.by_region.push_back({p.looked_at, p.looked_at_name, true, rows[p.looked_at]});
    for (const auto& [id, name] : p.children) st.by_region.push_back({id, name, false, rows[id]});
  }
}

}  // namespace jixiao::key_evaluation
