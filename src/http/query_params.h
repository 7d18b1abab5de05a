// Strict reading of query-string parameters: a bad value names its parameter in Chinese.
#pragma once

#include <optional>
#include <string>

#include "base/cursor.h"
#include "http/message.h"

namespace jixiao::http {

std::optional<long long> query_int(const Request& req, const std::string& name, long long min,
                                   long long max);
std::optional<std::string> query_text(const Request& req, const std::string& name,
                                      std::size_t max_chars);
// year: required, a fiscal year between 2000 and 2100.
long long required_year(const Request& req);
// cursor: nullopt on a first page; a 400 on `cursor` for anything the list did not hand out, its
// sort value of the kind the list's cursors carry (the one reader of every list's cursor).
std::optional<Cursor> query_cursor(const Request& req, CursorValue kind);
// cursor of a list ordered by id alone: the id to continue after, 0 for the first page.
long long query_after_id(const Request& req);
// The cursor that continues after the id (none when there is no next page).
std::optional<std::string> id_cursor(const std::optional<long long>& after);
// limit: default 50, at most 500 (the list contract).
int query_limit(const Request& req);
// limit of a list whose every row may be asked at once (an export of a list made in memory):
// as query_limit, or 0 for every row.
int query_limit_or_all(const Request& req);
// How deep a page jump may go: a jump skips its rows in an index walk, so its cost grows with the
// depth; next and previous pages go by cursor at any depth.
inline constexpr long long kMaxOffset = 10000;
// offset: the rows to skip before a page (a jump to page n asks (n - 1) × limit), 0 when absent;
// at most kMaxOffset, and never together with a cursor.
long long query_offset(const Request& req);

}  // namespace jixiao::http
