#include "cli/demo_appraisal.h"

#include <stdexcept>

#include "appraisal/rule_kinds.h"
#include "appraisal/service.h"
#include "auth/repo.h"
#include "rules/service.h"

namespace jixiao::cli {

void insert_demo_appraisal(db::Database& db, long long year) {
  rules::RuleService rules(db);
  appraisal::register_rule_kinds(rules.kinds());
  appraisal::AppraisalService service(db, rules);
  const auto office =
      db.read([](soci::session& s) { return auth::repo::find_principal(s, "demo_office"); });
  if (!office) throw std::logic_error("demo account missing: demo_office");
  auto departments = service.create(*office, year, "department");
  departments = service.compute(*office, departments.id, departments.version);
  service.issue(*office, departments.id, departments.version);
  const auto regions = service.create(*office, year, "region");
  service.compute(*office, regions.id, regions.version);
}

}  // namespace jixiao::cli
