// SQL of the agencies and experts registries. Reads take the reader (its regions, its own agency
// or expert record); writes are guarded by the row's version.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "key_evaluation/registry_model.h"

namespace jixiao::key_evaluation::registry_repo {

std::optional<Agency> find_agency(soci::session& s, long long id, const RegistryReader& who);
std::vector<Agency> list_agencies(soci::session& s, const RegistryFilter& f,
                                  const RegistryReader& who);
long long count_agencies(soci::session& s, const RegistryFilter& f, const RegistryReader& who);
// The agency another of the region already has under this code (0 for none).
long long agency_with_code(soci::session& s, long long region_id, const std::string& code,
                           long long except_id);
long long insert_agency(soci::session& s, const Agency& a);
bool update_agency(soci::session& s, const Agency& a, long long expected_version);
// The agency an account acts for (0 for none).
long long agency_of_user(soci::session& s, long long user_id);
void set_agency_users(soci::session& s, long long agency_id, const std::vector<long long>& users);

std::optional<AgencyYear> find_year(soci::session& s, long long id);
bool year_taken(soci::session& s, long long agency_id, long long year, long long except_id);
long long insert_year(soci::session& s, const AgencyYear& y);
bool update_year(soci::session& s, const AgencyYear& y, long long expected_version);

std::optional<Expert> find_expert(soci::session& s, long long id, const RegistryReader& who);
std::vector<Expert> list_experts(soci::session& s, const RegistryFilter& f,
                                 const RegistryReader& who);
long long count_experts(soci::session& s, const RegistryFilter& f, const RegistryReader& who);
// The expert record an account logs in for (0 for none).
long long expert_of_user(soci::session& s, long long user_id);
long long insert_expert(soci::session& s, const Expert& e);
bool update_expert(soci::session& s, const Expert& e, long long expected_version);

}  // namespace jixiao::key_evaluation::registry_repo
