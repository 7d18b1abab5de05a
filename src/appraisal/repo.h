// SQL of the appraisal: the subjects of a scorecard, the rows behind an item, and the
// appraisals table (migration 0027).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "appraisal/model.h"

namespace jixiao::appraisal::repo {

struct Place {
  long long id = 0;
  std::string name;
  std::string path;  // regions only
};

// The departments of a region's own level, by code.
std::vector<Place> departments(soci::session& s, long long region_id);
// The regions a level down, by code.
std::vector<Place> lower_regions(soci::session& s, long long region_id);
// Every region of a tree with its path (to fold counts into the lower regions).
std::vector<Place> tree(soci::session& s, const std::string& path);

// A page of the rows behind an item for one subject (kind, then title, then id), and their counts.
RowsPage rows(soci::session& s, const ItemSource& source, const Context& c, const Subject& subject,
              int limit, long long offset);

std::optional<Appraisal> find(soci::session& s, long long id);
std::optional<Appraisal> find_for(soci::session& s, long long region_id, long long year,
                                  const std::string& subject);
std::vector<Appraisal> list(soci::session& s, long long region_id, long long year);
long long insert(soci::session& s, long long region_id, long long year, const std::string& subject,
                 const std::string& status, long long created_by, const std::string& at);
// Guarded by the version: false when it changed meanwhile.
bool set_computed(soci::session& s, const Appraisal& a, const std::string& status,
                  const std::string& scores, long long by, const std::string& at);
bool set_issued(soci::session& s, const Appraisal& a, const std::string& status,
                long long document_id, long long by, const std::string& at);

}  // namespace jixiao::appraisal::repo
