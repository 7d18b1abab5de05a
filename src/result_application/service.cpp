#include "result_application/service.h"

#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "projects/repo.h"
#include "result_application/workflow.h"
#include "rules/service.h"

namespace jixiao::result_application {

namespace {

std::string step_json(const BudgetAction& a) {
  boost::json::object o{{"status", a.status}, {"kind", a.kind}};
  if (a.kind == "cut") o["cut_percent"] = percent_text(a.cut);
  if (a.limit_fen) o["limit_fen"] = *a.limit_fen;
  if (!a.reason.empty()) o["opinion"] = a.reason;
  return boost::json::serialize(o);
}

bool is_finance(auth::Role r) {
  return r == auth::Role::performance_office || r == auth::Role::business_section;
}

// What-if and summary rows keyed by department and fund type.
using Rows = std::map<std::pair<long long, std::string>, WhatIfRow>;

WhatIfRow& row_of(Rows& rows, const repo::Group& g) {
  auto& r = rows[{g.department_id, g.fund_type}];
  r.department_id = g.department_id;
  r.department_name = g.department_name;
  r.fund_type = g.fund_type;
  return r;
}

void add(WhatIfRow& to, const WhatIfRow& r) {
  to.count += r.count;
  to.prioritised += r.prioritised;
  to.cut += r.cut;
  to.base_fen += r.base_fen;
  to.moved_fen += r.moved_fen;
}

}  // namespace

ActionView ResultApplicationService::view(soci::session&, const auth::Principal& me,
                                          BudgetAction a) {
  ActionView v;
  v.actions = allowed_actions(me, a);
  v.action = std::move(a);
  return v;
}

ActionPage ResultApplicationService::list(const auth::Principal& me, const repo::Filter& filter) {
  return db_.read([&](soci::session& s) {
    ActionPage page;
    const auto scope = auth::read_scope(me);
    page.items = repo::list(s, filter, scope);
    page.next_after = cut_to_limit(page.items, filter.limit);
    if (filter.after_id == 0 && filter.offset == 0) page.total = repo::count(s, filter, scope);
    return page;
  });
}

ActionView ResultApplicationService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto a = repo::find(s, id, auth::read_scope(me));
    if (!a) throw not_found("预算调整建议不存在或无权访问");
    return view(s, me, std::move(*a));
  });
}

namespace {

// Applies one step to the action in the caller's transaction (R-RA-2: a change or a waiver
// gives its reason).
void apply_step(soci::session& s, db::Dialect dialect, const auth::Principal& me, BudgetAction a,
                long long version, const StepInput& in) {
  const auto actors = budget_action_actors(me, a);
  if (actors.empty()) throw forbidden("只有财政部门可以办理预算调整建议");
  const auto& step = budget_action_workflow().take(a.status, in.action, "", actors);
  const std::string before = step_json(a);
  const std::string now = now_iso();
  if (in.action == "confirm") {
    a.kind = a.proposed_kind;
    a.cut = a.proposed_cut;
    a.reason.clear();
  } else if (in.action == "change") {
    if (!is_action_kind(in.kind))
      throw invalid("kind", "调整方式只能是优先保障、不得高于上年、按比例压减或取消");
    if (in.reason.empty()) throw invalid("reason", "调整建议时请说明理由");
    a.kind = in.kind;
    a.cut = 0;
    if (in.kind == "cut") {
      if (!in.cut) throw invalid("cut_percent", "请填写压减比例");
      a.cut = *in.cut;
    }
    a.reason = in.reason;
  } else if (in.action == "waive") {
    if (in.reason.empty()) throw invalid("reason", "不予执行时请说明理由");
    a.reason = in.reason;
  } else if (in.action == "reopen") {
    a.kind = a.proposed_kind;
    a.cut = a.proposed_cut;
    a.reason = in.reason;
  }
  a.limit_fen = limit_of(a.kind, a.cut, a.base_fen, a.cap_fen);
  a.status = step.to;
  a.updated_at = now;
  a.decided_by = in.action == "reopen" ? 0 : me.user_id;
  a.decided_at = in.action == "reopen" ? "" : now;
  if (!repo::update(s, a, version))
    throw conflict("version_conflict", "预算调整建议已被他人修改，请刷新后重试", "version");
  budget_action_workflow().record(s, dialect, me, step, a.id, a.region_id, before, step_json(a));
}

}  // namespace

