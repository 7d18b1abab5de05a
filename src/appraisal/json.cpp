#include "appraisal/json.h"

#include <boost/json.hpp>

#include "appraisal/workflow.h"
#include "base/money.h"

namespace jixiao::appraisal {

namespace {

boost::json::value points_or_null(const std::optional<long long>& h) {
  if (!h) return nullptr;
  return boost::json::string(points_text(*h));
}

const char* rule_text(NotApplicable n) {
  return n == NotApplicable::zero ? "某项无应完成事项（分母为 0）或尚未接入数据的，该项记 0 分。"
                                  : "某项无应完成事项（分母为 "
                                    "0）或尚未接入数据的，该项不参与考核，其余各项按权重比例折算为 "
                                    "100 分（与绩效自评对不适用指标的处理相同）。";
}

boost::json::array items_json(const std::vector<ItemColumn>& items) {
  boost::json::array a;
  for (const auto& i : items)
    a.push_back({{"code", i.code},
                 {"label", i.label},
                 {"rule_id", i.rule_id},
                 {"rule", i.rule},
                 {"weight", points_text(i.weight)},
                 {"has_source", i.has_source},
                 {"money", i.money}});
  return a;
}

}  // namespace

boost::json::object scorecard_json(const Scorecard& card) {
  boost::json::array rows;
  for (const auto& r : card.rows) {
    boost::json::array items;
    for (const auto& i : r.score.items)
      items.push_back({{"code", i.item},
                       {"applied", i.applied},
                       {"numerator", i.numerator},
                       {"denominator", i.denominator},
                       {"rate", i.rate},
                       {"weight", points_text(i.applied ? i.effective_weight : 0)},
                       {"points", points_or_null(i.points)}});
    rows.push_back({{"subject_id", r.subject_id},
                    {"name", r.name},
                    {"total", points_or_null(r.score.total)},
                    {"rank", r.rank ? boost::json::value(r.rank) : nullptr},
                    {"items", std::move(items)}});
  }
  return {{"year", card.year},
          {"subject", card.subject},
          {"region_id", card.region_id},
          {"region_name", card.region_name},
          {"today", card.today},
          {"not_applicable", card.not_applicable == NotApplicable::zero ? "zero" : "rescale"},
          {"not_applicable_rule", rule_text(card.not_applicable)},
          {"items", items_json(card.items)},
          {"rows", std::move(rows)},
          {"rules", boost::json::array{"R-AP-1", "R-MON-2", "R-MON-3", "R-RA-1", "R-RV-2"}}};
}

boost::json::object rows_json(const RowsPage& page, int limit, long long offset) {
  boost::json::array items;
  for (const auto& r : page.items)
    items.push_back({{"kind", r.kind},
                     {"id", r.id},
                     {"title", r.title},
                     {"unit_name", r.unit_name},
                     {"amount_fen", r.amount_fen},
                     {"amount_wan", format_wan(r.amount_fen)},
                     {"counted", r.counted != 0},
                     {"status_label", r.status},
                     {"note", r.note}});
  return {{"item", page.item},
          {"subject_id", page.subject_id},
          {"money", page.money},
          {"numerator", page.numerator},
          {"denominator", page.denominator},
          {"rate", format_rate(page.numerator, page.denominator)},
          {"items", std::move(items)},
          {"total", page.total},
          {"more", page.more},
          {"limit", limit},
          {"offset", offset}};
}

boost::json::object weights_json(const WeightsView& v) {
  return {
      {"year", v.year},
      {"items", items_json(v.items)},
      {"not_applicable", v.not_applicable == NotApplicable::zero ? "zero" : "rescale"},
      {"not_applicable_rule", rule_text(v.not_applicable)},
      {"set_by_region_id", v.set_by_region_id ? boost::json::value(v.set_by_region_id) : nullptr},
      {"set_by_region_name", v.set_by_region_name},
      {"rule", "R-AP-1"}};
}

boost::json::object appraisal_json(const Appraisal& a, const auth::Principal& me) {
  const auto& wf = appraisal_workflow();
  boost::json::array actions;
  for (const auto& name : wf.allowed_actions(a.status, appraisal_actors(me, a)))
    actions.push_back({{"name", name}, {"label", wf.label(name)}});
  boost::json::value scores = boost::json::parse(a.scores.empty() ? "{}" : a.scores);
  return {{"id", a.id},
          {"region_id", a.region_id},
          {"region_name", a.region_name},
          {"year", a.year},
          {"subject", a.subject},
          {"subject_label", a.subject == "department" ? "本级部门" : "下级地区"},
          {"status", a.status},
          {"status_label", wf.state_label(a.status)},
          {"scores", std::move(scores)},
          {"computed_at", a.computed_at ? boost::json::value(*a.computed_at) : nullptr},
          {"issued_at", a.issued_at ? boost::json::value(*a.issued_at) : nullptr},
          {"document_id", a.document_id ? boost::json::value(a.document_id) : nullptr},
          {"document_number", a.document_number},
          {"version", a.version},
          {"actions", std::move(actions)},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

}  // namespace jixiao::appraisal
