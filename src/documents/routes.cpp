#include "documents/routes.h"

#include "base/error.h"
#include "documents/docx.h"
#include "documents/json.h"
#include "documents/kinds.h"
#include "http/list_json.h"
#include "http/query_params.h"

namespace jixiao::documents {

void add_document_routes(http::Router& router, DocumentService& documents,
                         const auth::Guard& guard) {
  router.add(
      "GET", "/api/v1/documents",
      {.summary = "文书列表", .subject = "document", .query = {"year", "kind", "limit", "offset"}},
      guard([&documents](http::Request& req, const auth::Principal& me) {
        repo::RegisterFilter f;
        f.year = http::required_year(req);
        f.kind = http::query_text(req, "kind", 40);
        if (f.kind && !find_kind(*f.kind)) throw invalid("kind", "公文种类不正确");
        f.limit = http::query_limit(req);
        f.offset = http::query_offset(req);
        const auto page = documents.issued(me, f);
        boost::json::array items;
        for (const auto& d : page.items) items.push_back(document_json(d, false));
        // Paged by offset (page jumps), as a register is read page by page.
        return http::list_json(std::move(items), std::nullopt, page.total);
      }));

  router.add("GET", "/api/v1/documents/{id}", {.summary = "查看文书", .subject = "document"},
             guard([&documents](http::Request& req, const auth::Principal& me) {
               return http::Response::json(document_json(documents.get(me, req.id_param()), true));
             }));

  // The same letter as a Word file, named by its number (文号).
  router.add("GET", "/api/v1/documents/{id}/docx",
             {.summary = "下载文书（Word）", .subject = "document", .answer = http::kDocx},
             guard([&documents](http::Request& req, const auth::Principal& me) {
               const auto d = documents.get(me, req.id_param());
               return http::download(docx_of(letter_of(d)), kDocxType, d.number + ".docx");
             }));
}

}  // namespace jixiao::documents
