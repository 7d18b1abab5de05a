// MonitoringService::preview_rules: the effect of proposed R-MO-4 parameters on the latest
// checkpoint of the office's region, before they are saved.
#include <algorithm>
#include <map>

#include "base/clock.h"
#include "base/error.h"
#include "monitoring/rule_kinds.h"
#include "monitoring/run.h"
#include "monitoring/service.h"
#include "org/repo.h"
#include "rules/kinds.h"

namespace jixiao::monitoring {

RulePreview MonitoringService::preview_rules(const auth::Principal& me, long long year,
                                             const boost::json::object& params) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("预警规则由绩效科设置，您无权预览");
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  kinds.validate(*rules::find_national_rule("R-MO-4"), params);
  const WarningSettings proposed = warning_settings_of(params);
  return db_.read([&](soci::session& s) {
    // The region's latest checkpoint of the year that has been opened.
    std::optional<Checkpoint> latest;
    for (const auto& c : repo::checkpoints(s, year, me.region_path, false))
      if (c.region_id == me.region_id && c.status != "planned") latest = c;
    if (!latest) throw precondition("no_checkpoint", "本地区该年度还没有开启的监控节点，无从预览");
    RulePreview out;
    out.checkpoint = *latest;
    std::map<long long, PreviewRow> rows;
    const std::string today = now_iso().substr(0, 10);
    for (long long after = 0;;) {
      after = evaluate_batch(s, *latest, proposed, today, after, 5000, [&](const Evaluated& e) {
        PreviewRow& row = rows[e.report.department_id];
        row.department_id = e.report.department_id;
        for (PreviewRow* r : {&row, &out.total}) {
          ++r->reports;
          r->now.add(e.colour_before);
          r->proposed.add(e.report.colour);
          if (e.report.colour != e.colour_before) {
            ++r->changed;
            r->changed_budget_fen += e.report.budget_fen;
          }
        }
      });
      if (after == 0) break;
    }
    for (auto& [id, row] : rows) {
      const auto unit = org::repo::find_unit(s, id);
      row.department_name = unit ? unit->name : "";
      out.by_department.push_back(std::move(row));
    }
    std::ranges::sort(out.by_department, [](const PreviewRow& a, const PreviewRow& b) {
      if ((a.changed > 0) != (b.changed > 0)) return a.changed > 0;
      return a.department_name < b.department_name;
    });
    return out;
  });
}

}  // namespace jixiao::monitoring
