// Evidence of a self-evaluation (佐证材料) attaches to the evaluation through the evidence
// registry; the evidence service's size limit applies.
#pragma once

#include "evidence/documents.h"

namespace jixiao::self_evaluation {

evidence::DocumentType evidence_document();

}  // namespace jixiao::self_evaluation
