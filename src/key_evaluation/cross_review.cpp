#include "key_evaluation/cross_review.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "base/error.h"
#include "self_evaluation/sampling.h"

namespace jixiao::key_evaluation {

namespace {

struct Agency {
  long long id = 0;
  std::uint64_t key = 0;  // the seed's order
  long long reviews = 0;
  std::vector<std::size_t> reviewers;  // indices into the agencies, the seed's order
};

// The seed's order of ids, the same draw as a review's sample (self_evaluation/sampling.h); equal
// keys by the smaller id.
bool seed_before(std::uint64_t key_a, long long id_a, std::uint64_t key_b, long long id_b) {
  return key_a != key_b ? key_a < key_b : id_a < id_b;
}

void check_possible(std::size_t agencies, std::size_t with_reports) {
  if (agencies != with_reports) return;  // an agency without reports can review anyone
  if (agencies == 1)
    throw invalid("agencies", "互审至少需要两家机构：只有一家机构时，它的报告只能由自己评审");
  if (agencies == 2)
    throw invalid("agencies",
                  "两家机构都有报告时无法互审：双方只能互评对方的报告，同一轮中不得互相评审，"
                  "请再加入一家机构");
}

}  // namespace

CrossReviewRound assign_cross_review(const std::vector<AgencyReports>& given, std::uint64_t seed) {
  CrossReviewRound round;
  round.seed = seed;
  // Reports by id with their author's id; agencies by id.
  std::map<long long, long long> author_of;
  std::set<long long> agency_ids;
  for (const auto& a : given) {
    if (!agency_ids.insert(a.agency_id).second)
      throw invalid("agencies", "机构 " + std::to_string(a.agency_id) + " 重复出现");
    for (const long long r : a.report_ids)
      if (!author_of.emplace(r, a.agency_id).second)
        throw invalid("report_ids", "报告 " + std::to_string(r) + " 重复出现");
  }
  std::set<long long> authors;
  for (const auto& [report, author] : author_of) authors.insert(author);
  if (author_of.empty()) {
    for (const long long id : agency_ids) round.loads.push_back({id, 0});
    return round;
  }
  check_possible(agency_ids.size(), authors.size());

  // The agencies in the seed's order.
  std::vector<Agency> agencies;
  for (const long long id : agency_ids)
    agencies.push_back({id, self_evaluation::draw_key(seed, id), 0, {}});
  std::ranges::sort(agencies, [](const Agency& a, const Agency& b) {
    return seed_before(a.key, a.id, b.key, b.id);
  });
  // The circle of the authors, in that order: each reviews the next ⌊(|R| − 1) ÷ 2⌋ ahead, so
  // each is reviewed by as many behind it; agencies without reports review every author.
  std::vector<std::size_t> circle, free_reviewers;
  for (std::size_t i = 0; i < agencies.size(); ++i)
    (authors.contains(agencies[i].id) ? circle : free_reviewers).push_back(i);
  const std::size_t n = circle.size();
  const std::size_t steps = (n - 1) / 2;
  std::map<long long, std::size_t> index_of;
  for (std::size_t pos = 0; pos < n; ++pos) {
    auto& author = agencies[circle[pos]];
    index_of[author.id] = circle[pos];
    for (std::size_t d = 1; d <= steps; ++d) author.reviewers.push_back(circle[(pos + n - d) % n]);
    // The pair opposite each other on an even circle: the first half reviews the second.
    if (n % 2 == 0 && pos >= n / 2) author.reviewers.push_back(circle[pos - n / 2]);
    author.reviewers.insert(author.reviewers.end(), free_reviewers.begin(), free_reviewers.end());
    std::ranges::sort(author.reviewers);  // the seed's order, for ties
  }

  // Reports in the seed's order, each to the least loaded of its author's reviewers.
  struct Pending {
    long long report_id;
    std::uint64_t key;
    std::size_t author, reviewer;
  };
  std::vector<Pending> reports;
  // The reports' keys from the seed's complement: a stream apart from the agencies' keys, so an
  // agency and a report of the same id are not tied together.
  for (const auto& [report, author] : author_of)
    reports.push_back({report, self_evaluation::draw_key(~seed, report), index_of.at(author), 0});
  std::ranges::sort(reports, [](const Pending& a, const Pending& b) {
    return seed_before(a.key, a.report_id, b.key, b.report_id);
  });
  auto least_loaded = [&](const Agency& author) {
    std::size_t best = author.reviewers.front();
    for (const std::size_t r : author.reviewers)
      if (agencies[r].reviews < agencies[best].reviews) best = r;
    return best;
  };
  for (auto& p : reports) {
    p.reviewer = least_loaded(agencies[p.author]);
    ++agencies[p.reviewer].reviews;
  }
  // Single moves while one evens the load: each lowers the sum of squared loads, so it ends.
  for (bool moved = true; moved;) {
    moved = false;
    for (auto& p : reports) {
      const std::size_t to = least_loaded(agencies[p.author]);
      if (agencies[to].reviews + 2 <= agencies[p.reviewer].reviews) {
        --agencies[p.reviewer].reviews;
        ++agencies[to].reviews;
        p.reviewer = to;
        moved = true;
      }
    }
  }

  for (const auto& p : reports)
    round.assignments.push_back({p.report_id, agencies[p.author].id, agencies[p.reviewer].id});
  std::ranges::sort(round.assignments, {}, &CrossAssignment::report_id);
  for (const auto& a : agencies) {
    round.loads.push_back({a.id, a.reviews});
    if (a.reviewers.empty()) continue;
    ReviewerChoice choice{a.id, {}};
    for (const std::size_t r : a.reviewers) choice.reviewer_agency_ids.push_back(agencies[r].id);
    std::ranges::sort(choice.reviewer_agency_ids);
    round.choices.push_back(std::move(choice));
  }
  std::ranges::sort(round.loads, {}, &AgencyLoad::agency_id);
  std::ranges::sort(round.choices, {}, &ReviewerChoice::author_agency_id);
  return round;
}

}  // namespace jixiao::key_evaluation
