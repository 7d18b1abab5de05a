// A request's JSON body as every route reads it: an object, its fields taken by a JsonReader, and
// any field nobody asked for refused (a misspelt field must not be silently ignored).
#pragma once

#include "base/json.h"
#include "http/message.h"

namespace jixiao::http {

// Parses the body (a 400 problem when it is not a JSON object), hands the reader to read and
// returns what read returns, after refusing unknown fields.
template <typename F>
auto with_body(const Request& req, F read) {
  const auto body = parse_json_object(req.body);
  JsonReader in(body);
  auto result = read(in);
  in.finish();
  return result;
}

}  // namespace jixiao::http
