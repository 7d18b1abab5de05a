#include "library/repo.h"

#include <boost/json.hpp>

#include "db/query.h"
#include "db/text_index.h"

namespace jixiao::library::repo {

namespace {

constexpr const char* kIndicatorColumns =
    "SELECT i.id, COALESCE(i.region_id, 0), i.industry, i.category, i.subcategory, i.name, "
    "i.definition, i.unit, i.comparator, i.typical_value, i.direction, i.value_basis, i.version, "
    "i.created_at, i.updated_at FROM library_indicators i";

void bind_indicator(soci::statement& st, LibraryIndicator& i) {
  st.exchange(soci::into(i.id));
  st.exchange(soci::into(i.region_id));
  st.exchange(soci::into(i.industry));
  st.exchange(soci::into(i.category));
  st.exchange(soci::into(i.subcategory));
  st.exchange(soci::into(i.name));
  st.exchange(soci::into(i.definition));
  st.exchange(soci::into(i.unit));
  st.exchange(soci::into(i.comparator));
  st.exchange(soci::into(i.typical_value));
  st.exchange(soci::into(i.direction));
  st.exchange(soci::into(i.value_basis));
  st.exchange(soci::into(i.version));
  st.exchange(soci::into(i.created_at));
  st.exchange(soci::into(i.updated_at));
}

// The regions whose rows are visible: the shipped national rows and those of the given regions.
void append_regions(db::Query& q, const char* column, const std::vector<long long>& ids,
                    bool own_only) {
  if (own_only) {
    q.sql(column).sql(" = ").bind(ids.empty() ? -1LL : ids.back());
    return;
  }
  q.sql("(").sql(column).sql(" IS NULL");
  for (long long id : ids) q.sql(" OR ").sql(column).sql(" = ").bind(id);
  q.sql(")");
}

void append_indicator_filter(db::Query& q, const IndicatorFilter& f) {
  q.sql(" WHERE ");
  append_regions(q, "i.region_id", f.region_ids, f.own_only);
  if (f.industry) q.sql(" AND i.industry = ").bind(*f.industry);
  if (f.category) q.sql(" AND i.category = ").bind(*f.category);
  if (f.subcategory) q.sql(" AND i.subcategory = ").bind(*f.subcategory);
  if (f.words) {
    q.sql(" AND ");
    if (!db::append_text_match(q, "library_indicator", "i.id", "i.name", *f.words)) q.sql("1 = 1");
  }
}

constexpr const char* kCaseColumns =
    "SELECT c.id, COALESCE(c.region_id, 0), c.industry, c.function_class, c.name, c.amount_fen, "
    "c.overall_goal, c.indicators, COALESCE(c.source_target_id, 0), c.created_at "
    "FROM target_cases c";

struct CaseRow {
  TargetCase c;
  std::string indicators;
};

void bind_case(soci::statement& st, CaseRow& r) {
  st.exchange(soci::into(r.c.id));
  st.exchange(soci::into(r.c.region_id));
  st.exchange(soci::into(r.c.industry));
  st.exchange(soci::into(r.c.function_class));
  st.exchange(soci::into(r.c.name));
  st.exchange(soci::into(r.c.amount_fen));
  st.exchange(soci::into(r.c.overall_goal));
  st.exchange(soci::into(r.indicators));
  st.exchange(soci::into(r.c.source_target_id));
  st.exchange(soci::into(r.c.created_at));
}

void append_case_filter(db::Query& q, const CaseFilter& f) {
  q.sql(" WHERE ");
  append_regions(q, "c.region_id", f.region_ids, false);
  if (f.industry) q.sql(" AND c.industry = ").bind(*f.industry);
  if (f.function_class) q.sql(" AND c.function_class LIKE ").bind(*f.function_class + "%");
  if (f.words) {
    q.sql(" AND ");
    if (!db::append_text_match(q, "target_case", "c.id", "c.name", *f.words)) q.sql("1 = 1");
  }
}

std::vector<TargetCase> fetch_cases(soci::session& s, db::Query& q) {
  std::vector<TargetCase> out;
  for (auto& r : db::fetch_all<CaseRow>(s, q, bind_case)) {
    r.c.indicators = boost::json::parse(r.indicators).as_array();
    out.push_back(std::move(r.c));
  }
  return out;
}

}  // namespace

std::vector<LibraryIndicator> list_indicators(soci::session& s, const IndicatorFilter& f) {
  db::Query q(kIndicatorColumns);
  append_indicator_filter(q, f);
  if (f.after_id) q.sql(" AND i.id > ").bind(f.after_id);
  q.sql(" ORDER BY i.id").page(f.limit, f.offset);
  return db::fetch_all<LibraryIndicator>(s, q, bind_indicator);
}

long long count_indicators(soci::session& s, const IndicatorFilter& f) {
  db::Query q("SELECT COUNT(*) FROM library_indicators i");
  append_indicator_filter(q, f);
  return q.scalar(s);
}

std::optional<LibraryIndicator> find_indicator(soci::session& s, long long id) {
  db::Query q(kIndicatorColumns);
  q.sql(" WHERE i.id = ").bind(id);
  return db::fetch_first<LibraryIndicator>(s, q, bind_indicator);
}

std::optional<LibraryIndicator> find_indicator_by_name(soci::session& s, long long region_id,
                                                       const std::string& industry,
                                                       const std::string& name) {
  db::Query q(kIndicatorColumns);
  q.sql(" WHERE COALESCE(i.region_id, 0) = ").bind(region_id);
  q.sql(" AND i.industry = ").bind(industry).sql(" AND i.name = ").bind(name);
  return db::fetch_first<LibraryIndicator>(s, q, bind_indicator);
}

long long insert_indicator(soci::session& s, const LibraryIndicator& i) {
  soci::indicator region_ind = i.region_id ? soci::i_ok : soci::i_null;
  long long id = 0;
  s << "INSERT INTO library_indicators (region_id, industry, category, subcategory, name, "
       "definition, unit, comparator, typical_value, direction, value_basis, created_at, "
       "updated_at) VALUES (:r, :ind, :c, :sc, :n, :d, :u, :cmp, :tv, :dir, :vb, :ca, :ua) "
       "RETURNING id",
      soci::use(i.region_id, region_ind), soci::use(i.industry), soci::use(i.category),
      soci::use(i.subcategory), soci::use(i.name), soci::use(i.definition), soci::use(i.unit),
      soci::use(i.comparator), soci::use(i.typical_value), soci::use(i.direction),
      soci::use(i.value_basis), soci::use(i.created_at), soci::use(i.updated_at), soci::into(id);
  db::index_text(s, "library_indicator", id, i.name);
  return id;
}

bool update_indicator(soci::session& s, const LibraryIndicator& i, long long expected_version) {
  const long long changed = db::execute_counting(
      s,
      "UPDATE library_indicators SET industry = :ind, category = :c, subcategory = :sc, "
      "name = :n, definition = :d, unit = :u, comparator = :cmp, typical_value = :tv, "
      "direction = :dir, value_basis = :vb, updated_at = :ua, version = version + 1 "
      "WHERE id = :id AND version = :v",
      soci::use(i.industry), soci::use(i.category), soci::use(i.subcategory), soci::use(i.name),
      soci::use(i.definition), soci::use(i.unit), soci::use(i.comparator),
      soci::use(i.typical_value), soci::use(i.direction), soci::use(i.value_basis),
      soci::use(i.updated_at), soci::use(i.id), soci::use(expected_version));
  if (changed) db::index_text(s, "library_indicator", i.id, i.name);
  return changed > 0;
}

void delete_indicator(soci::session& s, long long id) {
  db::unindex_text(s, "library_indicator", id);
  s << "DELETE FROM library_indicators WHERE id = :id", soci::use(id);
}

void delete_national_indicators(soci::session& s) {
  s << "DELETE FROM text_grams WHERE doc_type = 'library_indicator' AND doc_id IN "
       "(SELECT id FROM library_indicators WHERE region_id IS NULL)";
  s << "DELETE FROM library_indicators WHERE region_id IS NULL";
}

std::vector<TargetCase> list_cases(soci::session& s, const CaseFilter& f) {
  db::Query q(kCaseColumns);
  append_case_filter(q, f);
  if (f.after_id) q.sql(" AND c.id > ").bind(f.after_id);
  q.sql(" ORDER BY c.id").page(f.limit, f.offset);
  return fetch_cases(s, q);
}

long long count_cases(soci::session& s, const CaseFilter& f) {
  db::Query q("SELECT COUNT(*) FROM target_cases c");
  append_case_filter(q, f);
  return q.scalar(s);
}

std::optional<TargetCase> find_case(soci::session& s, long long id) {
  db::Query q(kCaseColumns);
  q.sql(" WHERE c.id = ").bind(id);
  auto rows = fetch_cases(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

long long insert_case(soci::session& s, const TargetCase& c) {
  soci::indicator region_ind = c.region_id ? soci::i_ok : soci::i_null;
  soci::indicator source_ind = c.source_target_id ? soci::i_ok : soci::i_null;
  const std::string indicators = boost::json::serialize(c.indicators);
  long long id = 0;
  s << "INSERT INTO target_cases (region_id, industry, function_class, name, amount_fen, "
       "overall_goal, indicators, source_target_id, created_at) VALUES (:r, :i, :f, :n, :a, :g, "
       ":ind, :src, :at) RETURNING id",
      soci::use(c.region_id, region_ind), soci::use(c.industry), soci::use(c.function_class),
      soci::use(c.name), soci::use(c.amount_fen), soci::use(c.overall_goal), soci::use(indicators),
      soci::use(c.source_target_id, source_ind), soci::use(c.created_at), soci::into(id);
  db::index_text(s, "target_case", id, c.name);
  return id;
}

void delete_case(soci::session& s, long long id) {
  db::unindex_text(s, "target_case", id);
  s << "DELETE FROM target_cases WHERE id = :id", soci::use(id);
}

void delete_national_cases(soci::session& s) {
  s << "DELETE FROM text_grams WHERE doc_type = 'target_case' AND doc_id IN "
       "(SELECT id FROM target_cases WHERE region_id IS NULL)";
  s << "DELETE FROM target_cases WHERE region_id IS NULL";
}

std::string shipped_checksum(soci::session& s, const std::string& name) {
  std::string checksum;
  soci::indicator ind = soci::i_null;
  s << "SELECT checksum FROM shipped_data WHERE name = :n", soci::use(name),
      soci::into(checksum, ind);
  return s.got_data() && ind == soci::i_ok ? checksum : std::string();
}

void set_shipped_checksum(soci::session& s, const std::string& name, const std::string& checksum,
                          const std::string& now) {
  s << "DELETE FROM shipped_data WHERE name = :n", soci::use(name);
  s << "INSERT INTO shipped_data (name, checksum, loaded_at) VALUES (:n, :c, :t)", soci::use(name),
      soci::use(checksum), soci::use(now);
}

}  // namespace jixiao::library::repo
