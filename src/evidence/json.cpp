#include "evidence/json.h"

#include <boost/json.hpp>

#include "evidence/sniff.h"

namespace jixiao::evidence {

boost::json::object evidence_json(const EvidenceFile& f) {
  boost::json::object o;
  o["id"] = f.id;
  o["document_type"] = f.document_type;
  o["document_id"] = f.document_id;
  o["filename"] = f.filename;
  o["content_type"] = f.content_type;
  o["type_label"] = type_label(f.content_type);
  o["size_bytes"] = f.size_bytes;
  o["sha256"] = f.sha256;
  o["uploaded_by"] = f.uploaded_by;
  o["uploaded_by_name"] = f.uploaded_by_name;
  o["created_at"] = f.created_at;
  return o;
}

}  // namespace jixiao::evidence
