#include "library/service.h"

#include <algorithm>
#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/crypto.h"
#include "base/cursor.h"
#include "base/embedded_data.h"
#include "base/error.h"
#include "base/json.h"
#include "library/framework.h"
#include "library/json.h"
#include "library/repo.h"
#include "library/vocabulary.h"
#include "org/model.h"
#include "org/repo.h"

namespace jixiao::library {

namespace {

void require_maintainer(const auth::Principal& me) {
  if (me.role != auth::Role::performance_office && me.role != auth::Role::admin)
    throw forbidden("只有绩效科或系统管理员可以维护本地区的指标库和案例库");
}

// A row the caller may change: its own region's, never the national library.
void require_own(const auth::Principal& me, long long region_id) {
  if (region_id != me.region_id) throw forbidden("国家库和上级地区的条目只能查看，不能修改");
}

void audit(soci::session& s, db::Dialect d, const auth::Principal& me, const char* action,
           const char* entity, long long id, const std::string& before, const std::string& after) {
  auto e = audit::entry(me, action, entity, id, me.region_id);
  e.before_json = before;
  e.after_json = after;
  audit::append(s, d, e);
}

// National rows (region 0) and those of the regions on the caller's path are visible.
bool in_view(const std::vector<long long>& visible, long long region_id) {
  return region_id == 0 || std::find(visible.begin(), visible.end(), region_id) != visible.end();
}

void throw_first(const std::vector<std::pair<std::string, std::string>>& problems) {
  if (!problems.empty()) throw invalid(problems.front().first, problems.front().second);
}

TargetCase case_from_json(const boost::json::object& o, const std::string& now) {
  TargetCase c;
  c.industry = std::string(o.at("industry").as_string());
  c.function_class = std::string(o.at("function_class").as_string());
  c.name = std::string(o.at("name").as_string());
  c.amount_fen = o.at("amount_fen").to_number<long long>();
  c.overall_goal = std::string(o.at("overall_goal").as_string());
  c.indicators = o.at("indicators").as_array();
  c.created_at = now;
  return c;
}

}  // namespace

bool load_shipped_library(db::Database& db) {
  const auto& indicators_csv = embedded_file("library/indicators.csv");
  const auto& cases_json = embedded_file("library/cases.json");
  const std::string checksum = sha256_hex(indicators_csv + cases_json);
  return db.write([&](soci::session& s) {
    if (repo::shipped_checksum(s, "library") == checksum) return false;
    std::string error;
    const auto csv = parse_csv(indicators_csv, &error);
    if (!csv) throw std::runtime_error("data/library/indicators.csv: " + error);
    auto parsed = parse_indicator_rows(*csv, latest_framework());
    if (!parsed.errors.empty())
      throw std::runtime_error("data/library/indicators.csv row " +
                               std::to_string(parsed.errors.front().row) + ": " +
                               parsed.errors.front().message);
    const std::string now = now_iso();
    repo::delete_national_indicators(s);
    for (auto& i : parsed.rows) {
      i.created_at = i.updated_at = now;
      repo::insert_indicator(s, i);
    }
    repo::delete_national_cases(s);
    const auto cases = boost::json::parse(cases_json);
    for (const auto& c : cases.as_array()) repo::insert_case(s, case_from_json(c.as_object(), now));
    repo::set_shipped_checksum(s, "library", checksum, now);
    return true;
  });
}

std::vector<long long> LibraryService::visible_regions(soci::session& s,
                                                       const auth::Principal& me) {
  const auto region = org::repo::find_region(s, me.region_id);
  return region ? org::path_ids(region->path) : std::vector<long long>{};
}

IndicatorPage LibraryService::indicators(const auth::Principal& me, IndicatorFilter filter) {
  return db_.read([&](soci::session& s) {
    filter.region_ids = visible_regions(s, me);
    IndicatorPage page;
    page.items = repo::list_indicators(s, filter);
    page.next_after = cut_to_limit(page.items, filter.limit);
    page.total = repo::count_indicators(s, filter);
    return page;
  });
}

LibraryIndicator LibraryService::create_indicator(const auth::Principal& me, LibraryIndicator in) {
  require_maintainer(me);
  if (in.direction.empty()) in.direction = std::string(direction_of(in.comparator));
  throw_first(check_indicator(in, latest_framework()));
  in.region_id = me.region_id;
  in.created_at = in.updated_at = now_iso();
  return db_.write([&](soci::session& s) {
    if (repo::find_indicator_by_name(s, in.region_id, in.industry, in.name))
      throw conflict("duplicate_name", "本地区指标库中该行业已有同名指标", "name");
    in.id = repo::insert_indicator(s, in);
    audit(s, db_.dialect(), me, "create", "library_indicator", in.id, "null",
          serialize(indicator_json(in)));
    return *repo::find_indicator(s, in.id);
  });
}

LibraryIndicator LibraryService::update_indicator(const auth::Principal& me, long long id,
                                                  long long version,
                                                  const boost::json::object& changes) {
  require_maintainer(me);
  return db_.write([&](soci::session& s) {
    auto found = repo::find_indicator(s, id);
    if (!found || !in_view(visible_regions(s, me), found->region_id))
      throw not_found("指标不存在或无权访问");
    require_own(me, found->region_id);
    LibraryIndicator i = *found;
    JsonReader in(changes);
    auto set = [&](const char* key, std::string& field, std::size_t max) {
      if (auto v = in.optional_string(key, max)) field = *v;
    };
    set("industry", i.industry, 40);
    set("category", i.category, 40);
    set("subcategory", i.subcategory, 40);
    set("name", i.name, 100);
    set("definition", i.definition, 500);
    set("unit", i.unit, 20);
    set("comparator", i.comparator, 20);
    set("typical_value", i.typical_value, 60);
    set("direction", i.direction, 20);
    set("value_basis", i.value_basis, 40);
    in.optional_int("version", 1, INT64_MAX);
    in.finish();
    throw_first(check_indicator(i, latest_framework()));
    if (auto same = repo::find_indicator_by_name(s, i.region_id, i.industry, i.name);
        same && same->id != i.id)
      throw conflict("duplicate_name", "本地区指标库中该行业已有同名指标", "name");
    i.updated_at = now_iso();
    if (!repo::update_indicator(s, i, version))
      throw conflict("version_conflict", "该指标已被他人修改，请刷新后重试", "version");
    auto saved = *repo::find_indicator(s, id);
    audit(s, db_.dialect(), me, "update", "library_indicator", id,
          serialize(indicator_json(*found)), serialize(indicator_json(saved)));
    return saved;
  });
}

void LibraryService::delete_indicator(const auth::Principal& me, long long id) {
  require_maintainer(me);
  db_.write([&](soci::session& s) {
    auto found = repo::find_indicator(s, id);
    if (!found || !in_view(visible_regions(s, me), found->region_id))
      throw not_found("指标不存在或无权访问");
    require_own(me, found->region_id);
    repo::delete_indicator(s, id);
    audit(s, db_.dialect(), me, "delete", "library_indicator", id,
          serialize(indicator_json(*found)), "null");
  });
}

long long LibraryService::import_indicators(const auth::Principal& me, ParsedIndicators& parsed) {
  require_maintainer(me);
  if (!parsed.errors.empty()) return 0;
  const std::string now = now_iso();
  return db_.write([&](soci::session& s) -> long long {
    for (auto& i : parsed.rows) {
      i.region_id = me.region_id;
      i.created_at = i.updated_at = now;
      if (auto existing = repo::find_indicator_by_name(s, i.region_id, i.industry, i.name)) {
        i.id = existing->id;
        repo::update_indicator(s, i, existing->version);
      } else {
        i.id = repo::insert_indicator(s, i);
      }
    }
    audit(s, db_.dialect(), me, "import", "library_indicator", 0, "null",
          serialize(boost::json::object{{"rows", parsed.rows.size()}}));
    return static_cast<long long>(parsed.rows.size());
  });
}

CasePage LibraryService::cases(const auth::Principal& me, CaseFilter filter) {
  return db_.read([&](soci::session& s) {
    filter.region_ids = visible_regions(s, me);
    CasePage page;
    page.items = repo::list_cases(s, filter);
    page.next_after = cut_to_limit(page.items, filter.limit);
    page.total = repo::count_cases(s, filter);
    return page;
  });
}

TargetCase LibraryService::get_case(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto c = repo::find_case(s, id);
    if (!c || !in_view(visible_regions(s, me), c->region_id))
      throw not_found("案例不存在或无权访问");
    return *c;
  });
}

