#include "documents/json.h"

#include "documents/kinds.h"
#include "documents/numbering.h"

namespace jixiao::documents {

boost::json::object document_json(const OfficialDocument& d, bool full) {
  const KindInfo* kind = find_kind(d.kind);
  boost::json::object o{{"id", d.id},
                        {"year", d.year},
                        {"kind", d.kind},
                        {"kind_label", kind ? kind->label : d.kind},
                        {"number", d.number},
                        {"subject", d.subject},
                        {"subject_id", d.subject_id},
                        {"title", d.title},
                        {"addressee", d.addressee},
                        {"issuer", d.issuer},
                        {"issued_on", d.issued_on},
                        {"issued_on_text", chinese_date(d.issued_on)},
                        {"issued_by_name", d.issued_by_name}};
  if (full) {
    const auto body = boost::json::parse(d.body).as_object();
    o["paragraphs"] = body.at("paragraphs");
    o["attachments"] = body.at("attachments");
  }
  return o;
}

}  // namespace jixiao::documents
