// A request's JSON body as every route reads it: sent as application/json, an object that passes
// the general rules of base/json.h, its fields taken by a JsonReader, and any field nobody asked
// for refused (a misspelt field must not be silently ignored).
#pragma once

#include "base/json.h"
#include "http/message.h"

namespace jixiao::http {

// The body as one JSON object: a 415 on Content-Type unless it says application/json, a 400
// problem naming the field for anything else wrong.
boost::json::object json_body(const Request& req);

// Reads the body (json_body), hands the reader to read and returns what read returns, after
// refusing unknown fields.
template <typename F>
auto with_body(const Request& req, F read) {
  const auto body = json_body(req);
  JsonReader in(body);
  auto result = read(in);
  in.finish();
  return result;
}

}  // namespace jixiao::http
