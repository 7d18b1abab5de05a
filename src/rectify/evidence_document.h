// Evidence of rectification (整改佐证材料) attaches to a finding through the evidence registry.
#pragma once

#include "evidence/documents.h"

namespace jixiao::rectify {

evidence::DocumentType evidence_document();

}  // namespace jixiao::rectify
