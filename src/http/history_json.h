// The history answer of a document: its audit timeline, oldest first, as a list.
#pragma once

#include <vector>

#include "audit/log.h"
#include "http/message.h"

namespace jixiao::http {

// {"items": [{id, at, actor, action, before, after}], ...}: before and after as stored.
Response history_json(const std::vector<audit::Record>& records);

}  // namespace jixiao::http
