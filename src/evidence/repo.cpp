#include "evidence/repo.h"

#include "base/error.h"
#include "db/query.h"

namespace jixiao::evidence::repo {

namespace {

constexpr const char* kSelect =
    "SELECT e.id, e.region_id, COALESCE(e.unit_id, 0), e.document_type, e.document_id, "
    "e.filename, e.content_type, e.size_bytes, e.sha256, e.uploaded_by, "
    "COALESCE(u.display_name, ''), e.created_at FROM evidence_files e "
    "LEFT JOIN users u ON u.id = e.uploaded_by ";

void exchange_file(soci::statement& st, EvidenceFile& f) {
  st.exchange(soci::into(f.id));
  st.exchange(soci::into(f.region_id));
  st.exchange(soci::into(f.unit_id));
  st.exchange(soci::into(f.document_type));
  st.exchange(soci::into(f.document_id));
  st.exchange(soci::into(f.filename));
  st.exchange(soci::into(f.content_type));
  st.exchange(soci::into(f.size_bytes));
  st.exchange(soci::into(f.sha256));
  st.exchange(soci::into(f.uploaded_by));
  st.exchange(soci::into(f.uploaded_by_name));
  st.exchange(soci::into(f.created_at));
}

std::vector<EvidenceFile> fetch(soci::session& s, db::Query& q) {
  return db::fetch_all<EvidenceFile>(s, q, exchange_file);
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.resize(bytes.size() * 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    out[2 * i] = kDigits[c >> 4];
    out[2 * i + 1] = kDigits[c & 0xF];
  }
  return out;
}

std::string from_hex(std::string_view hex) {
  auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() % 2 != 0)
    throw AppError(ErrorKind::internal, "corrupt_content", "文件内容读取失败");
  std::string out(hex.size() / 2, '\0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = digit(hex[2 * i]), lo = digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0)
      throw AppError(ErrorKind::internal, "corrupt_content", "文件内容读取失败");
    out[i] = static_cast<char>(hi << 4 | lo);
  }
  return out;
}

}  // namespace

long long insert(soci::session& s, db::Dialect d, const EvidenceFile& f, std::string_view content) {
  long long id = 0;
  soci::indicator unit_ind = f.unit_id ? soci::i_ok : soci::i_null;
  const std::string columns =
      "INSERT INTO evidence_files (region_id, unit_id, document_type, document_id, filename, "
      "content_type, size_bytes, sha256, content, uploaded_by, created_at) VALUES (:region_id, "
      ":unit_id, :document_type, :document_id, :filename, :content_type, :size_bytes, :sha256, ";
  const std::string rest = ", :uploaded_by, :created_at) RETURNING id";
  if (d == db::Dialect::postgresql) {
    const std::string hex = to_hex(content);
    s << columns + "decode(:content, 'hex')" + rest, soci::use(f.region_id),
        soci::use(f.unit_id, unit_ind), soci::use(f.document_type), soci::use(f.document_id),
        soci::use(f.filename), soci::use(f.content_type), soci::use(f.size_bytes),
        soci::use(f.sha256), soci::use(hex), soci::use(f.uploaded_by), soci::use(f.created_at),
        soci::into(id);
  } else {
    soci::blob b(s);
    if (!content.empty()) b.append(content.data(), content.size());
    s << columns + ":content" + rest, soci::use(f.region_id), soci::use(f.unit_id, unit_ind),
        soci::use(f.document_type), soci::use(f.document_id), soci::use(f.filename),
        soci::use(f.content_type), soci::use(f.size_bytes), soci::use(f.sha256), soci::use(b),
        soci::use(f.uploaded_by), soci::use(f.created_at), soci::into(id);
  }
  return id;
}

std::optional<EvidenceFile> find(soci::session& s, long long id) {
  db::Query q(kSelect);
  q.sql("WHERE e.id = ").bind(id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<EvidenceFile> list(soci::session& s, const std::string& document_type,
                               long long document_id) {
  db::Query q(kSelect);
  q.sql("WHERE e.document_type = ").bind(document_type);
  q.sql(" AND e.document_id = ").bind(document_id).sql(" ORDER BY e.id");
  return fetch(s, q);
}

long long count(soci::session& s, const std::string& document_type, long long document_id) {
  db::Query q("SELECT COUNT(*) FROM evidence_files WHERE document_type = ");
  q.bind(document_type).sql(" AND document_id = ").bind(document_id);
  return q.scalar(s);
}

std::optional<std::string> content(soci::session& s, db::Dialect d, long long id) {
  if (d == db::Dialect::postgresql) {
    std::string hex;
    soci::indicator ind = soci::i_null;
    s << "SELECT encode(content, 'hex') FROM evidence_files WHERE id = :id", soci::into(hex, ind),
        soci::use(id);
    if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
    return from_hex(hex);
  }
  soci::blob b(s);
  soci::indicator ind = soci::i_null;
  s << "SELECT content FROM evidence_files WHERE id = :id", soci::into(b, ind), soci::use(id);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  std::string out(b.get_len(), '\0');
  // SOCI 4.0's SQLite blob offers read(), with 0 as its first offset, not read_from_start().
  if (!out.empty()) out.resize(b.read(0, out.data(), out.size()));
  return out;
}

bool remove(soci::session& s, long long id) {
  return db::execute_counting(s, "DELETE FROM evidence_files WHERE id = :id", soci::use(id)) == 1;
}

}  // namespace jixiao::evidence::repo
