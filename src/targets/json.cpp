#include "targets/json.h"

#include <charconv>

#include "documents/json.h"

#include "base/error.h"
#include "base/money.h"
#include "library/vocabulary.h"
#include "projects/model.h"
#include "targets/lint/codes.h"
#include "targets/service.h"
#include "targets/workflow.h"

namespace jixiao::targets {

namespace {

constexpr std::size_t kMaxIndicators = 200;
constexpr std::size_t kMaxTasks = 100;
constexpr std::size_t kMaxTaskProjects = 100;

// The level-2 keys of every shipped framework version.
bool known_subcategory(std::string_view key) {
  for (const auto& f : library::frameworks())
    if (!f.category_of(key).empty()) return true;
  return false;
}

Indicator read_indicator(const boost::json::value& v, const std::string& prefix) {
  if (!v.is_object()) throw invalid(prefix, "每个指标必须是一个对象");
  JsonReader in(v.as_object(), prefix);
  Indicator i;
  i.category = in.optional_string("category", 20).value_or("");
  if (i.category != "output" && i.category != "benefit" && i.category != "cost" &&
      i.category != "satisfaction")
    throw invalid(in.field_name("category"), "一级指标只能是 output、benefit、cost、satisfaction");
  i.subcategory = in.optional_string("subcategory", 30).value_or("");
  if (!known_subcategory(i.subcategory))
    throw invalid(in.field_name("subcategory"), "二级指标不在指标体系中");
  i.name = in.optional_string("name", 100).value_or("");
  i.comparator = in.optional_string("comparator", 20).value_or("");
  if (!library::is_comparator(i.comparator))
    throw invalid(in.field_name("comparator"), "比较符只能是 >=、<=、=、>、< 或 qualitative");
  i.value = in.optional_string("value", 100).value_or("");
  i.unit = in.optional_string("unit", 20).value_or("");
  if (const auto* w = in.value("weight")) {
    i.weight = read_points(*w, in.field_name("weight"));
    if (i.weight > 10000) throw invalid(in.field_name("weight"), "权重应在 0 到 100 分之间");
  }
  i.direction = in.optional_string("direction", 10).value_or("");
  if (!i.direction.empty() && !library::is_direction(i.direction))
    throw invalid(in.field_name("direction"), "指标方向只能是 higher 或 lower");
  i.value_basis = in.optional_string("value_basis", 30).value_or("");
  if (!i.value_basis.empty() && !library::is_value_basis(i.value_basis))
    throw invalid(in.field_name("value_basis"),
                  "设定依据只能是 plan、industry_standard、history、budget_standard、other");
  i.explanation = in.optional_string("explanation", 500).value_or("");
  i.medium_value = in.optional_string("medium_value", 100).value_or("");
  // Labels the server sent back are accepted and ignored, so that an editor can send a target
  // as it received it.
  for (const char* label : {"category_label", "subcategory_label", "comparator_label",
                            "direction_label", "value_basis_label"})
    (void)in.optional_string(label, 100);
  in.finish();
  return i;
}

Task read_task(const boost::json::value& v, const std::string& prefix) {
  if (!v.is_object()) throw invalid(prefix, "每项任务必须是一个对象");
  JsonReader in(v.as_object(), prefix);
  Task t;
  t.duty = in.optional_string("duty", 200).value_or("");
  t.name = in.required_string("name", 200);
  t.amount_fen = in.optional_int("amount_fen", 0, 100'000'000'000'000LL).value_or(0);
  if (const auto* ids = in.value("project_ids")) {
    if (!ids->is_array()) throw invalid(in.field_name("project_ids"), "应为项目编号列表");
    if (ids->as_array().size() > kMaxTaskProjects)
      throw invalid(in.field_name("project_ids"),
                    "每项任务最多关联 " + std::to_string(kMaxTaskProjects) + " 个项目");
    for (const auto& id : ids->as_array()) {
      if (!id.is_int64() || id.as_int64() <= 0)
        throw invalid(in.field_name("project_ids"), "项目编号必须是正整数");
      t.project_ids.push_back(id.as_int64());
    }
  }
  in.finish();
  return t;
}

}  // namespace

long long read_points(const boost::json::value& v, const std::string& field) {
  // A number is sent as a number: "20" in quotes is a text, refused like any other.
  if (!v.is_number()) throw invalid(field, "应为数字（不加引号），不小于 0、最多两位小数");
  const auto exact = scaled_number(v, 2);
  if (!exact || *exact < 0) throw invalid(field, "应为不小于 0、最多两位小数的数字");
  return *exact;
}

std::string points(long long h) {
  char text[32];
  char* end = text;
  if (h < 0) *end++ = '-';
  const unsigned long long a = h < 0 ? 0ULL - static_cast<unsigned long long>(h) : h;
  end = std::to_chars(end, text + sizeof text, a / 100).ptr;
  *end++ = '.';
  *end++ = static_cast<char>('0' + a % 100 / 10);
  *end++ = static_cast<char>('0' + a % 10);
  return std::string(text, end);
}

std::vector<Indicator> read_indicator_fields(const boost::json::value& list,
                                             std::initializer_list<const char*> reported) {
  constexpr std::size_t kMaxIndicators = 200;
  if (!list.is_array()) throw invalid("indicators", "indicators 必须是数组");
  if (list.as_array().size() > kMaxIndicators)
    throw invalid("indicators", "指标最多 " + std::to_string(kMaxIndicators) + " 个");
  boost::json::array target_fields;
  for (const auto& v : list.as_array()) {
    auto item = v;
    if (item.is_object())
      for (const char* key : reported) item.as_object().erase(key);
    target_fields.push_back(std::move(item));
  }
  const boost::json::object wrapped{{"indicators", std::move(target_fields)}};
  JsonReader in(wrapped);
  TargetDraft draft;
  read_draft_fields(in, draft);
  return std::move(draft.indicators);
}

void read_draft_fields(JsonReader& in, TargetDraft& d) {
  if (auto g = in.optional_string("overall_goal", 2000)) d.overall_goal = *g;
  if (auto g = in.optional_string("medium_term_goal", 2000)) d.medium_term_goal = *g;
  if (auto g = in.optional_string("duties", 2000)) d.duties = *g;
  if (auto a = in.optional_int("amount_fen", 0, 100'000'000'000'000LL)) d.amount_fen = *a;
  if (const auto* list = in.value("indicators")) {
    if (!list->is_array()) throw invalid("indicators", "indicators 必须是数组");
    if (list->as_array().size() > kMaxIndicators) throw invalid("indicators", "指标最多 200 个");
    d.indicators.clear();
    std::size_t i = 0;
    for (const auto& v : list->as_array())
      d.indicators.push_back(read_indicator(v, "indicators[" + std::to_string(i++) + "]"));
  }
  if (const auto* list = in.value("tasks")) {
    if (!list->is_array()) throw invalid("tasks", "tasks 必须是数组");
    if (list->as_array().size() > kMaxTasks) throw invalid("tasks", "年度主要任务最多 100 项");
    d.tasks.clear();
    std::size_t i = 0;
    for (const auto& v : list->as_array())
      d.tasks.push_back(read_task(v, "tasks[" + std::to_string(i++) + "]"));
  }
}

boost::json::object indicator_json(const Indicator& i, const library::Framework& f) {
  boost::json::object o{{"category", i.category},
                        {"category_label", f.category_label(i.category)},
                        {"subcategory", i.subcategory},
                        {"subcategory_label", f.subcategory_label(i.subcategory)},
                        {"name", i.name},
                        {"comparator", i.comparator},
                        {"comparator_label", library::comparator_label(i.comparator)},
                        {"value", i.value},
                        {"unit", i.unit},
                        {"direction", i.direction},
                        {"direction_label", library::direction_label(i.direction)},
                        {"value_basis", i.value_basis},
                        {"value_basis_label", library::value_basis_label(i.value_basis)},
                        {"explanation", i.explanation},
                        {"medium_value", i.medium_value}};
  // Points as a JSON number: whole points stay integers, others carry their decimals.
  if (i.weight % 100 == 0)
    o["weight"] = i.weight / 100;
  else
    o["weight"] = boost::json::parse(points(i.weight));
  return o;
}

boost::json::array findings_json(const std::vector<Finding>& findings) {
  boost::json::array a;
  for (const auto& f : findings)
    a.push_back({{"code", f.code},
                 {"title", checks::title_of(f.code)},
                 {"severity", severity_name(f.severity)},
                 {"indicator", f.indicator ? boost::json::value(*f.indicator) : nullptr},
                 {"message", f.message},
                 {"rule", f.rule}});
  return a;
}

boost::json::object target_json(const Target& t, bool detail) {
  const Fen amount = t.draft.amount_fen.value_or(0);
  boost::json::object o{
      {"id", t.id},
      {"region_id", t.region_id},
      {"year", t.year},
      {"kind", t.kind},
      {"kind_label", kind_label(t.kind)},
      {"project_id", t.project_id ? boost::json::value(t.project_id) : nullptr},
      {"project_code", t.project_code},
      {"project_name", t.project_name},
      {"fund_type", t.fund_type},
      {"fund_type_label", projects::fund_type_label(t.fund_type)},
      {"unit_id", t.unit_id},
      {"unit_name", t.unit_name},
      {"department_id", t.department_id},
      {"department_name", t.department_name},
      {"amount_fen", amount},
      {"amount_wan", format_wan(amount)},
      {"framework_version", t.framework_version},
      {"indicator_count", t.draft.indicators.empty()
                              ? t.indicator_count
                              : static_cast<long long>(t.draft.indicators.size())},
      {"status", t.status},
      {"status_label", status_label(t.status)},
      {"score", t.score >= 0 ? boost::json::value(points(t.score)) : nullptr},
      {"grade", t.grade},
      {"grade_label", grade_label(t.grade)},
      {"not_funded", t.not_funded},
      {"errors", t.errors},
      {"warnings", t.warnings},
      {"version", t.version},
      {"submitted_at",
       t.submitted_at.empty() ? boost::json::value(nullptr) : boost::json::value(t.submitted_at)},
      {"decided_at",
       t.decided_at.empty() ? boost::json::value(nullptr) : boost::json::value(t.decided_at)},
      {"created_at", t.created_at},
      {"updated_at", t.updated_at}};
  if (detail) {
    const auto* f = library::find_framework(t.framework_version);
    const auto& framework = f ? *f : library::latest_framework();
    o["overall_goal"] = t.draft.overall_goal;
    o["medium_term_goal"] = t.draft.medium_term_goal;
    o["duties"] = t.draft.duties;
    boost::json::array tasks;
    for (const auto& task : t.draft.tasks) {
      boost::json::array ids;
      for (long long id : task.project_ids) ids.push_back(id);
      tasks.push_back({{"duty", task.duty},
                       {"name", task.name},
                       {"amount_fen", task.amount_fen},
                       {"amount_wan", format_wan(task.amount_fen)},
                       {"project_ids", std::move(ids)}});
    }
    o["tasks"] = std::move(tasks);
    boost::json::array indicators;
    for (const auto& i : t.draft.indicators) indicators.push_back(indicator_json(i, framework));
    o["indicators"] = std::move(indicators);
  }
  return o;
}

boost::json::object sheet_json(const ReviewSheet& sheet, const std::string& source) {
  boost::json::array items;
  for (const auto& i : sheet.items)
    items.push_back({{"key", i.key}, {"label", i.label}, {"hint", i.hint}, {"max", points(i.max)}});
  return {{"rule", "R-TR-2"},
          {"source", source},
          {"items", std::move(items)},
          {"pass_mark", points(sheet.pass_mark)}};
}

boost::json::object view_json(const TargetView& v) {
  auto o = target_json(v.target, true);
  o["findings"] = findings_json(v.findings);
  boost::json::array reviews;
  const auto& sheet = v.settings.sheet;
  for (const auto& r : v.reviews) {
    boost::json::object scores;
    const auto parsed = boost::json::parse(r.scores).as_object();
    for (const auto& [key, value] : parsed) scores[key] = points(value.to_number<long long>());
    reviews.push_back(
        {{"id", r.id},
         {"stage", r.stage},
         {"stage_label", target_workflow().label("review_" + r.stage)},
         {"reviewer_name", r.reviewer_name},
         {"decision", r.decision},
         {"decision_label", target_workflow().label(r.decision)},
         {"scores", std::move(scores)},
         {"total", r.total >= 0 ? boost::json::value(points(r.total)) : nullptr},
         {"grade", r.grade},
         {"grade_label", grade_label(r.grade)},
         {"pass_mark", r.pass_mark >= 0 ? boost::json::value(points(r.pass_mark)) : nullptr},
         {"comment", r.comment},
         {"created_at", r.created_at}});
  }
  o["reviews"] = std::move(reviews);
  boost::json::array letters;
  for (const auto& d : v.documents) letters.push_back(documents::document_json(d, false));
  o["documents"] = std::move(letters);
  o["sheet"] = sheet_json(sheet, v.settings.sheet_source);
  o["pass_mark"] = points(sheet.pass_mark);
  o["bands"] = bands_json(v.settings.bands);
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

namespace {

boost::json::object coverage_json(const Coverage& c) {
  return {{"key", c.key},
          {"label", c.label},
          {"projects", c.projects},
          {"projects_with_target", c.with_target},
          {"projects_approved", c.approved},
          {"failing", c.failing},
          {"amount_fen", c.amount_fen},
          {"amount_wan", format_wan(c.amount_fen)},
          {"amount_approved_fen", c.approved_fen},
          {"project_coverage", format_rate(c.approved, c.projects)},
          {"amount_coverage", format_rate(c.approved_fen, c.amount_fen)}};
}

boost::json::object region_json(const org::Region& r) {
  return {{"id", r.id}, {"name", r.name}, {"level", r.level}};
}

boost::json::array coverage_array(const std::vector<Coverage>& rows) {
  boost::json::array out;
  for (const auto& c : rows) out.push_back(coverage_json(c));
  return out;
}

}  // namespace

boost::json::object statistics_json(const TargetStatistics& st) {
  boost::json::object o = coverage_json(st.total);
  o.erase("key");
  o.erase("label");
  boost::json::object by_status;
  for (const auto& [status, n] : st.by_status) by_status[status] = n;
  o["year"] = st.year;
  o["submitted"] = st.submitted;
  o["decided"] = st.decided;
  o["first_pass"] = st.first_pass;
  o["first_pass_rate"] = format_rate(st.first_pass, st.decided);  // R-MON-2
  for (const char* status : {"approved", "returned", "rejected"}) o[status] = by_status[status];
  o["by_status"] = std::move(by_status);
  boost::json::array trail;
  for (const auto& r : st.trail) trail.push_back(region_json(r));
  o["region"] = st.region ? boost::json::value(region_json(*st.region)) : nullptr;
  o["trail"] = std::move(trail);
  o["by_region"] = coverage_array(st.by_region);
  o["by_department"] = coverage_array(st.by_department);
  o["by_fund_type"] = coverage_array(st.by_fund_type);
  return o;
}

}  // namespace jixiao::targets
