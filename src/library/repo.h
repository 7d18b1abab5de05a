// SQL of the indicator and case libraries. Scope (the regions whose rows are visible) is decided
// by the service and passed in every filter.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "library/model.h"

namespace jixiao::library::repo {

std::vector<LibraryIndicator> list_indicators(soci::session& s, const IndicatorFilter& f);
long long count_indicators(soci::session& s, const IndicatorFilter& f);
std::optional<LibraryIndicator> find_indicator(soci::session& s, long long id);
std::optional<LibraryIndicator> find_indicator_by_name(soci::session& s, long long region_id,
                                                       const std::string& industry,
                                                       const std::string& name);
long long insert_indicator(soci::session& s, const LibraryIndicator& i);
bool update_indicator(soci::session& s, const LibraryIndicator& i, long long expected_version);
void delete_indicator(soci::session& s, long long id);
// The shipped rows (region NULL) are replaced wholesale when the shipped file changes.
void delete_national_indicators(soci::session& s);

std::vector<TargetCase> list_cases(soci::session& s, const CaseFilter& f);
long long count_cases(soci::session& s, const CaseFilter& f);
std::optional<TargetCase> find_case(soci::session& s, long long id);
long long insert_case(soci::session& s, const TargetCase& c);
void delete_case(soci::session& s, long long id);
void delete_national_cases(soci::session& s);

// Which checksum of a shipped data set was loaded last, empty when never.
std::string shipped_checksum(soci::session& s, const std::string& name);
void set_shipped_checksum(soci::session& s, const std::string& name, const std::string& checksum,
                          const std::string& now);

}  // namespace jixiao::library::repo
