// UTF-8 helpers: lengths are counted in characters, as a person counts them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao {

bool is_valid_utf8(std::string_view s);
// Decodes the code point of s at i strictly (no overlong forms or surrogates) and advances i;
// false, leaving i, on an invalid or truncated sequence.
bool decode_utf8(std::string_view s, std::size_t& i, char32_t& cp);
// Like decode_utf8, but an invalid byte decodes as U+FFFD and is skipped.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);
// What is wrong with a text that came in, if anything: bytes that are not UTF-8, or a control
// character (below U+0020 except tab, line feed and carriage return; U+007F to U+009F). Every
// text entering the system (JSON strings and keys, query strings, path parameters, CSV cells,
// multipart names) passes this one check at the edge.
enum class TextFault { none, not_utf8, control };
TextFault text_fault(std::string_view s);
// Throws invalid(field, …) naming field in Chinese when text_fault(s) is not none.
void check_text(const std::string& field, std::string_view s);
// s with every byte that is not UTF-8 replaced by U+FFFD: what an answer may quote of it.
std::string valid_utf8(std::string_view s);
// Number of code points; assumes valid UTF-8.
std::size_t utf8_length(std::string_view s);
// Removes leading and trailing ASCII white space and U+3000 (全角空格).
std::string trim(std::string_view s);
// Folds full-width ASCII (U+FF01..U+FF5E: "１２，３％" → "12,3%") to half-width and U+3000 to a
// space; everything else is kept byte for byte.
std::string fold_full_width(std::string_view s);
// Escapes a string for use inside a LIKE pattern with ESCAPE '\'.
std::string escape_like(std::string_view s);
// Escapes & < > " ' for XML and HTML text and attribute values.
std::string escape_xml(std::string_view s);

// Appends every piece to out, growing it once: a sentence of many parts costs one allocation,
// not one for each "+".
template <class... Pieces>
std::string& append_all(std::string& out, const Pieces&... pieces) {
  out.reserve(out.size() + (std::string_view(pieces).size() + ... + 0));
  (out.append(std::string_view(pieces)), ...);
  return out;
}
template <class... Pieces>
std::string concat(const Pieces&... pieces) {
  std::string out;
  append_all(out, pieces...);
  return out;
}

}  // namespace jixiao
