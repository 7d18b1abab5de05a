#include "key_evaluation/agency_report_service.h"

#include <map>

#include "base/error.h"
#include "key_evaluation/agency_report_repo.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/registry_access.h"
#include "key_evaluation/registry_repo.h"
#include "key_evaluation/settings.h"
#include "key_evaluation/workflow.h"
#include "rules/service.h"

namespace jixiao::key_evaluation {

std::vector<Scorecard> AgencyReportService::scorecards(const auth::Principal& me,
                                                       long long year_from, long long year_to) {
  if (year_to < year_from) throw invalid("year_to", "截止年度不能早于起始年度");
  if (year_to - year_from >= 10) throw invalid("year_from", "一次最多查看 10 个年度");
  return db_.read([&](soci::session& s) {
    const auto who = agency_reader(s, me);
    // An agency's account with no agency linked reads nothing.
    if (who.region_path.empty() && who.agency_id == 0) return std::vector<Scorecard>{};
    return key_evaluation::scorecards(
        agency_report_repo::year_counts(s, who.region_path, who.agency_id, year_from, year_to));
  });
}

FeeStatement AgencyReportService::fee_statement(const auth::Principal& me, long long agency_id,
                                                long long year) {
  return db_.read([&](soci::session& s) {
    auto agency = registry_repo::find_agency(s, agency_id, agency_reader(s, me));
    if (!agency) throw not_found("第三方机构不存在或无权访问");
    FeeStatement out;
    out.year = year;
    for (const auto& y : agency->years)
      if (y.year == year) {
        out.contract_no = y.contract_no;
        out.contract_total_fen = y.fee_fen;
      }
    EvaluationFilter f;
    f.agency_id = agency_id;
    f.year = year;
    f.limit = 1000;
    const auto reader = evaluation_reader(evaluation_caller(s, me));
    // The fee bands of each commissioning region's year, read once.
    std::map<long long, FeeBands> bands_of;
    for (auto& e : evaluation_repo::list(s, f, reader)) {
      FeeLine line;
      out.commissioned_fen += e.contract_fee_fen;
      if (e.quality_score >= 0) {
        auto bands = bands_of.find(e.region_id);
        if (bands == bands_of.end())
          bands = bands_of
                      .emplace(e.region_id,
                               key_evaluation_settings(rules::effective_rules(s, e.region_id, year))
                                   .fee_bands)
                      .first;
        line.fee = fee_payable(e.contract_fee_fen, e.quality_score, e.reworked, bands->second);
        line.pending = line.fee.state != FeeState::payable;
      }
      if (line.pending) {
        ++out.pending;
      } else {
        out.payable_fen += line.fee.payable_fen;
        out.deducted_fen += line.fee.deducted_fen;
      }
      line.evaluation = std::move(e);
      out.lines.push_back(std::move(line));
    }
    out.agency = std::move(*agency);
    return out;
  });
}

}  // namespace jixiao::key_evaluation
