// A character-bigram index over names (table text_grams), the same on SQLite and PostgreSQL:
// Chinese words are mostly two characters long, which trigram indexes (FTS5 trigram, pg_trgm)
// cannot find.
#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>

#include "db/query.h"

namespace jixiao::db {

// Replaces the bigrams indexed for a document.
void index_text(soci::session& s, std::string_view doc_type, long long doc_id,
                std::string_view text);
void unindex_text(soci::session& s, std::string_view doc_type, long long doc_id);

// Appends "(condition)" keeping rows whose id_column document holds every bigram of the words.
// One character (no bigram) falls back to LIKE on like_column. Returns false, appending nothing,
// when the words are empty after normalising.
bool append_text_match(Query& q, std::string_view doc_type, std::string_view id_column,
                       std::string_view like_column, std::string_view words);

}  // namespace jixiao::db
