#include "projects/json.h"

#include <boost/json.hpp>

#include "base/money.h"

namespace jixiao::projects {

boost::json::object project_json(const Project& p) {
  boost::json::object o;
  o["id"] = p.id;
  o["region_id"] = p.region_id;
  o["region_name"] = p.region_name;
  o["year"] = p.year;
  o["code"] = p.code;
  o["name"] = p.name;
  o["unit_id"] = p.unit_id;
  o["unit_name"] = p.unit_name;
  o["department_id"] = p.department_id;
  o["department_name"] = p.department_name;
  o["fund_type"] = p.fund_type;
  o["fund_type_label"] = fund_type_label(p.fund_type);
  o["amount_fen"] = p.amount_fen;
  o["amount_wan"] = format_wan(p.amount_fen);
  o["function_class"] = p.function_class;
  o["category"] = p.category;
  o["category_label"] = category_label(p.category);
  o["parent_id"] = p.parent_id ? boost::json::value(p.parent_id) : nullptr;
  boost::json::array tags;
  for (const auto& t : bits_to_tags(p.tags)) tags.emplace_back(t);
  o["tags"] = std::move(tags);
  o["status"] = p.status;
  o["status_label"] = status_label(p.status);
  o["version"] = p.version;
  o["created_at"] = p.created_at;
  o["updated_at"] = p.updated_at;
  return o;
}

boost::json::object gate_json(const std::vector<GateCondition>& conditions) {
  bool ready = true;
  boost::json::array list;
  for (const auto& c : conditions) {
    ready = ready && c.met;
    list.push_back({{"key", c.key},
                    {"rule", c.rule},
                    {"label", c.label},
                    {"met", c.met},
                    {"detail", c.detail},
                    {"link", c.link}});
  }
  return {{"ready", ready}, {"conditions", std::move(list)}};
}

}  // namespace jixiao::projects
