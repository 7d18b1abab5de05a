// The list contract every list answers: {"items": [...], "next_cursor": "..."|null, "total": N}.
// A list that counts its total on the first page only leaves "total" out of later pages.
#pragma once

#include <boost/json/array.hpp>
#include <optional>
#include <string>

#include "http/message.h"

namespace jixiao::http {

boost::json::object list_object(boost::json::array items,
                                const std::optional<std::string>& next_cursor,
                                std::optional<long long> total);
Response list_json(boost::json::array items, const std::optional<std::string>& next_cursor,
                   long long total);
// A list that is never paged (a region's sections, a document's files): total is its size.
Response list_json(boost::json::array items);

}  // namespace jixiao::http