ActionView ResultApplicationService::step(const auth::Principal& me, long long id,
                                          long long version, const StepInput& in) {
  if (!budget_action_workflow().has_action(in.action) || in.action == "propose")
    throw invalid("action", "操作只能是 confirm、change、waive 或 reopen");
  if (in.cut && (*in.cut < 0 || *in.cut > 10000))
    throw invalid("cut_percent", "压减比例应在 0 至 100% 之间");
  return db_.write([&](soci::session& s) {
    auto a = repo::find(s, id, auth::read_scope(me));
    if (!a) throw not_found("预算调整建议不存在或无权访问");
    apply_step(s, db_.dialect(), me, *a, version, in);
    return view(s, me, *repo::find(s, id, auth::read_scope(me)));
  });
}

long long ResultApplicationService::confirm_many(const auth::Principal& me,
                                                 const std::vector<long long>& ids) {
  if (ids.empty()) throw invalid("ids", "请选择要确认的调整建议");
  return db_.write([&](soci::session& s) {
    StepInput in;
    in.action = "confirm";
    for (long long id : ids) {
      auto a = repo::find(s, id, auth::read_scope(me));
      if (!a) throw not_found("预算调整建议不存在或无权访问");
      apply_step(s, db_.dialect(), me, *a, a->version, in);
    }
    return static_cast<long long>(ids.size());
  });
}

std::vector<audit::Record> ResultApplicationService::history(const auth::Principal& me,
                                                             long long id) {
  return db_.read([&](soci::session& s) {
    if (!repo::find(s, id, auth::read_scope(me))) throw not_found("预算调整建议不存在或无权访问");
    return audit::history(s, "budget_action", id, 500);
  });
}

ProposeResult ResultApplicationService::propose(const auth::Principal& me, long long year) {
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以生成调整建议");
  return db_.write([&](soci::session& s) {
    ProposeResult out;
    const std::string now = now_iso();
    // Each region's own R-RA-2 for the year: a county may cut by another proportion.
    for (long long region : repo::regions_under(s, me.region_path)) {
      const Bands bands = read_bands(rules::effective_rules(s, region, year).params("R-RA-2"));
      const auto p = repo::propose(s, region, year, bands, now);
      out.proposed.self_evaluation += p.self_evaluation;
      out.proposed.key_evaluation += p.key_evaluation;
      out.proposed.monitoring += p.monitoring;
      out.proposed.assessment += p.assessment;
    }
    out.picked_up = repo::pick_up_successors(s, me.region_path, now);
    auto e = audit::entry(me, "propose", "budget_action_year", year, me.region_id);
    e.after_json = boost::json::serialize(
        boost::json::object{{"year", year},
                            {"self_evaluation", out.proposed.self_evaluation},
                            {"key_evaluation", out.proposed.key_evaluation},
                            {"monitoring", out.proposed.monitoring},
                            {"assessment", out.proposed.assessment}});
    audit::append(s, db_.dialect(), e);
    return out;
  });
}

long long ResultApplicationService::link(const auth::Principal& me, long long year,
                                         const std::string& by) {
  if (by != "code" && by != "name") throw invalid("by", "认定方式只能是 code 或 name");
  if (me.role != auth::Role::performance_office) throw forbidden("只有绩效科可以批量认定上年项目");
  return db_.write([&](soci::session& s) {
    const std::string now = now_iso();
    const long long n = by == "code" ? repo::link_by_code(s, me.region_path, year, me.user_id, now)
                                     : repo::link_by_name(s, me.region_path, year, me.user_id, now);
    repo::pick_up_successors(s, me.region_path, now);
    return n;
  });
}

std::vector<repo::Suggestion> ResultApplicationService::suggestions(const auth::Principal& me,
                                                                    long long year) {
  if (!is_finance(me.role) && me.role != auth::Role::viewer) throw forbidden();
  return db_.read(
      [&](soci::session& s) { return repo::suggestions(s, me.region_path, year, 200); });
}

