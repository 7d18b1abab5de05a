#include "annual_report/access.h"

#include "base/error.h"
#include "org/repo.h"

namespace jixiao::annual_report {

org::Region readable_region(soci::session& s, const auth::Principal& me, long long region_id) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::viewer)
    throw forbidden("只有绩效科和监督人员可以查看年度工作报告和它的数据");
  const auto region = org::repo::find_region(s, region_id ? region_id : me.region_id);
  if (!region || !region->path.starts_with(me.region_path)) throw not_found("地区不存在或无权访问");
  return *region;
}

}  // namespace jixiao::annual_report
