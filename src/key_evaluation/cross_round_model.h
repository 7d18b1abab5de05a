// A cross-review round (互审互评, R-KE-5) and its reviews, as stored.
#pragma once

#include <string>

namespace jixiao::key_evaluation {

struct CrossRound {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string name;
  long long seed = 0;
  std::string status;  // open | closed (data/workflows/key_evaluation_cross_round.json)
  long long created_by = 0;
  std::string created_by_name;
  std::string created_at;
  long long version = 1;
  long long reviews = 0, reviewed = 0;  // counted on reading
};

// One report of a round and the agency that reviews it.
struct CrossReview {
  long long id = 0;
  long long round_id = 0;
  long long evaluation_id = 0;
  std::string evaluation_name;
  long long author_agency_id = 0;
  std::string author_agency_name;
  long long reviewer_agency_id = 0;
  std::string reviewer_agency_name;
  std::string scores_json;  // {item code: hundredths}; empty until reviewed
  long long total = -1;     // hundredths; -1 until reviewed
  std::string comment;
  std::string reviewed_by_name;
  std::string reviewed_at;
};

}  // namespace jixiao::key_evaluation
