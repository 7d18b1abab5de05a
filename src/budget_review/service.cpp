#include "budget_review/service.h"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "budget_review/json.h"
#include "rules/service.h"

namespace jixiao::budget_review {

namespace {

bool is_finance(const auth::Principal& me) {
  return me.role == auth::Role::performance_office || me.role == auth::Role::business_section;
}

void require_finance(const auth::Principal& me) {
  if (!is_finance(me))
    throw forbidden("预算评审由财政部门（绩效科或归口业务科室）办理，您无权录入评审结果");
}

// A region's R-BR-1 for a year, read once per batch.
class SettingsCache {
 public:
  const ReviewSettings& get(soci::session& s, long long region_id, long long year) {
    auto key = std::make_pair(region_id, year);
    auto it = cache_.find(key);
    if (it == cache_.end())
      it = cache_.emplace(key, review_settings(rules::effective_rules(s, region_id, year))).first;
    return it->second;
  }

 private:
  std::map<std::pair<long long, long long>, ReviewSettings> cache_;
};

// The project's facts a review copies.
struct ProjectFacts {
  long long region_id = 0;
  long long year = 0;
  long long department_id = 0;
  long long unit_id = 0;
  std::string fund_type;
  Fen amount_fen = 0;
  std::string status;
};

std::optional<ProjectFacts> project_facts(soci::session& s, long long project_id) {
  ProjectFacts f;
  soci::indicator ind = soci::i_null;
  s << "SELECT region_id, year, department_id, unit_id, fund_type, amount_fen, status FROM "
       "projects WHERE id = :id",
      soci::into(f.region_id, ind), soci::into(f.year), soci::into(f.department_id),
      soci::into(f.unit_id), soci::into(f.fund_type), soci::into(f.amount_fen),
      soci::into(f.status), soci::use(project_id);
  if (ind == soci::i_null) return std::nullopt;
  return f;
}

// Checks one item against its review and returns the review as it would be saved; throws with
// the item's fields named.
Review prepare(soci::session& s, const auth::Principal& me, const BatchItem& item,
               const std::string& prefix, bool by_version, SettingsCache& settings) {
  auto r = repo::find_by_project(s, item.project_id, auth::write_scope(me));
  if (!r) {
    if (repo::find_by_project(s, item.project_id, auth::read_scope(me)))
      throw AppError(ErrorKind::forbidden, "forbidden", "该项目不由您评审", prefix + "project_id");
    throw AppError(ErrorKind::not_found, "not_found", "项目不存在、未申报或无权访问",
                   prefix + "project_id");
  }
  if (r->project_status != "declared" || r->status == "withdrawn")
    throw AppError(ErrorKind::precondition, "bad_status",
                   "项目“" + r->project_name + "”不在申报状态，不能录入评审结果",
                   prefix + "project_id");
  if (by_version && r->version != item.version)
    throw conflict("version_conflict",
                   "项目“" + r->project_name + "”的评审结果已被他人修改，请刷新后重试",
                   prefix + "version");
  Entry e = item.entry;
  const auto& rules = settings.get(s, r->region_id, r->year);
  if (!e.cut_reason.empty())
    if (auto code = rules.code_of(e.cut_reason)) e.cut_reason = *code;
  check_entry(e, r->submitted_fen, rules, prefix);
  Review next = *r;
  next.approved_fen = e.approved_fen;
  next.cut_reason = e.cut_reason;
  next.comment = e.comment;
  next.status = "done";
  return next;
}

bool same_entry(const Review& a, const Review& b) {
  return a.approved_fen == b.approved_fen && a.cut_reason == b.cut_reason &&
         a.comment == b.comment && a.status == b.status;
}

}  // namespace

ReviewPage ReviewService::list(const auth::Principal& me, const repo::ReviewFilter& filter) {
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    ReviewPage page;
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (!filter.after_id) {
      page.total = repo::list_count(s, filter, scope);
      page.figures = repo::list_figures(s, filter, scope);
    }
    const auto settings = review_settings(
        rules::effective_rules(s, me.region_id, filter.year.value_or(current_year())));
    page.reasons = settings.reasons;
    page.reason_required = settings.reason_required;
    page.can_review = is_finance(me);
    return page;
  });
}

