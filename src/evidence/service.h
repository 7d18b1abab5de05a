// Evidence use cases: attach a file to a document the caller may change, list and read the files
// of a document the caller may read, remove one; every change is audited on the document.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "evidence/documents.h"
#include "evidence/model.h"

namespace jixiao::evidence {

struct EvidenceOptions {
  // Largest file accepted, in bytes. Default 20 MiB. (The server's upload body limit must leave
  // room for this plus the multipart framing.)
  std::size_t max_bytes = 20 << 20;
};

struct EvidenceContent {
  EvidenceFile file;
  std::string bytes;
};

class EvidenceService {
 public:
  // Knows no document type of its own: each stage registers its documents through documents()
  // while the application is wired.
  explicit EvidenceService(db::Database& db, EvidenceOptions options = {});

  DocumentRegistry& documents() { return documents_; }
  // How many files are attached to a document (inside the caller's transaction).
  static long long attached(soci::session& s, const std::string& document_type,
                            long long document_id);
  const EvidenceOptions& options() const { return options_; }

  // Checks the caller may change the document, then the file (size, real type), stores it and
  // audits it. 404 for a document outside the read scope, 403 when read-only, 413 too large,
  // 415 not an accepted type, 400 empty.
  // The same check of the caller, before the file has arrived: throws as upload() would.
  void check_upload(const auth::Principal& me, const std::string& document_type,
                    long long document_id);
  EvidenceFile upload(const auth::Principal& me, const std::string& document_type,
                      long long document_id, const std::string& filename, std::string_view bytes);
  std::vector<EvidenceFile> list(const auth::Principal& me, const std::string& document_type,
                                 long long document_id);
  EvidenceFile get(const auth::Principal& me, long long id);
  EvidenceContent content(const auth::Principal& me, long long id);
  void remove(const auth::Principal& me, long long id);

 private:
  const DocumentType& document_type(const std::string& name) const;

  db::Database& db_;
  EvidenceOptions options_;
  DocumentRegistry documents_;
};

// The name a file is kept under: the last path component, without control characters, at most
// 200 characters. Throws invalid("file", …) when nothing usable is left.
std::string clean_filename(std::string_view name);

}  // namespace jixiao::evidence
