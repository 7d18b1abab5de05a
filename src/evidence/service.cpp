#include "evidence/service.h"

#include <boost/json.hpp>

#include "audit/log.h"
#include "base/clock.h"
#include "base/crypto.h"
#include "base/error.h"
#include "base/text.h"
#include "evidence/json.h"
#include "evidence/repo.h"
#include "evidence/sniff.h"

namespace jixiao::evidence {

namespace {

constexpr std::size_t kMaxFilenameChars = 200;

// The document's place when the caller may change its evidence: 404 when the caller cannot read
// the document, 403 when it can only read it.
DocumentPlace require_writable(soci::session& s, const DocumentType& type,
                               const auth::Principal& me, long long document_id) {
  const auto place = type.readable(s, me, document_id);
  if (!place) throw not_found(type.label + "不存在或无权访问");
  if (!type.writable(s, me, document_id))
    throw forbidden("您只能查看该" + type.label + "的佐证材料，不能上传或删除");
  return *place;
}

// Evidence changes are recorded on the document, so that they appear in its history.
void audit(soci::session& s, db::Dialect d, const auth::Principal& me, const char* action,
           const EvidenceFile& f, bool removed) {
  auto e = audit::entry(me, action, f.document_type, f.document_id, f.region_id);
  const std::string json = boost::json::serialize(evidence_json(f));
  (removed ? e.before_json : e.after_json) = json;
  audit::append(s, d, e);
}

std::string megabytes(std::size_t bytes) {
  const std::size_t mib = bytes >> 20;
  return mib > 0 && bytes % (1 << 20) == 0 ? std::to_string(mib) + " MB"
                                           : std::to_string(bytes) + " 字节";
}

}  // namespace

long long EvidenceService::attached(soci::session& s, const std::string& document_type,
                                    long long document_id) {
  return repo::count(s, document_type, document_id);
}

std::string clean_filename(std::string_view name) {
  if (!is_valid_utf8(name)) throw invalid("file", "文件名不是有效的 UTF-8 文字");
  // Browsers on Windows once sent the whole path: keep its last component.
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string kept;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) kept += c;
  kept = trim(kept);
  if (kept.empty() || kept == "." || kept == "..") throw invalid("file", "请选择要上传的文件");
  if (utf8_length(kept) > kMaxFilenameChars) {
    // Shorten the stem and keep a short extension, cutting on character boundaries.
    const auto dot = kept.rfind('.');
    std::string ext = dot != std::string::npos && kept.size() - dot <= 16 ? kept.substr(dot) : "";
    const std::size_t room = kMaxFilenameChars - utf8_length(ext);
    std::size_t chars = 0, end = 0;
    while (end < kept.size()) {
      const auto c = static_cast<unsigned char>(kept[end]);
      if ((c & 0xC0) != 0x80 && chars++ == room) break;
      ++end;
    }
    kept = kept.substr(0, end) + ext;
  }
  return kept;
}

EvidenceService::EvidenceService(db::Database& db, EvidenceOptions options)
    : db_(db), options_(options) {}

const DocumentType& EvidenceService::document_type(const std::string& name) const {
  const DocumentType* type = documents_.find(name);
  if (!type) throw invalid("document_type", "不支持的单据类型：" + name);
  return *type;
}

void EvidenceService::check_upload(const auth::Principal& me, const std::string& type_name,
                                   long long document_id) {
  const DocumentType& type = document_type(type_name);
  db_.read([&](soci::session& s) { require_writable(s, type, me, document_id); });
}

EvidenceFile EvidenceService::upload(const auth::Principal& me, const std::string& type_name,
                                     long long document_id, const std::string& filename,
                                     std::string_view bytes) {
  const DocumentType& type = document_type(type_name);
  // Nothing about the file is judged before the caller is known to be allowed to attach it.
  db_.read([&](soci::session& s) { require_writable(s, type, me, document_id); });
  if (bytes.size() > options_.max_bytes)
    throw AppError(ErrorKind::too_large, "file_too_large",
                   "文件超过 " + megabytes(options_.max_bytes) + " 的上限，请压缩或拆分后再上传",
                   "file");
  EvidenceFile f;
  f.filename = clean_filename(filename);
  if (bytes.empty()) throw invalid("file", "文件是空的，请选择有内容的文件");
  const auto kind = sniff(bytes, f.filename);
  if (!kind)
    throw AppError(
        ErrorKind::unsupported, "unsupported_type",
        "不支持的文件类型。佐证材料只接受 PDF、OFD、Word、Excel、PowerPoint、PNG/JPEG/GIF "
        "图片以及 UTF-8 编码的文本和 CSV 文件；类型按文件内容识别，修改扩展名无效",
        "file");
  f.document_type = type.name;
  f.document_id = document_id;
  f.content_type = kind->content_type;
  f.size_bytes = static_cast<long long>(bytes.size());
  f.sha256 = sha256_hex(bytes);
  f.uploaded_by = me.user_id;
  f.created_at = now_iso();
  return db_.write([&](soci::session& s) {
    const DocumentPlace place = require_writable(s, type, me, document_id);
    f.region_id = place.region_id;
    f.unit_id = place.unit_id;
    const long long id = repo::insert(s, db_.dialect(), f, bytes);
    EvidenceFile saved = *repo::find(s, id);
    audit(s, db_.dialect(), me, "evidence_upload", saved, false);
    return saved;
  });
}

std::vector<EvidenceFile> EvidenceService::list(const auth::Principal& me,
                                                const std::string& type_name,
                                                long long document_id) {
  const DocumentType& type = document_type(type_name);
  return db_.read([&](soci::session& s) {
    if (!type.readable(s, me, document_id)) throw not_found(type.label + "不存在或无权访问");
    return repo::list(s, type.name, document_id);
  });
}

namespace {
// The file when the caller may read its document; otherwise 404, saying nothing of it.
EvidenceFile readable_file(soci::session& s, const DocumentRegistry& documents,
                           const auth::Principal& me, long long id,
                           const DocumentType** type_out = nullptr) {
  auto f = repo::find(s, id);
  const DocumentType* type = f ? documents.find(f->document_type) : nullptr;
  if (!type || !type->readable(s, me, f->document_id)) throw not_found("佐证材料不存在或无权访问");
  if (type_out) *type_out = type;
  return *f;
}
}  // namespace

EvidenceFile EvidenceService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return readable_file(s, documents_, me, id); });
}

EvidenceContent EvidenceService::content(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    EvidenceContent out;
    out.file = readable_file(s, documents_, me, id);
    auto bytes = repo::content(s, db_.dialect(), id);
    if (!bytes) throw not_found("佐证材料不存在或无权访问");
    out.bytes = std::move(*bytes);
    return out;
  });
}

void EvidenceService::remove(const auth::Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    const DocumentType* type = nullptr;
    const EvidenceFile f = readable_file(s, documents_, me, id, &type);
    require_writable(s, *type, me, f.document_id);
    if (!repo::remove(s, id)) throw not_found("佐证材料不存在或无权访问");
    audit(s, db_.dialect(), me, "evidence_delete", f, true);
  });
}

}  // namespace jixiao::evidence
