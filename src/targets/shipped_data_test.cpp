// The shipped library and cases are exemplary: every indicator row reads cleanly and every case
// passes the lint without an error, so copying one never starts a target with a problem.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/csv.h"
#include "base/embedded_data.h"
#include "library/framework.h"
#include "library/import_rules.h"
#include "library/model.h"
#include "targets/json.h"
#include "targets/lint.h"
#include "targets/settings.h"

namespace jixiao::targets {
namespace {

TEST(ShippedData, EveryLibraryRowReadsCleanly) {
  std::string error;
  const auto csv = parse_csv(embedded_file("library/indicators.csv"), &error);
  ASSERT_TRUE(csv) << error;
  const auto parsed = library::parse_indicator_rows(*csv, library::latest_framework());
  for (const auto& e : parsed.errors)
    ADD_FAILURE() << "row " << e.row << " " << e.column << ": " << e.message;
  EXPECT_GE(parsed.rows.size(), 200u);
  EXPECT_GE(library::industries().size(), 20u);
  for (const auto& row : parsed.rows)
    EXPECT_TRUE(library::is_industry(row.industry)) << row.industry;
}

TEST(ShippedData, EveryCasePassesTheLintWithoutAnError) {
  const auto cases = boost::json::parse(embedded_file("library/cases.json"));
  LintContext context;
  context.framework = &library::latest_framework();
  context.params = national_target_settings().lint;
  int n = 0;
  for (const auto& c : cases.as_array()) {
    const auto& o = c.as_object();
    boost::json::object body{{"overall_goal", o.at("overall_goal")},
                             {"amount_fen", o.at("amount_fen")},
                             {"indicators", o.at("indicators")}};
    JsonReader in(body);
    TargetDraft d;
    read_draft_fields(in, d);
    in.finish();
    context.project_name = std::string(o.at("name").as_string());
    EXPECT_FALSE(library::industry_of(std::string(o.at("function_class").as_string())).empty())
        << context.project_name;
    for (const auto& f : lint(d, context))
      if (f.severity == Severity::error)
        ADD_FAILURE() << context.project_name << ": " << f.code << " " << f.message;
    ++n;
  }
  EXPECT_GE(n, 40);
}

}  // namespace
}  // namespace jixiao::targets
