// 项目 as a document that evidence is attached to: read within the read scope, changed within the
// write scope. Registered with the evidence service while the application is wired.
#pragma once

#include "evidence/documents.h"

namespace jixiao::projects {

evidence::DocumentType evidence_document();

}  // namespace jixiao::projects
