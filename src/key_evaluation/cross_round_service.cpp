#include "key_evaluation/cross_round_service.h"

#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "base/seed.h"
#include "key_evaluation/cross_review.h"
#include "key_evaluation/cross_round_repo.h"
#include "key_evaluation/registry_access.h"
#include "key_evaluation/settings.h"
#include "rules/service.h"
#include "workflow/workflow.h"

namespace jixiao::key_evaluation {

namespace {

const workflow::Workflow& round_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("key_evaluation_cross_round");
  return w;
}

cross_round_repo::RoundReader reader(soci::session& s, const auth::Principal& me) {
  const auto who = agency_reader(s, me);
  return {who.region_path, who.agency_id};
}

// office: the performance office of the round's region; reviewer: an agency given a review.
workflow::Actors round_actors(const auth::Principal& me, const cross_round_repo::RoundReader& who,
                              const CrossRound& r, const std::vector<CrossReview>& reviews) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && me.region_id == r.region_id)
    out.emplace_back("office");
  if (who.agency_id > 0)
    for (const auto& x : reviews)
      if (x.reviewer_agency_id == who.agency_id) {
        out.emplace_back("reviewer");
        break;
      }
  return out;
}

RoundDetail detail(soci::session& s, const auth::Principal& me,
                   const cross_round_repo::RoundReader& who, long long id) {
  auto r = cross_round_repo::find(s, id, who);
  if (!r) throw not_found("互审轮次不存在或无权访问");
  RoundDetail d;
  d.reviews = cross_round_repo::reviews(s, id, who);
  d.actions = round_workflow().allowed_actions(r->status, round_actors(me, who, *r, d.reviews));
  if (r->status == "open" && who.agency_id > 0)
    for (const auto& x : d.reviews)
      if (x.reviewer_agency_id == who.agency_id) d.reviewable.push_back(x.id);
  d.quality_items =
      key_evaluation_settings(rules::effective_rules(s, r->region_id, r->year)).quality_items;
  d.round = std::move(*r);
  return d;
}

}  // namespace

std::vector<RoundView> CrossRoundService::list(const auth::Principal& me,
                                               std::optional<long long> year) {
  return db_.read([&](soci::session& s) {
    const auto who = reader(s, me);
    std::vector<RoundView> out;
    for (auto& r : cross_round_repo::list(s, year, who)) {
      RoundView v;
      if (me.role == auth::Role::performance_office && me.region_id == r.region_id)
        v.actions = round_workflow().allowed_actions(r.status, {"office"});
      v.round = std::move(r);
      out.push_back(std::move(v));
    }
    return out;
  });
}

RoundDetail CrossRoundService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return detail(s, me, reader(s, me), id); });
}

RoundDetail CrossRoundService::create(const auth::Principal& me, const RoundInput& in) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以发起互审互评");
  if (in.name.empty()) throw invalid("name", "请填写本轮名称");
  const long long seed = seed_or_fresh(in.seed);
  return db_.write([&](soci::session& s) {
    auto reports = cross_round_repo::reports(s, me.region_id, in.year);
    if (reports.empty())
      throw invalid("year", "该年度还没有已提交报告的委托评价，无法发起互审互评");
    // Every active agency of the region may review; authors take part whatever their status.
    for (long long a : cross_round_repo::active_agencies(s, me.region_id)) {
      const bool listed =
          std::ranges::any_of(reports, [&](const AgencyReports& r) { return r.agency_id == a; });
      if (!listed) reports.push_back({a, {}});
    }
    CrossRound r;
    r.region_id = me.region_id;
    r.year = in.year;
    r.name = in.name;
    r.seed = seed;
    r.status = round_workflow().initial();
    r.created_by = me.user_id;
    r.created_at = now_iso();
    const auto drawn = assign_cross_review(reports, static_cast<std::uint64_t>(r.seed));
    r.id = cross_round_repo::insert(s, r);
    for (const auto& a : drawn.assignments) cross_round_repo::insert_review(s, r.id, a);
    auto e = audit::entry(me, "create", "key_evaluation_cross_round", r.id, r.region_id);
    e.after_json =
        boost::json::serialize(boost::json::object{{"year", r.year},
                                                   {"name", r.name},
                                                   {"seed", r.seed},
                                                   {"reviews", drawn.assignments.size()}});
    audit::append(s, db_.dialect(), e);
    return detail(s, me, reader(s, me), r.id);
  });
}

RoundDetail CrossRoundService::close(const auth::Principal& me, long long id, long long version) {
  return db_.write([&](soci::session& s) {
    const auto who = reader(s, me);
    const auto d = detail(s, me, who, id);
    const auto& step = round_workflow().take(d.round.status, "close", "",
                                             round_actors(me, who, d.round, d.reviews));
    if (!cross_round_repo::move(s, id, step.to, version))
      throw conflict("version_conflict", "互审轮次已被他人修改，请刷新后重试", "version");
    round_workflow().record(
        s, db_.dialect(), me, step, id, d.round.region_id,
        boost::json::serialize(boost::json::object{{"status", d.round.status}}),
        boost::json::serialize(boost::json::object{
            {"status", step.to}, {"reviewed", d.round.reviewed}, {"reviews", d.round.reviews}}));
    return detail(s, me, who, id);
  });
}

RoundDetail CrossRoundService::review(const auth::Principal& me, long long review_id,
                                      const boost::json::value& scores,
                                      const std::string& comment) {
  if (comment.empty()) throw invalid("comment", "请填写评审意见");
  return db_.write([&](soci::session& s) {
    const auto who = reader(s, me);
    const long long round_id = cross_round_repo::round_of_review(s, review_id);
    if (round_id == 0) throw not_found("互审任务不存在或无权访问");
    const auto d = detail(s, me, who, round_id);
    const auto it = std::ranges::find(d.reviews, review_id, &CrossReview::id);
    if (it == d.reviews.end()) throw not_found("互审任务不存在或无权访问");
    // An agency reads the review of its own report but never scores it.
    if (who.agency_id == 0 || it->reviewer_agency_id != who.agency_id)
      throw forbidden("只有分到这份报告的评审机构可以打分");
    const auto& step = round_workflow().take(d.round.status, "review", "",
                                             round_actors(me, who, d.round, d.reviews));
    const QualitySheet sheet = check_quality_sheet(scores, d.quality_items);
    boost::json::object json;
    for (std::size_t i = 0; i < d.quality_items.size(); ++i)
      json[d.quality_items[i].code] = sheet.scores[i];
    CrossReview x = *it;
    x.scores_json = boost::json::serialize(json);
    x.total = sheet.total;
    x.comment = comment;
    x.reviewed_at = now_iso();
    cross_round_repo::save_review(s, review_id, x, me.user_id);
    boost::json::object before;
    if (!it->scores_json.empty()) {
      before["scores"] = boost::json::parse(it->scores_json);
      before["total"] = it->total;
      before["comment"] = it->comment;
    }
    round_workflow().record(
        s, db_.dialect(), me, step, round_id, d.round.region_id, boost::json::serialize(before),
        boost::json::serialize(boost::json::object{{"review_id", review_id},
                                                   {"evaluation_id", x.evaluation_id},
                                                   {"scores", json},
                                                   {"total", x.total},
                                                   {"comment", comment}}));
    return detail(s, me, who, round_id);
  });
}

std::vector<audit::Record> CrossRoundService::history(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    detail(s, me, reader(s, me), id);  // 404 unless the caller reads the round
    return audit::history(s, "key_evaluation_cross_round", id, 500);
  });
}

}  // namespace jixiao::key_evaluation
