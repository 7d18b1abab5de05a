#include "evidence/routes.h"

#include <boost/json.hpp>
#include <optional>

#include "base/error.h"
#include "evidence/json.h"
#include "http/list_json.h"
#include "http/multipart.h"
#include "http/query_params.h"

namespace jixiao::evidence {

namespace {

// Room for the multipart framing around the file: boundaries and part headers.
constexpr std::size_t kFramingBytes = 64 * 1024;

struct DocumentRef {
  std::string type;
  long long id = 0;
};

DocumentRef read_document(const http::Request& req) {
  DocumentRef d;
  auto type = http::query_text(req, "document_type", 32);
  if (!type || type->empty()) throw invalid("document_type", "缺少单据类型（document_type）");
  auto id = http::query_int(req, "document_id", 1, INT64_MAX);
  if (!id) throw invalid("document_id", "缺少单据编号（document_id）");
  d.type = *type;
  d.id = *id;
  return d;
}

// The one file part of an upload; any other field is refused so that a misnamed one is noticed.
const http::MultipartPart& file_part(const std::vector<http::MultipartPart>& parts) {
  const http::MultipartPart* file = nullptr;
  for (const auto& p : parts) {
    if (p.name != "file") throw invalid(p.name, "未知字段：" + p.name + "（只接受文件字段 file）");
    if (file) throw invalid("file", "一次只能上传一个文件");
    if (!p.has_filename) throw invalid("file", "字段 file 应是一个文件");
    file = &p;
  }
  if (!file) throw invalid("file", "请选择要上传的文件");
  return *file;
}

}  // namespace

void add_evidence_routes(http::Router& router, EvidenceService& evidence,
                         const auth::Guard& guard) {
  // A file over the limit is refused by its Content-Length, and a caller who may not attach it
  // to the document by the header alone: neither body is read.
  const std::size_t max_body = evidence.options().max_bytes + kFramingBytes;
  const auth::GuardOptions may_attach{
      .while_password_change_pending = false,
      .writes_nothing = false,
      .admit = [&evidence](http::Request& req, const auth::Principal& me) {
        const DocumentRef doc = read_document(req);
        evidence.check_upload(me, doc.type, doc.id);
      }};
  router.add("POST", "/api/v1/evidence",
             {.summary = "上传佐证材料",
              .upload = true,
              .max_body = max_body,
              .subject = "evidence",
              .query = {"document_type", "document_id"},
              .request = http::kMultipart},
             guard(
                 [&evidence](http::Request& req, const auth::Principal& me) {
                   const DocumentRef doc = read_document(req);
                   if (req.body.size() > evidence.options().max_bytes + kFramingBytes)
                     throw AppError(ErrorKind::too_large, "file_too_large",
                                    "文件超过上传大小上限，请压缩或拆分后再上传", "file");
                   const auto parts = http::parse_multipart(req.header("content-type"), req.body);
                   const auto& part = file_part(parts);
                   auto saved = evidence.upload(me, doc.type, doc.id, part.filename, part.body);
                   auto res = http::Response::json(evidence_json(saved), 201);
                   res.set_header("Location", "/api/v1/evidence/" + std::to_string(saved.id));
                   return res;
                 },
                 may_attach));

  router.add(
      "GET", "/api/v1/evidence",
      {.summary = "佐证材料列表", .subject = "evidence", .query = {"document_id", "document_type"}},
      guard([&evidence](http::Request& req, const auth::Principal& me) {
        const DocumentRef doc = read_document(req);
        boost::json::array items;
        for (const auto& f : evidence.list(me, doc.type, doc.id)) items.push_back(evidence_json(f));
        return http::list_json(std::move(items));
      }));

  router.add("GET", "/api/v1/evidence/{id}", {.summary = "查看佐证材料信息", .subject = "evidence"},
             guard([&evidence](http::Request& req, const auth::Principal& me) {
               return http::Response::json(evidence_json(evidence.get(me, req.id_param())));
             }));

  router.add(
      "GET", "/api/v1/evidence/{id}/content",
      {.summary = "下载佐证材料文件", .subject = "evidence", .answer = "application/octet-stream"},
      guard([&evidence](http::Request& req, const auth::Principal& me) {
        auto c = evidence.content(me, req.id_param());
        http::Response res;
        res.content_type = c.file.content_type;
        if (res.content_type.starts_with("text/")) res.content_type += "; charset=utf-8";
        res.body = std::move(c.bytes);
        res.set_header("Content-Disposition", http::attachment_disposition(c.file.filename));
        res.set_header("X-Content-Type-Options", "nosniff");
        // Never rendered as a page of this origin, whatever a browser makes of it.
        res.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
        res.set_header("ETag", "\"" + c.file.sha256 + "\"");
        res.set_header("Cache-Control", "private, no-cache");
        return res;
      }));

  router.add("DELETE", "/api/v1/evidence/{id}", {.summary = "删除佐证材料", .subject = "evidence"},
             guard([&evidence](http::Request& req, const auth::Principal& me) {
               evidence.remove(me, req.id_param());
               return http::Response::no_content();
             }));
}

}  // namespace jixiao::evidence
