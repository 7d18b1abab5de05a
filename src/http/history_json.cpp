#include "http/history_json.h"

#include <boost/json.hpp>

#include "http/list_json.h"

namespace jixiao::http {

Response history_json(const std::vector<audit::Record>& records) {
  boost::json::array items;
  for (const auto& r : records)
    items.push_back({{"id", r.id},
                     {"at", r.at},
                     {"actor", r.entry.actor},
                     // What people read: the name, else "系统" for the command line and demo.
                     {"actor_name", !r.actor_name.empty()   ? r.actor_name
                                    : r.entry.actor_id == 0 ? std::string("系统")
                                                            : r.entry.actor},
                     {"entity", r.entry.entity},
                     {"action", r.entry.action},
                     {"before", boost::json::parse(r.entry.before_json)},
                     {"after", boost::json::parse(r.entry.after_json)}});
  return list_json(std::move(items));
}

}  // namespace jixiao::http
