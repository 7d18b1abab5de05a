#include "http/list_json.h"

#include <boost/json.hpp>

namespace jixiao::http {

boost::json::object list_object(boost::json::array items,
                                const std::optional<std::string>& next_cursor,
                                std::optional<long long> total) {
  boost::json::object o;
  o["items"] = std::move(items);
  o["next_cursor"] = next_cursor ? boost::json::value(*next_cursor) : nullptr;
  if (total) o["total"] = *total;
  return o;
}

Response list_json(boost::json::array items, const std::optional<std::string>& next_cursor,
                   long long total) {
  return Response::json(list_object(std::move(items), next_cursor, total));
}

Response list_json(boost::json::array items) {
  const auto n = static_cast<long long>(items.size());
  return list_json(std::move(items), std::nullopt, n);
}

}  // namespace jixiao::http
