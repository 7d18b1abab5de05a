#include "appraisal/service.h"

#include <algorithm>
#include <boost/json.hpp>
#include <climits>
#include <map>

#include "appraisal/json.h"
#include "appraisal/notice.h"
#include "appraisal/repo.h"
#include "appraisal/settings.h"
#include "appraisal/workflow.h"
#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "documents/service.h"
#include "key_evaluation/results_settings.h"
#include "org/repo.h"

namespace jixiao::appraisal {

namespace {

bool is_finance_reader(auth::Role r) {
  return r == auth::Role::performance_office || r == auth::Role::admin || r == auth::Role::viewer ||
         r == auth::Role::business_section;
}

void check_subject(const std::string& subject) {
  if (subject != "department" && subject != "region")
    throw invalid("subject", "考核对象应为 department（本级部门）或 region（下级地区）");
}

// Finance of any region reads its own scorecards; a department its own row of its region's.
void require_reader(const auth::Principal& me, const std::string& subject) {
  if (is_finance_reader(me.role)) return;
  if (me.role == auth::Role::department && subject == "department") return;
  throw forbidden("只有财政部门可以查看考核评分；部门只能查看本部门的考核结果");
}

std::string today() { return now_iso().substr(0, 10); }

std::vector<ItemColumn> columns(const Settings& settings, const Sources& sources) {
  std::vector<ItemColumn> out;
  for (const auto& w : settings.weights) {
    ItemColumn c;
    c.code = w.item;
    c.weight = w.weight;
    if (const auto* info = find_item(w.item)) {
      c.label = info->label;
      c.rule_id = info->rule_id;
      c.rule = info->rule;
    }
    if (const auto* src = sources.find(w.item)) {
      c.has_source = true;
      c.money = src->money;
      if (c.label.empty()) c.label = src->label, c.rule_id = src->rule_id, c.rule = src->rule;
    }
    out.push_back(std::move(c));
  }
  return out;
}

Context context(soci::session& s, db::Dialect dialect, const rules::RuleSet& rules,
                long long region_id, long long year, const std::string& day) {
  const auto region = org::repo::find_region(s, region_id);
  if (!region) throw not_found("地区不存在");
  Context c;
  c.year = year;
  c.region_id = region_id;
  c.region_path = region->path;
  c.today = day;
  c.results_days = key_evaluation::results_days(rules).results;
  c.dialect = dialect;
  return c;
}

}  // namespace

Scorecard compute_scorecard(soci::session& s, db::Dialect dialect, const Sources& sources,
                            long long region_id, long long year, const std::string& subject,
                            const std::string& day) {
  check_subject(subject);
  const auto rules = rules::effective_rules(s, region_id, year);
  const auto settings = appraisal_settings(rules);
  const auto ctx = context(s, dialect, rules, region_id, year, day);
  Scorecard card;
  card.year = year;
  card.subject = subject;
  card.region_id = region_id;
  card.region_name = org::repo::find_region(s, region_id)->name;
  card.today = day;
  card.not_applicable = settings.not_applicable;
  card.items = columns(settings, sources);

  const bool departments = subject == "department";
  const auto places =
      departments ? repo::departments(s, region_id) : repo::lower_regions(s, region_id);
  std::map<long long, std::size_t> index;  // department id, or any region of the tree → subject
  if (departments) {
    for (std::size_t i = 0; i < places.size(); ++i) index[places[i].id] = i;
  } else {
    for (const auto& r : repo::tree(s, ctx.region_path))
      for (std::size_t i = 0; i < places.size(); ++i)
        if (r.path.starts_with(places[i].path)) index[r.id] = i;
  }
  // counts[subject][item]
  std::vector<std::vector<ItemCounts>> counts(places.size());
  for (auto& c : counts)
    for (const auto& col : card.items) c.push_back({col.code, col.has_source, 0, 0});
  for (std::size_t k = 0; k < card.items.size(); ++k) {
    const auto* src = sources.find(card.items[k].code);
    if (!src) continue;
    for (const auto& row : src->counts(s, ctx)) {
      const bool own = row.region_id == region_id;
      if (departments != own) continue;
      const auto it = index.find(departments ? row.department_id : row.region_id);
      if (it == index.end()) continue;
      counts[it->second][k].numerator += row.numerator;
      counts[it->second][k].denominator += row.denominator;
    }
  }
  std::vector<ItemWeight> weights;
  for (const auto& col : card.items) weights.push_back({col.code, col.weight});
  std::vector<std::optional<long long>> totals;
  for (std::size_t i = 0; i < places.size(); ++i) {
    SubjectRow row;
    row.subject_id = places[i].id;
    row.name = places[i].name;
    row.score = score_subject(weights, counts[i], settings.not_applicable);
    totals.push_back(row.score.total);
    card.rows.push_back(std::move(row));
  }
  const auto ranks = rank(totals);
  for (std::size_t i = 0; i < card.rows.size(); ++i) card.rows[i].rank = ranks[i];
  // Ranked first to last; those without a total after, each in code order as listed.
  std::stable_sort(card.rows.begin(), card.rows.end(),
                   [](const SubjectRow& a, const SubjectRow& b) {
                     return (a.rank ? a.rank : LLONG_MAX) < (b.rank ? b.rank : LLONG_MAX);
                   });
  return card;
}

Scorecard AppraisalService::scorecard(const auth::Principal& me, long long year,
                                      const std::string& subject) {
  check_subject(subject);
  require_reader(me, subject);
  return db_.read([&](soci::session& s) {
    auto card = compute_scorecard(s, db_.dialect(), sources_, me.region_id, year, subject, today());
    if (me.role == auth::Role::department)
      std::erase_if(card.rows,
                    [&](const SubjectRow& r) { return r.subject_id != me.department_id; });
    return card;
  });
}

RowsPage AppraisalService::rows(const auth::Principal& me, long long year,
                                const std::string& subject, long long subject_id,
                                const std::string& item, int limit, long long offset) {
  check_subject(subject);
  require_reader(me, subject);
  if (me.role == auth::Role::department && subject_id != me.department_id)
    throw not_found("考核对象不存在或无权访问");
  const auto* source = sources_.find(item);
  if (!source)
    throw invalid("item", find_item(item) ? "该评分项尚未接入数据，没有明细" : "没有这个评分项");
  return db_.read([&](soci::session& s) {
    const auto rules = rules::effective_rules(s, me.region_id, year);
    const auto ctx = context(s, db_.dialect(), rules, me.region_id, year, today());
    Subject subj;
    subj.id = subject_id;
    if (subject == "department") {
      const auto unit = org::repo::find_unit(s, subject_id);
      if (!unit || unit->kind != "department" || unit->region_id != me.region_id)
        throw not_found("考核对象不存在或无权访问");
    } else {
      const auto region = org::repo::find_region(s, subject_id);
      if (!region || region->parent_id != me.region_id) throw not_found("考核对象不存在或无权访问");
      subj.kind = Subject::Kind::region;
      subj.region_path = region->path;
    }
    auto page = repo::rows(s, *source, ctx, subj, limit, offset);
    for (auto& r : page.items) {
      if (source->status_label) r.status = source->status_label(r.kind, r.status);
      if (source->note_text) r.note = source->note_text(r.note);
    }
    return page;
  });
}

WeightsView AppraisalService::weights(const auth::Principal& me, long long year) {
  if (!is_finance_reader(me.role)) throw forbidden("只有财政部门可以查看考核权重");
  return db_.read([&](soci::session& s) {
    const auto rules = rules::effective_rules(s, me.region_id, year);
    const auto settings = appraisal_settings(rules);
    WeightsView v;
    v.year = year;
    v.items = columns(settings, sources_);
    v.not_applicable = settings.not_applicable;
    const auto& rule = rules.get("R-AP-1");
    v.set_by_region_id = rule.region_id;
    v.set_by_region_name = rule.region_name;
    return v;
  });
}

WeightsView AppraisalService::set_weights(const auth::Principal& me, long long year,
                                          const boost::json::object& weights) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("只有绩效科可以设置本地区的考核权重");
  // Every item of the scorecard once, adding up to 100: checked here so the field is `weights`.
  const auto current = this->weights(me, year);
  for (const auto& [key, value] : weights)
    if (!find_item(key)) throw invalid("weights", "没有这个评分项：" + std::string(key));
  for (const auto& item : current.items)
    if (!weights.contains(item.code))
      throw invalid("weights", "缺少评分项“" + item.label + "”的权重");
  // In the rule's order, each under its label: the rules page shows the same sheet.
  std::vector<ItemWeight> ordered;
  const auto given = checked_weights(weights, "weights");
  for (const auto& item : current.items)
    for (const auto& g : given)
      if (g.item == item.code) ordered.push_back(g);
  boost::json::object params{
      {"sheet", sheet_of(ordered)},
      {"not_applicable", current.not_applicable == NotApplicable::zero ? "zero" : "rescale"}};
  rules_.update(me, year, "R-AP-1", params);
  return this->weights(me, year);
}

