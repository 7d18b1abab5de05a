// The workflow of a disclosure item: its states and who moves it on are the table in
// data/workflows/disclosure.json; this file says which of its actors a caller plays.
#pragma once

#include "auth/model.h"
#include "disclosure/model.h"
#include "workflow/workflow.h"

namespace jixiao::disclosure {

// due 待公开 → published 已公开 → withdrawn 已撤回 → published again.
const workflow::Workflow& disclosure_workflow();

// office: the performance office of the item's region (publishes and withdraws it).
workflow::Actors disclosure_actors(const auth::Principal& me, const Disclosure& d);

}  // namespace jixiao::disclosure
