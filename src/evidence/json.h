// JSON shapes of evidence files, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "evidence/model.h"

namespace jixiao::evidence {

// The file's JSON (never its bytes), with the 中文 label of its type.
boost::json::object evidence_json(const EvidenceFile& f);

}  // namespace jixiao::evidence
