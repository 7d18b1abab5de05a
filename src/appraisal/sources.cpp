#include "appraisal/sources.h"

#include <stdexcept>

#include "auth/scope_sql.h"
#include "workflow/state_label.h"

namespace jixiao::appraisal {

const std::vector<ItemInfo>& known_items() {
  static const std::vector<ItemInfo> items{
      {"target_count", "绩效目标覆盖率（个数）", "R-AP-1",
       "已批复绩效目标的项目数 ÷ 已申报（含已批复、执行中、已完成）的项目数"},
      {"target_money", "绩效目标覆盖率（金额）", "R-AP-1",
       "已批复绩效目标的项目金额 ÷ 已申报项目的金额"},
      {"monitoring_count", "运行监控覆盖率（个数）", "R-AP-1",
       "已报送的监控报告数 ÷ 报送期限已到的监控报告数（R-MO-1）"},
      {"monitoring_money", "运行监控覆盖率（金额）", "R-AP-1",
       "已报送监控报告的预算金额 ÷ 报送期限已到的监控报告预算金额（R-MO-1）"},
      {"self_evaluation_count", "绩效自评覆盖率（个数）", "R-AP-1",
       "已提交的自评数 ÷ 应开展的自评数（R-SE）"},
      {"self_evaluation_money", "绩效自评覆盖率（金额）", "R-AP-1",
       "已提交自评的预算金额 ÷ 应开展自评的预算金额（R-SE）"},
      {"timeliness", "按时完成率", "R-RA-1",
       "按期限报送的监控报告和自评、按期反馈的重点评价结果 ÷ 期限已到的事项（R-MO-2、R-RA-1："
       "重点评价结果于定稿后 20 日内反馈，计入地区）"},
      {"target_first_pass", "绩效目标审核一次通过率", "R-AP-1",
       "未经退回即批复的绩效目标数 ÷ 已批复的绩效目标数（R-TR）"},
      {"inflation", "自评质量（未虚高率）", "R-RV-2",
       "复核后未虚高的自评数 ÷ 已复核的自评数（自评分高于复核分 10 分以上为虚高）"},
      {"rectification", "问题整改率", "R-RA-1", "已销号的问题 ÷ 到期应整改的问题"},
      {"disclosure", "信息公开率", "R-DI-1", "已公开的事项 ÷ 应公开的事项"},
  };
  return items;
}

const ItemInfo* find_item(std::string_view code) {
  for (const auto& i : known_items())
    if (i.code == code) return &i;
  return nullptr;
}

Sources::Sources() {
  add_target_sources(*this);
  add_monitoring_sources(*this);
  add_self_evaluation_sources(*this);
  add_timeliness_source(*this);
  add_rectification_source(*this);
  add_disclosure_source(*this);
}

void Sources::add(ItemSource source) {
  if (find(source.code))
    throw std::logic_error("appraisal item source added twice: " + source.code);
  sources_.push_back(std::move(source));
}

const ItemSource* Sources::find(std::string_view code) const {
  for (const auto& s : sources_)
    if (s.code == code) return &s;
  return nullptr;
}

void append_tree(db::Query& q, const Context& c, const char* region_col) {
  q.sql(region_col).sql(" IN (");
  auth::append_regions_under(q, c.region_path);
  q.sql(")");
}

void append_subject(db::Query& q, const Context& c, const Subject& s, const char* region_col,
                    const char* department_col) {
  if (s.kind == Subject::Kind::department) {
    q.sql(region_col).sql(" = ").bind(c.region_id).sql(" AND ").sql(department_col).sql(" = ");
    q.bind(s.id);
    return;
  }
  q.sql(region_col).sql(" IN (");
  auth::append_regions_under(q, s.region_path);
  q.sql(")");
}

std::vector<Counts> fetch_counts(soci::session& s, db::Query& q) {
  return db::fetch_all<Counts>(s, q, [](soci::statement& st, Counts& r) {
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.numerator));
    st.exchange(soci::into(r.denominator));
  });
}

std::string workflow_state_label(std::string_view entity, std::string_view status) {
  return workflow::state_label_of(entity, status);
}

}  // namespace jixiao::appraisal
