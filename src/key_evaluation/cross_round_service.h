// Cross-review rounds (互审互评, R-KE-5): the office of a region draws a round over its year's
// commissioned reports (each to another agency, never its own, never a reciprocal pair; the draw
// reproducible from the recorded seed, cross_review.h) and closes it; the reviewing agencies
// score the reports they were given. Finance and viewers read their regions' rounds; an agency's
// account the rounds it takes part in, with the reviews it gives or receives only.
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/cross_round_model.h"
#include "key_evaluation/quality.h"

namespace jixiao::key_evaluation {

struct RoundView {
  CrossRound round;
  std::vector<std::string> actions;
};

struct RoundDetail {
  CrossRound round;
  std::vector<std::string> actions;
  std::vector<CrossReview> reviews;
  std::vector<long long> reviewable;  // the reviews the caller may score now
  QualityItems quality_items;         // R-KE-4's sheet of the round's region and year
};

struct RoundInput {
  long long year = 0;
  std::string name;
  std::optional<long long> seed;  // 0 to 2^53 − 1; a fresh one when absent
};

class CrossRoundService {
 public:
  explicit CrossRoundService(db::Database& db) : db_(db) {}

  std::vector<RoundView> list(const auth::Principal& me, std::optional<long long> year);
  RoundDetail get(const auth::Principal& me, long long id);
  RoundDetail create(const auth::Principal& me, const RoundInput& in);
  RoundDetail close(const auth::Principal& me, long long id, long long version);
  // The reviewer agency scores a report it was given while the round is open (R-KE-4's sheet;
  // again as often as it likes until the round closes). `scores`: {item code: points}.
  RoundDetail review(const auth::Principal& me, long long review_id,
                     const boost::json::value& scores, const std::string& comment);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
