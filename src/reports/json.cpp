#include "reports/json.h"

#include <boost/json.hpp>

#include "base/money.h"

namespace jixiao::reports {

namespace {

boost::json::array groups_json(const std::vector<projects::ProjectGroup>& groups) {
  boost::json::array a;
  for (const auto& g : groups)
    a.push_back({{"key", g.key},
                 {"label", g.label},
                 {"count", g.count},
                 {"amount_fen", g.amount_fen},
                 {"amount_wan", format_wan(g.amount_fen)}});
  return a;
}

}  // namespace

boost::json::object statistics_json(const ProjectStatistics& st) {
  return {{"year", st.year},
          {"count", st.count},
          {"amount_fen", st.amount_fen},
          {"amount_wan", format_wan(st.amount_fen)},
          {"by_fund_type", groups_json(st.by_fund_type)},
          {"by_department", groups_json(st.by_department)},
          {"by_region", groups_json(st.by_region)},
          {"by_status", groups_json(st.by_status)},
          {"by_unit", groups_json(st.by_unit)}};
}

boost::json::object todo_json(const Todo& t) {
  return {{"kind", t.kind}, {"title", t.title}, {"count", t.count}, {"link", t.link}};
}

boost::json::object found_json(const workflow::Found& f) {
  return {{"kind", f.kind}, {"kind_label", f.kind_label}, {"id", f.id},    {"code", f.code},
          {"name", f.name}, {"detail", f.detail},         {"link", f.link}};
}

}  // namespace jixiao::reports
