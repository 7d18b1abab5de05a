#include "key_evaluation/registry_json.h"

#include <boost/json.hpp>

namespace jixiao::key_evaluation {

namespace {

const char* status_label(const std::string& status) {
  return status == "active" ? "在库" : "已暂停";
}

boost::json::array strings(const std::vector<std::string>& v) {
  boost::json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

}  // namespace

boost::json::object agency_year_json(const AgencyYear& y) {
  return {{"id", y.id},
          {"agency_id", y.agency_id},
          {"year", y.year},
          {"contract_no", y.contract_no},
          {"fee_fen", y.fee_fen},
          {"notes", y.notes},
          {"version", y.version},
          {"created_at", y.created_at},
          {"updated_at", y.updated_at}};
}

boost::json::object agency_json(const Shown<Agency>& shown, bool detail) {
  const Agency& a = shown.item;
  boost::json::object o{{"id", a.id},
                        {"region_id", a.region_id},
                        {"region_name", a.region_name},
                        {"name", a.name},
                        {"credit_code", a.credit_code},
                        {"qualifications", a.qualifications},
                        {"staff_count", a.staff_count},
                        {"contact_person", a.contact_person},
                        {"contact_phone", a.contact_phone},
                        {"status", a.status},
                        {"status_label", status_label(a.status)},
                        {"version", a.version},
                        {"created_at", a.created_at},
                        {"updated_at", a.updated_at},
                        {"actions", strings(shown.actions)}};
  if (detail) {
    boost::json::array years, users;
    for (const auto& y : a.years) years.push_back(agency_year_json(y));
    for (const auto& u : a.users)
      users.push_back(boost::json::object{
          {"id", u.id}, {"username", u.username}, {"display_name", u.display_name}});
    o["years"] = std::move(years);
    o["users"] = std::move(users);
  }
  return o;
}

boost::json::object expert_json(const Shown<Expert>& shown) {
  const Expert& e = shown.item;
  boost::json::array avoid;
  for (const auto& x : e.avoid)
    avoid.push_back(
        boost::json::object{{"unit_id", x.unit_id}, {"name", x.name}, {"reason", x.reason}});
  return {{"id", e.id},
          {"region_id", e.region_id},
          {"region_name", e.region_name},
          {"user_id", e.user_id},
          {"username", e.username},
          {"name", e.name},
          {"fields", strings(e.fields)},
          {"title", e.title},
          {"employer", e.employer},
          {"phone", e.phone},
          {"avoid", std::move(avoid)},
          {"status", e.status},
          {"status_label", status_label(e.status)},
          {"version", e.version},
          {"created_at", e.created_at},
          {"updated_at", e.updated_at},
          {"actions", strings(shown.actions)}};
}

}  // namespace jixiao::key_evaluation
