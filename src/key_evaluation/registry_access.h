// Who reads and keeps the registries (R-KE-3), and their workflows: shared by the agencies' and
// the experts' halves of RegistryService.
#pragma once

#include <soci/soci.h>

#include <string>

#include "auth/model.h"
#include "key_evaluation/registry_model.h"
#include "workflow/workflow.h"

namespace jixiao::key_evaluation {

const workflow::Workflow& agency_workflow();
const workflow::Workflow& expert_workflow();

// The agencies a caller reads: finance and viewers their regions; an agency's account its agency.
// Others: 403.
RegistryReader agency_reader(soci::session& s, const auth::Principal& me);
// The experts a caller reads: finance and viewers their regions; an expert their own record.
RegistryReader expert_reader(const auth::Principal& me);

// The performance office or a business section of the record's own region.
bool keeps_registry(const auth::Principal& me, long long region_id);
workflow::Actors registry_actors(const auth::Principal& me, long long region_id);

// Throws forbidden unless the caller keeps some region's registry.
void require_keeper(const auth::Principal& me);

// Checks a text field: required (not empty) when present, at most max_chars characters.
void check_text(const std::optional<std::string>& v, const char* field, const char* label,
                std::size_t max_chars, bool required);
// A telephone number: digits, spaces, +, - and parentheses, at most 30 characters.
void check_phone(const std::optional<std::string>& v, const char* field);

}  // namespace jixiao::key_evaluation
