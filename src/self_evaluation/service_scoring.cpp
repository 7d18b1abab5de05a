// EvaluationService's re-scoring of a round: the round's own office starts it (after it changes
// the year's rule parameters, or after a bulk load) and everyone who sees the round follows it.
#include <optional>

#include "auth/repo.h"
#include "base/error.h"
#include "self_evaluation/service.h"

namespace jixiao::self_evaluation {

std::pair<Round, bool> EvaluationService::round(const auth::Principal& me, long long id) {
  const auto found = db_.read([&](soci::session& s) { return repo::find_round(s, id); });
  if (found)
    for (auto& r : rounds(me, found->year))
      if (r.id == id) return {r, jobs_.running(id)};
  throw not_found("该年度绩效自评不存在或无权访问");
}

std::pair<Round, bool> EvaluationService::start_scoring(const auth::Principal& me, long long id) {
  if (me.role != auth::Role::performance_office)
    throw forbidden("绩效自评由开启它的绩效科重新计分，您无权办理");
  const Round r = round(me, id).first;  // 404 unless the caller sees it
  if (r.region_id != me.region_id)
    throw forbidden(std::to_string(r.year) + " 年度绩效自评由" + r.region_name +
                    "绩效科开启，只有它可以重新计分");
  if (!jobs_.start(id, me)) throw conflict("score_under_way", "该年度绩效自评正在重新计分，请稍候");
  return {r, true};
}

void EvaluationService::resume_scoring() {
  const auto stopped = db_.read([](soci::session& s) {
    std::vector<std::pair<long long, std::optional<auth::Principal>>> out;
    for (const long long id : repo::unfinished_scorings(s)) {
      const auto r = repo::find_round(s, id);
      std::optional<auth::Principal> by;
      if (r->scoring.by) {
        std::string username;
        s << "SELECT username FROM users WHERE id = :id", soci::use(r->scoring.by),
            soci::into(username);
        by = auth::repo::find_principal(s, username);
      }
      out.emplace_back(id, std::move(by));
    }
    return out;
  });
  for (const auto& [id, by] : stopped) jobs_.start(id, by);
}

}  // namespace jixiao::self_evaluation