std::vector<std::pair<Review, Review>> ReviewService::check_items(
    soci::session& s, const auth::Principal& me, const std::vector<BatchItem>& items,
    bool by_version) {
  SettingsCache settings;
  std::set<long long> seen;
  std::vector<std::pair<Review, Review>> changes;  // before, after
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string prefix = "items[" + std::to_string(i) + "].";
    if (!seen.insert(items[i].project_id).second)
      throw invalid(prefix + "project_id", "同一项目在本批中出现了两次");
    auto next = prepare(s, me, items[i], prefix, by_version, settings);
    auto before = *repo::find_by_project(s, items[i].project_id);
    changes.emplace_back(std::move(before), std::move(next));
  }
  return changes;
}

std::vector<Review> ReviewService::apply(soci::session& s, const auth::Principal& me,
                                         std::vector<BatchItem>& items, bool by_version) {
  auto changes = check_items(s, me, items, by_version);
  const std::string now = now_iso();
  std::vector<Review> saved;
  for (auto& [before, next] : changes) {
    if (same_entry(before, next)) {
      saved.push_back(before);  // nothing changed: no new version, no timeline entry
      continue;
    }
    next.reviewer_id = me.user_id;
    next.reviewed_at = now;
    next.updated_at = now;
    if (!repo::update_entry(s, next, before.version))
      throw conflict("version_conflict", "评审结果已被他人修改，请刷新后重试", "version");
    auto after = *repo::find_by_project(s, next.project_id);
    auto e = audit::entry(me, before.status == "done" ? "revise" : "review", "budget_review",
                          after.project_id, after.region_id);
    e.before_json = boost::json::serialize(audit_json(before));
    e.after_json = boost::json::serialize(audit_json(after));
    audit::append(s, db_.dialect(), e);
    saved.push_back(std::move(after));
  }
  return saved;
}

std::vector<Review> ReviewService::save_batch(const auth::Principal& me,
                                              std::vector<BatchItem> items) {
  require_finance(me);
  if (items.empty()) throw invalid("items", "请至少录入一个项目的评审结果");
  return db_.write([&](soci::session& s) { return apply(s, me, items, true); });
}

projects::ProjectWatch ReviewService::project_watch() {
  projects::ProjectWatch w;
  w.before = [](soci::session&, long long) {};
  w.after = [](soci::session& s, long long project_id) {
    const auto p = project_facts(s, project_id);
    if (!p) return;
    auto r = repo::find_by_project(s, project_id);
    const std::string now = now_iso();
    if (p->status == "declared") {
      // Declared again after a withdrawal: the review starts afresh from the new amount.
      if (r && r->status == "withdrawn") {
        repo::remove(s, r->id);
        r.reset();
      }
      Review next = r.value_or(Review{});
      next.project_id = project_id;
      next.region_id = p->region_id;
      next.year = p->year;
      next.department_id = p->department_id;
      next.unit_id = p->unit_id;
      next.fund_type = p->fund_type;
      next.updated_at = now;
      if (!r) {
        next.submitted_fen = p->amount_fen;
        next.created_at = now;
        repo::insert(s, next);
      } else if (r->status == "pending" && r->submitted_fen != p->amount_fen) {
        next.submitted_fen = p->amount_fen;
        repo::update_from_project(s, next);
      }
      return;
    }
    if (!r || r->status == "withdrawn") return;
    if (p->status == "draft" || p->status == "returned" || p->status == "cancelled") {
      if (r->status == "pending") {
        repo::remove(s, r->id);
      } else {
        r->status = "withdrawn";
        r->updated_at = now;
        repo::update_from_project(s, *r);
      }
    }
  };
  return w;
}

std::vector<audit::Record> ReviewService::project_history(soci::session& s, long long project_id) {
  return audit::history(s, "budget_review", project_id, 500);
}

bool ReviewService::review_done(soci::session& s, long long project_id) {
  const auto r = repo::find_by_project(s, project_id);
  return r && r->status == "done";
}

}  // namespace jixiao::budget_review
