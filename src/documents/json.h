// The JSON of official documents (docs/API.md).
#pragma once

#include <boost/json.hpp>

#include "documents/model.h"

namespace jixiao::documents {

// With its body (paragraphs and attachments) when `full`, as a list item otherwise.
boost::json::object document_json(const OfficialDocument& d, bool full);

}  // namespace jixiao::documents
