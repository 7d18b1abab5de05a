#include "targets/rule_kinds.h"

#include <boost/json.hpp>
#include <string>

#include "base/error.h"
#include "library/framework.h"

namespace jixiao::targets {

namespace {

// Each runs after the shape check, so the keys are there and numbers have two decimals at most.

void check_framework(const boost::json::object& params) {
  if (!library::find_framework(std::string(params.at("framework").as_string())))
    throw invalid("params.framework", "没有这个版本的指标体系");
}

void check_sheet(const boost::json::object& params) {
  long long sum = 0;
  for (const auto& item : params.at("sheet").as_array()) {
    const long long max = rules::hundredths(item.as_object().at("max"));
    if (max <= 0) throw invalid("params.sheet", "每项满分必须大于 0");
    sum += max;
  }
  if (sum != 10000) throw invalid("params.sheet", "评分表各项满分合计必须为 100 分");
  const long long pass = rules::hundredths(params.at("pass_mark"));
  if (pass <= 0 || pass > 10000) throw invalid("params.pass_mark", "及格线应在 0 到 100 分之间");
}

void check_bands(const boost::json::object& params) {
  const long long e = rules::hundredths(params.at("excellent")),
                  g = rules::hundredths(params.at("good")),
                  f = rules::hundredths(params.at("fair"));
  if (!(e <= 10000 && e > g && g > f && f > 0))
    throw invalid("params", "等级下限应满足 100 ≥ 优 > 良 > 中 > 0");
}

}  // namespace

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-IND-1", check_framework);
  kinds.add("R-TR-2", check_sheet);
  kinds.add("R-GR-1", check_bands);
}

}  // namespace jixiao::targets
