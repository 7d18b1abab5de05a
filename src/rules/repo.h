// Storage of a region's rule parameters per year.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "rules/model.h"

namespace jixiao::rules::repo {

struct Override {
  long long region_id = 0;
  std::string rule_id;
  std::string params;  // JSON object
  std::string updated_at;
};

// The overrides of the given regions for a year.
std::vector<Override> overrides(soci::session& s, const std::vector<long long>& region_ids,
                                long long year);
void upsert(soci::session& s, long long region_id, long long year, const std::string& rule_id,
            const std::string& params, long long user_id, const std::string& now);
void remove(soci::session& s, long long region_id, long long year, const std::string& rule_id);

}  // namespace jixiao::rules::repo
