// Evidence files (佐证材料): documents and images that back a document's figures, kept in the
// database beside the document they belong to.
#pragma once

#include <string>

namespace jixiao::evidence {

// One stored file's metadata; the bytes are read separately (lists never carry them).
struct EvidenceFile {
  long long id = 0;
  long long region_id = 0;    // the document's region
  long long unit_id = 0;      // the document's unit, 0 when it has none
  std::string document_type;  // a registered document type, e.g. "project"
  long long document_id = 0;
  std::string filename;      // as uploaded, cleaned of any path
  std::string content_type;  // what the bytes are (sniffed), never what the browser said
  long long size_bytes = 0;
  std::string sha256;  // lower-case hex of the bytes
  long long uploaded_by = 0;
  std::string uploaded_by_name;  // the uploader's display name (read only)
  std::string created_at;
};

}  // namespace jixiao::evidence
