#include "db/query.h"

namespace jixiao::db {

Query& Query::bind(long long v) {
  values_.emplace_back(v);
  text_ += ":p" + std::to_string(values_.size());
  return *this;
}

Query& Query::bind(std::string v) {
  values_.emplace_back(std::move(v));
  text_ += ":p" + std::to_string(values_.size());
  return *this;
}

void Query::execute(soci::statement& st, bool fetch_first) {
  for (auto& v : values_) std::visit([&](auto& x) { st.exchange(soci::use(x)); }, v);
  st.alloc();
  st.prepare(text_);
  st.define_and_bind();
  st.execute(fetch_first);
}

Query& Query::page(int limit, long long offset) {
  sql(" LIMIT ").bind(static_cast<long long>(limit) + 1);
  if (offset > 0) sql(" OFFSET ").bind(offset);
  return *this;
}

long long Query::scalar(soci::session& s) {
  long long n = 0;
  for_each_row<long long>(
      s, *this, [](soci::statement& st, long long& v) { st.exchange(soci::into(v)); },
      [&](long long v) { n = v; });
  return n;
}

Prepared* Query::prepared(soci::session& s, const char* row_type) const {
  StatementCache* cache = statement_cache(s);
  if (!cache) return nullptr;
  // The same text may bind a number in one call and text in another: the kinds are in the key.
  std::string key = row_type;
  key += '|';
  for (const auto& v : values_) key += v.index() == 0 ? 'i' : 's';
  key += '|';
  key += text_;
  return cache->find_or_add(key);
}

void Query::prepare(Prepared& p, soci::statement& st) {
  p.values = std::move(values_);
  for (auto& v : p.values) std::visit([&](auto& x) { st.exchange(soci::use(x)); }, v);
  st.alloc();
  st.prepare(text_);
  st.define_and_bind();
}

void Query::rebind(Prepared& p) {
  // Same kinds in the same order (they are in the key), so each assignment keeps the address
  // the statement is bound to.
  for (std::size_t i = 0; i < values_.size(); ++i) {
    if (auto* n = std::get_if<long long>(&values_[i]))
      std::get<long long>(p.values[i]) = *n;
    else
      std::get<std::string>(p.values[i]) = std::move(std::get<std::string>(values_[i]));
  }
}

}  // namespace jixiao::db
