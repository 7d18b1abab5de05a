// The files of a key evaluation (the agency's plan, fieldwork evidence, draft and final report)
// attach to it through the evidence registry. Its readers read them (the office, the agency
// commissioned, the experts assigned); the agency adds and removes them while the work is its
// own (commissioned, fieldwork, rework, revision), and finance when it evaluates itself.
#pragma once

#include "evidence/documents.h"

namespace jixiao::key_evaluation {

evidence::DocumentType evidence_document();

}  // namespace jixiao::key_evaluation
