// Evidence files (评估报告附件, 测算依据) attach to an assessment through the evidence registry.
#pragma once

#include "evidence/documents.h"

namespace jixiao::assessment {

evidence::DocumentType evidence_document();

}  // namespace jixiao::assessment
