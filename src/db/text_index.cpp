#include "db/text_index.h"

#include "base/ngram.h"
#include "base/text.h"

namespace jixiao::db {

void unindex_text(soci::session& s, std::string_view doc_type, long long doc_id) {
  const std::string type(doc_type);
  s << "DELETE FROM text_grams WHERE doc_type = :t AND doc_id = :id", soci::use(type),
      soci::use(doc_id);
}

void index_text(soci::session& s, std::string_view doc_type, long long doc_id,
                std::string_view text) {
  unindex_text(s, doc_type, doc_id);
  auto grams = bigrams(text);
  if (grams.empty()) return;
  // One bulk insert: the vectors are bound once and executed for every element.
  std::vector<std::string> types(grams.size(), std::string(doc_type));
  std::vector<long long> ids(grams.size(), doc_id);
  s << "INSERT INTO text_grams (doc_type, gram, doc_id) VALUES (:t, :g, :id)", soci::use(types),
      soci::use(grams), soci::use(ids);
}

bool append_text_match(Query& q, std::string_view doc_type, std::string_view id_column,
                       std::string_view like_column, std::string_view words) {
  const auto grams = bigrams(words);
  if (grams.empty()) return false;
  if (grams.size() == 1 && utf8_length(grams.front()) == 1) {
    q.sql("(").sql(like_column).sql(" LIKE ");
    q.bind("%" + escape_like(grams.front()) + "%").sql(" ESCAPE '\\')");
    return true;
  }
  q.sql("(").sql(id_column).sql(" IN (SELECT doc_id FROM text_grams WHERE doc_type = ");
  q.bind(std::string(doc_type)).sql(" AND gram IN (");
  for (std::size_t i = 0; i < grams.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(grams[i]);
  }
  q.sql(") GROUP BY doc_id HAVING COUNT(*) = ");
  q.bind(static_cast<long long>(grams.size())).sql("))");
  return true;
}

}  // namespace jixiao::db