TargetCase LibraryService::create_case(const auth::Principal& me, TargetCase c) {
  require_maintainer(me);
  if (!is_industry(c.industry)) throw invalid("industry", "行业不正确");
  if (c.name.empty()) throw invalid("name", "案例名称不能为空");
  if (c.overall_goal.empty()) throw invalid("overall_goal", "总体目标不能为空");
  if (c.indicators.empty()) throw invalid("indicators", "案例至少要有一个指标");
  c.region_id = me.region_id;
  c.created_at = now_iso();
  return db_.write([&](soci::session& s) {
    c.id = repo::insert_case(s, c);
    audit(s, db_.dialect(), me, "create", "target_case", c.id, "null",
          serialize(case_json(c, false)));
    return c;
  });
}

void LibraryService::delete_case(const auth::Principal& me, long long id) {
  require_maintainer(me);
  db_.write([&](soci::session& s) {
    auto c = repo::find_case(s, id);
    if (!c || !in_view(visible_regions(s, me), c->region_id))
      throw not_found("案例不存在或无权访问");
    require_own(me, c->region_id);
    repo::delete_case(s, id);
    audit(s, db_.dialect(), me, "delete", "target_case", id, serialize(case_json(*c, false)),
          "null");
  });
}

}  // namespace jixiao::library