repo::Link ResultApplicationService::set_predecessor(const auth::Principal& me,
                                                     long long project_id,
                                                     long long predecessor_id) {
  return db_.write([&](soci::session& s) {
    const auto p = projects::repo::find(s, project_id, auth::read_scope(me));
    if (!p) throw not_found("项目不存在或无权访问");
    if (!is_finance(me.role) || !projects::repo::find(s, project_id, auth::write_scope(me)))
      throw forbidden("只有财政部门可以指定上年项目");
    const auto q = projects::repo::find(s, predecessor_id, auth::read_scope(me));
    if (!q) throw invalid("predecessor_id", "上年项目不存在或无权访问");
    if (q->year != p->year - 1) throw invalid("predecessor_id", "上年项目应为上一年度的项目");
    const std::string now = now_iso();
    repo::link_by_hand(s, project_id, predecessor_id, me.user_id, now);
    repo::pick_up_successors(s, me.region_path, now);
    auto e = audit::entry(me, "link", "project", project_id, p->region_id);
    e.after_json = boost::json::serialize(boost::json::object{{"predecessor_id", predecessor_id}});
    audit::append(s, db_.dialect(), e);
    return *repo::link_of(s, project_id);
  });
}

std::optional<repo::Link> ResultApplicationService::predecessor(const auth::Principal& me,
                                                                long long project_id) {
  return db_.read([&](soci::session& s) {
    if (!projects::repo::find(s, project_id, auth::read_scope(me)))
      throw not_found("项目不存在或无权访问");
    return repo::link_of(s, project_id);
  });
}

WhatIf ResultApplicationService::what_if(const auth::Principal& me, long long year,
                                         const boost::json::object& given) {
  if (!is_finance(me.role) && me.role != auth::Role::viewer) throw forbidden();
  return db_.read([&](soci::session& s) {
    auto params = rules::effective_rules(s, me.region_id, year).params("R-RA-2");
    for (const auto& [k, v] : given) {
      if (!params.contains(k)) throw invalid("bands." + std::string(k), "没有这一项调整规则");
      params[k] = v;
    }
    const Bands bands = read_bands(params, "bands");
    WhatIf out;
    out.year = year;
    out.bands = bands;
    Rows rows;
    for (const auto& g : repo::result_groups(s, year, bands.cut, auth::read_scope(me))) {
      const auto kind = proposed_kind(bands, g.key);
      if (!kind) continue;
      auto& r = row_of(rows, g);
      r.count += g.count;
      r.base_fen += g.base_fen;
      if (*kind == "prioritise") r.prioritised += g.count;
      if (*kind == "cut" || *kind == "cancel") {
        r.cut += g.count;
        r.moved_fen += *kind == "cut" ? g.moved_fen : g.base_fen;
      }
    }
    for (auto& [k, r] : rows) {
      add(out.total, r);
      out.rows.push_back(std::move(r));
    }
    return out;
  });
}

Summary ResultApplicationService::summary(const auth::Principal& me, long long year) {
  return db_.read([&](soci::session& s) {
    Summary out;
    out.year = year;
    const auto scope = auth::read_scope(me);
    out.counts = repo::status_counts(s, year, scope);
    Rows rows;
    for (const auto& g : repo::decided_groups(s, year, scope)) {
      auto& r = row_of(rows, g);
      r.count += g.count;
      r.base_fen += g.base_fen;
      if (g.key == "prioritise") r.prioritised += g.count;
      if (g.key == "cut" || g.key == "cancel") {
        r.cut += g.count;
        r.moved_fen += g.moved_fen;
      }
    }
    for (auto& [k, r] : rows) {
      add(out.total, r);
      out.rows.push_back(std::move(r));
    }
    return out;
  });
}

std::vector<audit::Record> ResultApplicationService::project_history(soci::session& s,
                                                                     long long project_id) {
  std::vector<audit::Record> out;
  for (long long id : repo::of_project(s, project_id)) {
    auto h = audit::history(s, "budget_action", id, 100);
    out.insert(out.end(), h.begin(), h.end());
  }
  std::ranges::sort(out, {}, &audit::Record::id);
  return out;
}

}  // namespace jixiao::result_application
