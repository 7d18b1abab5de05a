#include "appraisal/scorecard.h"

#include <algorithm>

#include "base/money.h"
#include "targets/json.h"

namespace jixiao::appraisal {

namespace {

// a / b rounded half up, for a ≥ 0 and b > 0; 128 bits since money numerators reach 10^14 fen.
long long div_half_up(__int128 a, __int128 b) {
  return static_cast<long long>((2 * a + b) / (2 * b));
}

const ItemCounts* find(const std::vector<ItemCounts>& counts, const std::string& item) {
  for (const auto& c : counts)
    if (c.item == item) return &c;
  return nullptr;
}

}  // namespace

SubjectScore score_subject(const std::vector<ItemWeight>& weights,
                           const std::vector<ItemCounts>& counts, NotApplicable rule) {
  SubjectScore out;
  long long applied_weight = 0;
  for (const auto& w : weights) {
    ItemScore s;
    s.item = w.item;
    s.weight = w.weight;
    if (const auto* c = find(counts, w.item)) {
      s.numerator = c->numerator;
      s.denominator = c->denominator;
      s.applied = c->applied && c->denominator > 0;
    } else {
      s.applied = false;
    }
    s.rate = s.denominator > 0 ? format_rate(s.numerator, s.denominator) : "—";
    if (s.applied) applied_weight += w.weight;
    out.items.push_back(std::move(s));
  }
  const long long full = [&] {
    long long sum = 0;
    for (const auto& w : weights) sum += w.weight;
    return sum;
  }();
  if (applied_weight == 0) return out;  // nothing applies: no total, no rank
  long long total = 0;
  for (auto& s : out.items) {
    if (!s.applied) {
      if (rule == NotApplicable::zero) s.points = 0;
      continue;
    }
    // weight × (full ÷ applied) × (numerator ÷ denominator), one rounding.
    const long long scale = rule == NotApplicable::rescale ? applied_weight : full;
    s.effective_weight = div_half_up(static_cast<__int128>(s.weight) * full, scale);
    const long long num = std::min(s.numerator, s.denominator);  // a rate above 100 % scores full
    s.points = div_half_up(static_cast<__int128>(s.weight) * full * num,
                           static_cast<__int128>(scale) * s.denominator);
    total += *s.points;
  }
  out.total = total;
  return out;
}

std::vector<long long> rank(const std::vector<std::optional<long long>>& totals) {
  std::vector<long long> out(totals.size(), 0);
  for (std::size_t i = 0; i < totals.size(); ++i) {
    if (!totals[i]) continue;
    long long above = 0;
    for (const auto& t : totals)
      if (t && *t > *totals[i]) ++above;
    out[i] = above + 1;
  }
  return out;
}

std::string points_text(long long h) { return targets::points(h); }

}  // namespace jixiao::appraisal
