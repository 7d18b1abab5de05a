// POST/GET /api/v1/checkpoints/{id}/notices: the office issues 预警纠偏告知函 at a checkpoint;
// anyone who sees the checkpoint lists the notices in its scope with their findings' state.
#include "monitoring/notice_routes.h"

#include <boost/json.hpp>

#include "documents/json.h"
#include "http/list_json.h"

namespace jixiao::monitoring {

void add_notice_routes(http::Router& router, NoticeService& service, const auth::Guard& guard) {
  router.add("POST", "/api/v1/checkpoints/{id}/notices",
             {.summary = "发出预警纠偏告知函", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto answer = service.issue_notices(me, req.id_param());
               boost::json::array documents;
               for (const auto& d : answer.documents)
                 documents.push_back(documents::document_json(d, false));
               return http::Response::json(
                   boost::json::object{{"issued", answer.issued}, {"documents", documents}});
             }));

  router.add("GET", "/api/v1/checkpoints/{id}/notices",
             {.summary = "监控节点的预警告知函", .subject = "checkpoint"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& n : service.notices(me, req.id_param())) {
                 auto o = documents::document_json(n.document, false);
                 o["findings"] = n.findings;
                 o["open"] = n.open;
                 o["answered"] = n.answered;
                 o["closed"] = n.closed;
                 o["overdue"] = n.overdue;
                 o["due"] = n.due;
                 items.push_back(std::move(o));
               }
               return http::list_json(std::move(items));
             }));
}

}  // namespace jixiao::monitoring
