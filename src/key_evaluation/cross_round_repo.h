// SQL of cross-review rounds and their reviews. Rounds are read within a region tree or, for an
// agency's account, where its agency reviews or is reviewed.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "key_evaluation/cross_review.h"
#include "key_evaluation/cross_round_model.h"

namespace jixiao::key_evaluation::cross_round_repo {

// Who reads: the regions under region_path, or (agency_id > 0) the rounds of that agency.
struct RoundReader {
  std::string region_path;
  long long agency_id = 0;
};

std::optional<CrossRound> find(soci::session& s, long long id, const RoundReader& who);
std::vector<CrossRound> list(soci::session& s, std::optional<long long> year,
                             const RoundReader& who);
// The round's reviews; for an agency's reader only those its agency gives or receives.
std::vector<CrossReview> reviews(soci::session& s, long long round_id, const RoundReader& who);

// The reports a round of the region's year takes: its own key evaluations commissioned to an
// agency whose report has been handed in (report review or later), by agency.
std::vector<AgencyReports> reports(soci::session& s, long long region_id, long long year);
// The region's active agencies, which may all review.
std::vector<long long> active_agencies(soci::session& s, long long region_id);

long long insert(soci::session& s, const CrossRound& r);
void insert_review(soci::session& s, long long round_id, const CrossAssignment& a);
bool move(soci::session& s, long long id, const std::string& status, long long expected_version);

// The round a review belongs to; 0 when there is no such review.
long long round_of_review(soci::session& s, long long review_id);
// A review's scores ({item code: hundredths}), total and comment, by whom and when; re-scoring
// replaces them.
void save_review(soci::session& s, long long review_id, const CrossReview& x, long long by);

}  // namespace jixiao::key_evaluation::cross_round_repo
