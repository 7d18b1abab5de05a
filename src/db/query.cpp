#include "db/query.h"

namespace jixiao::db {

Query& Query::bind(long long v) {
  ints_.push_back(v);
  order_.emplace_back(&ints_.back());
  text_ += ":p" + std::to_string(order_.size());
  return *this;
}

Query& Query::bind(std::string v) {
  strings_.push_back(std::move(v));
  order_.emplace_back(&strings_.back());
  text_ += ":p" + std::to_string(order_.size());
  return *this;
}

void Query::execute(soci::statement& st, bool fetch_first) {
  for (auto& v : order_) std::visit([&](auto* p) { st.exchange(soci::use(*p)); }, v);
  st.alloc();
  st.prepare(text_);
  st.define_and_bind();
  st.execute(fetch_first);
}

long long Query::scalar(soci::session& s) {
  long long n = 0;
  soci::statement st(s);
  st.exchange(soci::into(n));
  execute(st, true);
  return n;
}

}  // namespace jixiao::db
