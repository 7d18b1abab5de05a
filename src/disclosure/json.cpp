#include "disclosure/json.h"

#include <boost/json.hpp>

#include "base/clock.h"

namespace jixiao::disclosure {

namespace {

namespace json = boost::json;

json::value id_or_null(long long id) { return id ? json::value(id) : json::value(nullptr); }
json::value text_or_null(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

void put_counts(json::object& o, const RateCounts& c) {
  o["due"] = c.due;
  o["published"] = c.published;
  o["overdue"] = c.overdue;
  const std::string rate = disclosure_rate(c);
  o["rate"] = c.due ? json::value(rate) : json::value(nullptr);
  o["rate_text"] = rate;
}

json::array rows_json(const std::vector<rate_repo::RateRow>& rows, const char* id_key,
                      const char* name_key) {
  json::array out;
  for (const auto& r : rows) {
    json::object o{{id_key, r.id}, {name_key, r.name}};
    put_counts(o, r.counts);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

json::object item_json(const Disclosure& d, const std::string& today) {
  json::object o{{"id", d.id},
                 {"kind", d.kind},
                 {"kind_label", kind_label(d.kind)},
                 {"source_id", d.source_id},
                 {"project_id", id_or_null(d.project_id)},
                 {"region_id", d.region_id},
                 {"region_code", d.region_code},
                 {"region_name", d.region_name},
                 {"department_id", id_or_null(d.department_id)},
                 {"department_name", d.department_name},
                 {"unit_id", id_or_null(d.unit_id)},
                 {"unit_name", d.unit_name},
                 {"year", d.year},
                 {"title", d.title},
                 {"due", d.due},
                 {"overdue", is_overdue(d, today)},
                 {"status", d.status},
                 {"status_label", status_label(d.status)},
                 {"subject", d.subject},
                 {"slug", d.slug},
                 {"published_at", text_or_null(d.published_at)},
                 {"withdrawn_at", text_or_null(d.withdrawn_at)},
                 {"withdrawn_reason", d.withdrawn_reason},
                 {"version", d.version},
                 {"created_at", d.created_at},
                 {"updated_at", d.updated_at}};
  return o;
}

json::object view_json(const View& v) {
  auto o = item_json(v.item, now_iso().substr(0, 10));
  json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  o["snapshot"] = v.item.snapshot.empty() ? json::value(nullptr) : json::parse(v.item.snapshot);
  return o;
}

json::object bulk_json(const std::vector<BulkResult>& results) {
  json::array items;
  long long done = 0;
  for (const auto& r : results) {
    if (r.done) ++done;
    json::object o{{"id", r.id}, {"done", r.done}};
    if (!r.done) {
      o["status"] = r.status;
      o["code"] = r.code;
      o["detail"] = r.detail;
    }
    items.push_back(std::move(o));
  }
  return {{"done", done},
          {"refused", static_cast<long long>(results.size()) - done},
          {"items", std::move(items)}};
}

json::object rates_json(const Rates& r) {
  json::object o{{"year", r.year}, {"as_of", r.as_of}};
  put_counts(o, r.total);
  o["by_department"] = rows_json(r.departments, "department_id", "department_name");
  o["by_region"] = rows_json(r.regions, "region_id", "region_name");
  return o;
}

}  // namespace jixiao::disclosure