std::vector<Appraisal> AppraisalService::list(const auth::Principal& me, long long year) {
  if (!is_finance_reader(me.role)) throw forbidden("只有财政部门可以查看考核");
  return db_.read([&](soci::session& s) { return repo::list(s, me.region_id, year); });
}

Appraisal AppraisalService::get(const auth::Principal& me, long long id) {
  if (!is_finance_reader(me.role)) throw forbidden("只有财政部门可以查看考核");
  return db_.read([&](soci::session& s) {
    auto a = repo::find(s, id);
    if (!a || a->region_id != me.region_id) throw not_found("考核不存在或无权访问");
    return *a;
  });
}

Appraisal AppraisalService::create(const auth::Principal& me, long long year,
                                   const std::string& subject) {
  check_subject(subject);
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以开展考核");
  return db_.write([&](soci::session& s) {
    if (repo::find_for(s, me.region_id, year, subject))
      throw conflict("duplicate", "本地区该年度的这项考核已经建立", "subject");
    const std::string at = now_iso();
    const long long id = repo::insert(s, me.region_id, year, subject,
                                      appraisal_workflow().initial(), me.user_id, at);
    auto e = audit::entry(me, "create", "appraisal", id, me.region_id);
    e.after_json =
        boost::json::serialize(boost::json::object{{"year", year}, {"subject", subject}});
    audit::append(s, db_.dialect(), e);
    return *repo::find(s, id);
  });
}

