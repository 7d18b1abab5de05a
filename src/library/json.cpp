#include "library/json.h"

#include <boost/json.hpp>

#include "base/money.h"
#include "library/framework.h"
#include "library/vocabulary.h"

namespace jixiao::library {

boost::json::object indicator_json(const LibraryIndicator& i) {
  const auto& f = latest_framework();
  const auto* industry = find_industry(i.industry);
  return {{"id", i.id},
          {"region_id", i.region_id ? boost::json::value(i.region_id) : nullptr},
          {"national", i.region_id == 0},
          {"industry", i.industry},
          {"industry_name", industry ? industry->name : std::string("共性指标")},
          {"category", i.category},
          {"category_label", f.category_label(i.category)},
          {"subcategory", i.subcategory},
          {"subcategory_label", f.subcategory_label(i.subcategory)},
          {"name", i.name},
          {"definition", i.definition},
          {"unit", i.unit},
          {"comparator", i.comparator},
          {"comparator_label", comparator_label(i.comparator)},
          {"typical_value", i.typical_value},
          {"direction", i.direction},
          {"direction_label", direction_label(i.direction)},
          {"value_basis", i.value_basis},
          {"value_basis_label", value_basis_label(i.value_basis)},
          {"version", i.version},
          {"updated_at", i.updated_at}};
}

boost::json::object case_json(const TargetCase& c, bool with_indicators) {
  const auto* industry = find_industry(c.industry);
  boost::json::object o{
      {"id", c.id},
      {"region_id", c.region_id ? boost::json::value(c.region_id) : nullptr},
      {"national", c.region_id == 0},
      {"industry", c.industry},
      {"industry_name", industry ? industry->name : std::string("共性")},
      {"function_class", c.function_class},
      {"name", c.name},
      {"amount_fen", c.amount_fen},
      {"amount_wan", format_wan(c.amount_fen)},
      {"indicator_count", c.indicators.size()},
      {"source_target_id", c.source_target_id ? boost::json::value(c.source_target_id) : nullptr},
      {"created_at", c.created_at}};
  if (with_indicators) {
    o["overall_goal"] = c.overall_goal;
    o["indicators"] = c.indicators;
  }
  return o;
}

boost::json::object framework_json(const Framework& f) {
  boost::json::array categories;
  for (const auto& c : f.categories) {
    boost::json::array subs;
    for (const auto& s : c.subcategories) subs.push_back({{"key", s.key}, {"label", s.label}});
    categories.push_back({{"key", c.key}, {"label", c.label}, {"subcategories", std::move(subs)}});
  }
  return {{"version", f.version}, {"title", f.title}, {"categories", std::move(categories)}};
}

}  // namespace jixiao::library
