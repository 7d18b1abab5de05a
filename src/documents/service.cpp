#include "documents/service.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "documents/kinds.h"
#include "documents/numbering.h"
#include "org/repo.h"
#include "rules/service.h"

namespace jixiao::documents {

namespace {

std::string body_json(const DocumentDraft& d) {
  boost::json::array paragraphs;
  for (const auto& p : d.paragraphs) paragraphs.emplace_back(p);
  boost::json::array attachments;
  for (const auto& a : d.attachments) {
    boost::json::array header;
    for (const auto& h : a.header) header.emplace_back(h);
    boost::json::array rows;
    for (const auto& row : a.rows) {
      boost::json::array cells;
      for (const auto& c : row) cells.emplace_back(c);
      rows.push_back(std::move(cells));
    }
    attachments.push_back(
        boost::json::object{{"title", a.title}, {"header", header}, {"rows", rows}});
  }
  return boost::json::serialize(
      boost::json::object{{"paragraphs", paragraphs}, {"attachments", attachments}});
}

bool finance(auth::Role r) {
  return r == auth::Role::performance_office || r == auth::Role::business_section ||
         r == auth::Role::admin || r == auth::Role::viewer;
}

}  // namespace

OfficialDocument issue(soci::session& s, db::Dialect dialect, const DocumentDraft& draft,
                       long long issued_by, audit::Entry by) {
  const KindInfo* kind = find_kind(draft.kind);
  if (!kind) throw AppError(ErrorKind::internal, "document_kind", "未登记的公文种类");
  const auto region = org::repo::find_region(s, draft.region_id);
  if (!region) throw not_found("地区不存在");
  // R-DOC-1 [jixiao]: the region's own issuer name and number template for the year.
  const auto rules = rules::effective_rules(s, draft.region_id, draft.year);
  const auto& params = rules.params("R-DOC-1");
  // A region's override set before a kind was added lacks its template: the shipped one holds.
  const auto text = [&](std::string_view key) {
    const auto* v = params.if_contains(key);
    if (!v || !v->is_string()) v = &rules::national_rule_set().params("R-DOC-1").at(key);
    return std::string(v->as_string());
  };
  OfficialDocument d;
  d.region_id = draft.region_id;
  d.year = draft.year;
  d.kind = draft.kind;
  d.seq = repo::next_seq(s, draft.region_id, draft.year, draft.kind);
  d.number = fill_template(text(kind->number_param), region->name, draft.year, d.seq);
  d.subject = draft.subject;
  d.subject_id = draft.subject_id;
  d.department_id = draft.department_id;
  d.unit_id = draft.unit_id;
  d.title = draft.title;
  d.addressee = draft.addressee;
  d.body = body_json(draft);
  d.issuer = fill_template(text("issuer"), region->name, draft.year, 0);
  d.created_at = now_iso();
  d.issued_on = draft.issued_on.empty() ? d.created_at.substr(0, 10) : draft.issued_on;
  d.issued_by = issued_by;
  d.id = repo::insert(s, d);
  by.action = "issue";
  by.entity = "document";
  by.entity_id = d.id;
  by.region_id = d.region_id;
  by.after_json = boost::json::serialize(boost::json::object{{"kind", d.kind},
                                                             {"number", d.number},
                                                             {"title", d.title},
                                                             {"subject", d.subject},
                                                             {"subject_id", d.subject_id}});
  audit::append(s, dialect, by);
  return d;
}

OfficialDocument DocumentService::get(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    auto d = repo::find(s, id, auth::read_scope(me));
    if (!d) throw not_found("公文不存在或无权访问");
    return std::move(*d);
  });
}

RegisterPage DocumentService::issued(const auth::Principal& me, repo::RegisterFilter f) {
  if (!finance(me.role)) throw forbidden("发文登记供财政部门查阅");
  return db_.read([&](soci::session& s) {
    RegisterPage page;
    const auto scope = auth::read_scope(me);
    page.items = repo::issued(s, f, scope);
    if (page.items.size() > static_cast<std::size_t>(f.limit)) {
      page.items.resize(f.limit);
      page.more = true;
    }
    page.total = repo::count_issued(s, f, scope);
    return page;
  });
}

}  // namespace jixiao::documents