Appraisal AppraisalService::compute(const auth::Principal& me, long long id, long long version) {
  return db_.write([&](soci::session& s) {
    auto a = repo::find(s, id);
    if (!a || (a->region_id != me.region_id)) throw not_found("考核不存在或无权访问");
    if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以计算考核评分");
    if (a->version != version) throw conflict("version_conflict", "考核已被他人修改，请刷新后重试");
    const auto& step =
        appraisal_workflow().take(a->status, "compute", "", appraisal_actors(me, *a));
    const std::string at = now_iso();
    const auto card = compute_scorecard(s, db_.dialect(), sources_, a->region_id, a->year,
                                        a->subject, at.substr(0, 10));
    const std::string scores = boost::json::serialize(scorecard_json(card));
    if (!repo::set_computed(s, *a, step.to, scores, me.user_id, at))
      throw conflict("version_conflict", "考核已被他人修改，请刷新后重试");
    appraisal_workflow().record(s, db_.dialect(), me, step, a->id, a->region_id,
                                "{\"status\":\"" + a->status + "\"}",
                                "{\"status\":\"" + step.to + "\"}");
    return *repo::find(s, id);
  });
}

Appraisal AppraisalService::issue(const auth::Principal& me, long long id, long long version) {
  return db_.write([&](soci::session& s) {
    auto a = repo::find(s, id);
    if (!a || (a->region_id != me.region_id)) throw not_found("考核不存在或无权访问");
    if (me.role != auth::Role::performance_office)
      throw forbidden("只有绩效科可以印发考核结果通报");
    if (a->version != version) throw conflict("version_conflict", "考核已被他人修改，请刷新后重试");
    const auto& step = appraisal_workflow().take(a->status, "issue", "", appraisal_actors(me, *a));
    // The scores issued are those of the day: computed once more and frozen with the notice.
    const std::string at = now_iso();
    const auto card = compute_scorecard(s, db_.dialect(), sources_, a->region_id, a->year,
                                        a->subject, at.substr(0, 10));
    const std::string scores = boost::json::serialize(scorecard_json(card));
    if (!repo::set_computed(s, *a, a->status, scores, me.user_id, at))
      throw conflict("version_conflict", "考核已被他人修改，请刷新后重试");
    auto draft = appraisal_notice(card, a->id);
    draft.issued_on = at.substr(0, 10);
    const auto doc = documents::issue(s, db_.dialect(), draft, me.user_id,
                                      audit::entry(me, "issue", "document", 0, a->region_id));
    auto fresh = *repo::find(s, id);
    if (!repo::set_issued(s, fresh, step.to, doc.id, me.user_id, at))
      throw conflict("version_conflict", "考核已被他人修改，请刷新后重试");
    appraisal_workflow().record(
        s, db_.dialect(), me, step, a->id, a->region_id, "{\"status\":\"" + a->status + "\"}",
        "{\"status\":\"" + step.to + "\",\"document_id\":" + std::to_string(doc.id) + "}");
    return *repo::find(s, id);
  });
}

}  // namespace jixiao::appraisal
