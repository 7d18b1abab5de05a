#include "key_evaluation/evaluation_json.h"

#include <boost/json/array.hpp>

#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

boost::json::value ref(long long id) {
  if (id == 0) return nullptr;
  return id;
}

boost::json::value points_or_null(long long hundredths) {
  if (hundredths < 0) return nullptr;
  return boost::json::string(targets::points(hundredths));
}

}  // namespace

boost::json::object evaluation_json(const KeyEvaluation& e,
                                    const std::vector<std::string>& actions) {
  boost::json::object o;
  o["id"] = e.id;
  o["region_id"] = e.region_id;
  o["region_name"] = e.region_name;
  o["year"] = e.year;
  o["kind"] = e.kind;
  o["name"] = e.name;
  o["scope"] = e.scope;
  o["project_id"] = ref(e.project_id);
  o["project_code"] = e.project_code;
  o["department_id"] = ref(e.department_id);
  o["department_name"] = e.department_name;
  o["unit_id"] = ref(e.unit_id);
  o["unit_name"] = e.unit_name;
  o["subject_region_id"] = ref(e.subject_region_id);
  o["subject_region_name"] = e.subject_region_name;
  o["fund_type"] = e.fund_type;
  o["budget_fen"] = e.budget_fen;
  o["due"] = e.due;
  o["mode"] = e.mode;
  o["agency_id"] = ref(e.agency_id);
  o["agency_name"] = e.agency_name;
  o["contract_fee_fen"] =
      e.contract_fee_fen < 0 ? boost::json::value(nullptr) : boost::json::value(e.contract_fee_fen);
  o["status"] = e.status;
  o["quality_score"] = points_or_null(e.quality_score);
  o["reworked"] = e.reworked;
  o["fee_payable_fen"] =
      e.fee_payable_fen < 0 ? boost::json::value(nullptr) : boost::json::value(e.fee_payable_fen);
  o["score"] = points_or_null(e.score);
  o["grade"] = e.grade.empty() ? boost::json::value(nullptr) : boost::json::value(e.grade);
  o["finalised_at"] =
      e.finalised_at.empty() ? boost::json::value(nullptr) : boost::json::value(e.finalised_at);
  o["results_sent_at"] = e.results_sent_at.empty() ? boost::json::value(nullptr)
                                                   : boost::json::value(e.results_sent_at);
  o["results_document_id"] = ref(e.results_document_id);
  o["created_by_name"] = e.created_by_name;
  o["version"] = e.version;
  o["created_at"] = e.created_at;
  o["updated_at"] = e.updated_at;
  boost::json::array a;
  for (const auto& x : actions) a.emplace_back(x);
  o["actions"] = std::move(a);
  return o;
}

}  // namespace jixiao::key_evaluation
