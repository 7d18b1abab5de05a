// The registries of agencies and experts (R-KE-3). A region's performance office and business
// sections keep their region's registry; they, the administrator and viewers read it with the
// regions below; an agency's account reads only its agency, an expert's only their own record;
// units and departments see neither. Records are versioned; suspending and reactivating are
// workflow steps (data/workflows/agency.json, expert.json); every write is audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "key_evaluation/registry_model.h"

namespace jixiao::key_evaluation {

template <class T>
struct RegistryPage {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
  long long total = 0;
};

// A record with what the caller may do with it now (workflow actions: edit, suspend, reactivate).
template <class T>
struct Shown {
  T item;
  std::vector<std::string> actions;
};

class RegistryService {
 public:
  explicit RegistryService(db::Database& db) : db_(db) {}

  RegistryPage<Shown<Agency>> list_agencies(const auth::Principal& me, const RegistryFilter& f);
  Shown<Agency> get_agency(const auth::Principal& me, long long id);
  Shown<Agency> create_agency(const auth::Principal& me, const AgencyInput& in);
  Shown<Agency> update_agency(const auth::Principal& me, long long id, long long version,
                              const AgencyInput& in);
  // action: suspend | reactivate.
  Shown<Agency> agency_step(const auth::Principal& me, long long id, long long version,
                            const std::string& action);
  AgencyYear add_year(const auth::Principal& me, long long agency_id, const AgencyYearInput& in);
  AgencyYear update_year(const auth::Principal& me, long long year_id, long long version,
                         const AgencyYearInput& in);

  RegistryPage<Shown<Expert>> list_experts(const auth::Principal& me, const RegistryFilter& f);
  Shown<Expert> get_expert(const auth::Principal& me, long long id);
  Shown<Expert> create_expert(const auth::Principal& me, const ExpertInput& in);
  Shown<Expert> update_expert(const auth::Principal& me, long long id, long long version,
                              const ExpertInput& in);
  Shown<Expert> expert_step(const auth::Principal& me, long long id, long long version,
                            const std::string& action);

 private:
  db::Database& db_;
};

}  // namespace jixiao::key_evaluation
