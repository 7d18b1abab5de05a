#include "disclosure/public_json.h"

#include <boost/json.hpp>

namespace jixiao::disclosure {

namespace {

namespace json = boost::json;

constexpr const char* kBom = "\xEF\xBB\xBF";

void line(std::string& out, std::initializer_list<std::string_view> cells) {
  bool first = true;
  for (auto c : cells) {
    if (!first) out += ',';
    first = false;
    out += csv_cell(c);
  }
  out += "\r\n";
}

std::string text_of(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return "";
  if (v->is_string()) return std::string(v->as_string());
  return json::serialize(*v);
}

// The public path of a subject (region/year/code) under /api/public/v1/projects/.
std::string permalink(const std::string& subject) { return "/gongkai/" + subject; }

}  // namespace

json::array regions_json(const std::vector<public_repo::Region>& rows) {
  json::array out;
  for (const auto& r : rows)
    out.push_back({{"code", r.code},
                   {"name", r.name},
                   {"level", r.level},
                   {"parent_code",
                    r.parent_code.empty() ? json::value(nullptr) : json::value(r.parent_code)}});
  return out;
}

std::string regions_csv(const std::vector<public_repo::Region>& rows) {
  std::string out = kBom;
  line(out, {"地区代码", "地区名称", "级次", "上级地区代码"});
  for (const auto& r : rows) line(out, {r.code, r.name, r.level, r.parent_code});
  return out;
}

json::array departments_json(const std::vector<public_repo::Department>& rows) {
  json::array out;
  for (const auto& d : rows)
    out.push_back(
        {{"department_id", d.id}, {"name", d.name}, {"projects", d.subjects}, {"items", d.items}});
  return out;
}

std::string departments_csv(const std::vector<public_repo::Department>& rows) {
  std::string out = kBom;
  line(out, {"部门编号", "部门名称", "公开项目数", "公开事项数"});
  for (const auto& d : rows)
    line(out, {std::to_string(d.id), d.name, std::to_string(d.subjects), std::to_string(d.items)});
  return out;
}

json::array subjects_json(const std::vector<public_repo::Subject>& rows) {
  json::array out;
  for (const auto& s : rows)
    out.push_back({{"subject", s.subject},
                   {"permalink", permalink(s.subject)},
                   {"title", s.title},
                   {"region_name", s.region_name},
                   {"department_name", s.department_name},
                   {"items", s.items}});
  return out;
}

std::string subjects_csv(const std::vector<public_repo::Subject>& rows) {
  std::string out = kBom;
  line(out, {"公开路径", "项目名称", "地区", "部门", "公开事项数"});
  for (const auto& s : rows)
    line(out, {s.subject, s.title, s.region_name, s.department_name, std::to_string(s.items)});
  return out;
}

json::object project_json(const ProjectPage& p) {
  json::array items;
  std::string title, region_name, department_name;
  for (const auto& i : p.items) {
    json::value snap = json::parse(i.snapshot);
    const auto& o = snap.as_object();
    if (title.empty()) {
      title = text_of(o, "title");
      region_name = text_of(o, "region_name");
      department_name = text_of(o, "department_name");
    }
    items.push_back(std::move(snap));
  }
  return {{"subject", p.subject},
          {"permalink", permalink(p.subject)},
          {"region_code", p.region_code},
          {"year", p.year},
          {"code", p.code},
          {"title", title},
          {"region_name", region_name},
          {"department_name", department_name},
          {"items", std::move(items)}};
}

std::string project_csv(const ProjectPage& p) {
  std::string out = kBom;
  line(out, {"公开路径", "公开事项", "项目名称", "公开时间", "得分", "等级", "一级指标", "二级指标",
             "三级指标", "指标值", "计量单位", "实际完成值", "指标得分"});
  for (const auto& i : p.items) {
    const json::value snap = json::parse(i.snapshot);
    const auto& o = snap.as_object();
    const std::string kind = text_of(o, "kind_label"), title = text_of(o, "title"),
                      at = text_of(o, "published_at"), score = text_of(o, "score"),
                      grade = text_of(o, "grade_label");
    const auto* indicators = o.if_contains("indicators");
    if (!indicators || indicators->as_array().empty()) {
      line(out, {i.slug, kind, title, at, score, grade, "", "", "", "", "", "", ""});
      continue;
    }
    for (const auto& row : indicators->as_array()) {
      const auto& r = row.as_object();
      line(out, {i.slug, kind, title, at, score, grade, text_of(r, "category"),
                 text_of(r, "subcategory"), text_of(r, "name"),
                 text_of(r, "comparator_label") + text_of(r, "value"), text_of(r, "unit"),
                 text_of(r, "actual_value"), text_of(r, "score")});
    }
  }
  return out;
}

}  // namespace jixiao::disclosure
